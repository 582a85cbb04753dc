'use client';
// A lesson's short quiz: answer, "Nộp bài", score, a review under each question, "Làm lại".
// Grading (and the analyzer it needs for Dockerfile items) loads only on submit. This code itself
// loads near the quiz (QuizLoader), and takes up what was done in the page before it came.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { GradedQuiz } from '@/lib/quiz/grade';
import { lessonQuizKey, useQuizStore } from '@/lib/quiz/store';
import type { Answers, QuizItem } from '@/lib/quiz/types';
import { keepEnterOnChoices } from './enter-on-choice';
import { QuestionFieldset } from './question-fieldset';
import { QuizNotices } from './quiz-notices';
import { quizInputName } from './quiz-shell';
import { useQuizHydrated } from './use-quiz-hydrated';
import styles from './quiz.module.css';

// The review only shows after grading: it loads with the grader, off the lesson's first load. Kept in
// state beside the grade, not through next/dynamic, whose loader alone was 2 KB of every lesson's first load.
type Review = typeof import('./question-review').QuestionReview;

const NO_ANSWERS: Answers = {};

/** What the learner did in the server-drawn quiz (QuizShell) before this took its place. */
export interface QuizHandoff {
  /** The choices checked there. */
  answers: Answers;
  /** Where focus was there: on a choice, or on "Nộp bài". */
  focus: { question: string; choice: string } | 'submit' | null;
  /** "Nộp bài" was pressed there: the quiz is handed in once the saved answers are read. */
  submitted: boolean;
}

export interface QuizIslandProps {
  quizId: string;
  items: QuizItem[];
  handoff?: QuizHandoff;
}

export function QuizIsland({ quizId, items, handoff }: QuizIslandProps) {
  const name = quizInputName(quizId);
  const hydrated = useQuizHydrated();
  const best = useQuizStore((state) => state.best[lessonQuizKey(quizId)]);
  const recordScore = useQuizStore((state) => state.recordScore);
  // Saved as they are given, so a reload keeps them; the server and first render show none.
  const drafts = useQuizStore((state) => state.drafts[quizId]) ?? NO_ANSWERS;
  // Choices made in the shell show from the first render, and join the drafts once these are read.
  const [carried, setCarried] = useState(handoff && Object.keys(handoff.answers).length > 0 ? handoff.answers : null);
  const answers = carried ? { ...drafts, ...carried } : drafts;
  const answerLessonQuiz = useQuizStore((state) => state.answerLessonQuiz);
  const clearLessonQuiz = useQuizStore((state) => state.clearLessonQuiz);
  const [graded, setGraded] = useState<GradedQuiz | null>(null);
  const [review, setReview] = useState<{ QuestionReview: Review } | null>(null);
  const [grading, setGrading] = useState(false);
  const [failed, setFailed] = useState(false);
  // Set when this quiz was handed in in another tab: this one shows the same result, not a blank form.
  const [handedInElsewhere, setHandedInElsewhere] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const handingInHere = useRef(false);

  const showGraded = async (given: Answers) => {
    const [{ gradeQuiz }, { QuestionReview }] = await Promise.all([import('@/lib/quiz/grade'), import('./question-review')]);
    const result = gradeQuiz(
      items.map((i) => i.question),
      given,
    );
    setReview({ QuestionReview });
    setGraded(result);
    return result;
  };

  const handIn = async (given: Answers) => {
    setGrading(true);
    setFailed(false);
    try {
      const result = await showGraded(given);
      setHandedInElsewhere(false);
      recordScore(lessonQuizKey(quizId), result.score);
      handingInHere.current = true;
      clearLessonQuiz(quizId); // handed in: the review shows what was chosen
      handingInHere.current = false;
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch {
      setFailed(true); // the grading chunk could not load (offline after a deploy)
    } finally {
      setGrading(false);
    }
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void handIn(answers);
  };

  // What was done in the shell counts: the page showed those choices, so the learner believes they
  // were taken. Focus stays where it was; the choices join the saved answers once these are read.
  useLayoutEffect(() => {
    const focus = handoff?.focus;
    if (!focus) return;
    const form = formRef.current;
    const inputs = [...(form?.querySelectorAll<HTMLInputElement>('fieldset[data-question] input') ?? [])];
    const target =
      focus === 'submit'
        ? form?.querySelector<HTMLButtonElement>('button[type="submit"]')
        : inputs.find((input) => input.value === focus.choice && input.closest<HTMLElement>('fieldset')?.dataset.question === focus.question);
    target?.focus();
  }, [handoff]);
  const handInRef = useRef(handIn);
  useEffect(() => {
    handInRef.current = handIn;
  });
  const takenOver = useRef(false);
  useEffect(() => {
    if (!hydrated || !handoff || takenOver.current) return;
    takenOver.current = true;
    for (const [question, choices] of Object.entries(handoff.answers)) answerLessonQuiz(quizId, question, choices);
    setCarried(null);
    if (handoff.submitted) void handInRef.current(answers);
    // Once, when the saved answers are in: later changes are the learner's own, made through React.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated]);

  // The tabs share the answers not handed in yet: when another tab hands this quiz in, its answers
  // leave the saved state. This tab then shows the same answers graded instead of emptying its form.
  const showGradedRef = useRef(showGraded);
  useEffect(() => {
    showGradedRef.current = showGraded;
  });
  useEffect(
    () =>
      useQuizStore.subscribe((state, previous) => {
        const given = previous.drafts[quizId];
        if (handingInHere.current || state.drafts[quizId] !== undefined || !given || Object.keys(given).length === 0) return;
        const hadFocus = formRef.current?.contains(document.activeElement) ?? false;
        showGradedRef.current(given).then(
          () => {
            setHandedInElsewhere(true);
            if (hadFocus) requestAnimationFrame(() => resultRef.current?.focus());
          },
          () => setFailed(true),
        );
      }),
    [quizId],
  );

  const retry = () => {
    setGraded(null);
    setHandedInElsewhere(false);
    requestAnimationFrame(() => formRef.current?.querySelector('input')?.focus());
  };

  const answered = items.filter((i) => (answers[i.question.id] ?? []).length > 0).length;
  return (
    <form ref={formRef} className={styles.quiz} onSubmit={submit} onKeyDown={keepEnterOnChoices} data-testid="lesson-quiz" data-quiz={quizId} data-state={graded ? 'graded' : 'answering'}>
      <QuizNotices />
      {items.map((item, index) => {
        const result = graded?.score.results.find((r) => r.id === item.question.id);
        const key = graded?.keys[item.question.id];
        return (
          <div key={item.question.id} className={styles.item}>
            <QuestionFieldset
              question={item.question}
              number={index + 1}
              name={name}
              chosen={result?.chosen ?? answers[item.question.id] ?? []}
              disabled={graded !== null}
              onChange={(choices) => answerLessonQuiz(quizId, item.question.id, choices)}
            />
            {result && key && review ? <review.QuestionReview item={item} number={index + 1} chosen={result.chosen} correct={result.correct} questionKey={key} /> : null}
          </div>
        );
      })}
      <div className={styles.actions}>
        {graded ? (
          // Distinct keys: the click that flips the form back must not land on a reused submit button.
          <button key="retry" type="button" onClick={retry}>
            Làm lại
          </button>
        ) : (
          <button key="submit" type="submit" disabled={grading}>
            {grading ? 'Đang chấm…' : 'Nộp bài'}
          </button>
        )}
        {!graded ? (
          <span className={styles.progress}>
            Đã trả lời {answered}/{items.length} câu
          </span>
        ) : null}
        {hydrated && best ? (
          <span className={styles.best} data-testid="quiz-best">
            Điểm cao nhất: {best.correct}/{best.total}
          </span>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {failed ? <p className={styles.notice}>Không tải được phần chấm điểm. Kiểm tra kết nối rồi bấm &quot;Nộp bài&quot; lần nữa.</p> : null}
        {graded ? (
          <div className={styles.result} data-testid="quiz-score" data-correct={graded.score.correct} data-total={graded.score.total}>
            <h3 ref={resultRef} tabIndex={-1} className={styles.resultTitle}>
              Kết quả: {graded.score.correct}/{graded.score.total} câu đúng ({graded.score.percent}%)
            </h3>
            {handedInElsewhere ? <p data-testid="quiz-handed-in-elsewhere">Bài này vừa được nộp ở một tab khác: đây là kết quả của các câu trả lời đã nộp.</p> : null}
            <p>{graded.score.correct === graded.score.total ? 'Tuyệt vời, bạn trả lời đúng tất cả!' : 'Xem lời giải thích dưới mỗi câu, rồi bấm "Làm lại" để thử lần nữa.'}</p>
          </div>
        ) : null}
      </div>
    </form>
  );
}
