// `<Exercise id="q10" />` in a lesson's MDX. A server component: the prompt, the starter and what its
// analysis draws (findings, layer cache; analysed here, at build time) are in the page's HTML; only the small ExerciseIsland
// hydrates (the editor loads later, near the viewport).
import { getExercise } from '@/content/docker/exercises';
import { previewHeightScript } from '@/components/editor/editor-height-script';
import { HeadingLevelProvider } from '@/components/layout/heading-level';
import { ExerciseIsland } from './exercise-island';
import { starterDraft } from './starter';
import { starterView } from './analysis-view';

export function Exercise({ id }: { id: string }) {
  const exercise = getExercise(id);
  if (!exercise) {
    return (
      <section aria-label="Bài tập" data-exercise={id} className="exercise">
        <p>Không tìm thấy bài tập {id}.</p>
      </section>
    );
  }
  const starter = starterDraft(exercise).code;
  return (
    <section aria-labelledby={`exercise-${id}-title`} data-exercise={id} className="exercise">
      <h3 id={`exercise-${id}-title`}>Bài tập: {exercise.title}</h3>
      {exercise.prompt.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      {/* The workspace's headings (grade, findings, solution) sit under the exercise's h3. */}
      <HeadingLevelProvider level={4}>
        <ExerciseIsland exercise={exercise} starter={starter} starterView={starterView(exercise)} />
      </HeadingLevelProvider>
      {/* Inline, render-blocking on purpose: the preview's frame is as tall at this width as Monaco will be before the first paint. */}
      <script dangerouslySetInnerHTML={{ __html: previewHeightScript(starter) }} />
    </section>
  );
}
