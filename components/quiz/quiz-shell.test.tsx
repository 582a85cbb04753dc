import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { quizLessons, lessonQuizItems } from '@/lib/quiz/items.server';
import { QuizIsland } from './quiz-island';
import { QuizShell } from './quiz-shell';

// The shell is what a lesson shows until the quiz's code loads; the island then takes its place. Any
// difference between the two would move the page under the reader (or change what a click hits).
describe('<QuizShell>', () => {
  const quizzes = quizLessons().map((lesson) => lesson.quizId);

  it('covers every lesson quiz', () => {
    expect(quizzes.length).toBeGreaterThanOrEqual(10);
  });

  it.each(quizzes)('%s draws the same form as the island does first', (quizId) => {
    const items = lessonQuizItems(quizId);
    expect(items).not.toBeNull();
    const shell = renderToStaticMarkup(<QuizShell quizId={quizId} items={items!} />);
    expect(shell).toContain('Nộp bài');
    expect(shell).toContain(`Đã trả lời 0/${items!.length} câu`);
    expect(shell).toBe(renderToStaticMarkup(<QuizIsland quizId={quizId} items={items!} />));
  });
});
