// PLACEHOLDER — replaced by the practice-loop component (editor + grade panel). MDX: <Exercise id="q1" />
export function Exercise({ id }: { id: string }) {
  return (
    <section aria-label="Bài tập" data-exercise={id} className="exercise-placeholder">
      <p>Bài tập {id.toUpperCase()} đang được chuẩn bị.</p>
    </section>
  );
}
