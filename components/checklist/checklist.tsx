// PLACEHOLDER — replaced by the graded-checklist component. MDX: <Checklist id="q6-optimization" />
export function Checklist({ id }: { id: string }) {
  return <aside data-checklist={id} />;
}
