'use client';
// A lesson quiz off the lesson's first load. The server draws the quiz (QuizShell, passed here as
// children); its code (the island, the quiz store, grading's loader) comes only when the quiz nears
// the viewport, or at once when the learner reaches into it (pointer, focus, key), and the island
// then takes the shell's place with the same markup. What a learner did in the shell meanwhile is
// handed over: the choices checked, where focus was, a "Nộp bài" pressed.
import { useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { NEAR_VIEWPORT } from '@/components/layout/near-viewport';
import type { Answers, QuizItem } from '@/lib/quiz/types';
import { keepEnterOnChoices } from './enter-on-choice';
import type { QuizHandoff, QuizIslandProps } from './quiz-island';
import styles from './quiz.module.css';

/** What starts the load when it happens inside the quiz before it is near the viewport. */
const REACHED_INTO = ['pointerdown', 'focusin'] as const;

/** What the learner did in the server-drawn form, read from it just before it gives way. */
function handoffFrom(shell: Element | null, submitted: boolean): QuizHandoff {
  const answers: Answers = {};
  for (const input of shell?.querySelectorAll<HTMLInputElement>('fieldset[data-question] input:checked') ?? []) {
    const question = input.closest<HTMLElement>('fieldset')?.dataset.question;
    if (question) answers[question] = [...(answers[question] ?? []), input.value];
  }
  const active = document.activeElement;
  let focus: QuizHandoff['focus'] = null;
  if (active instanceof HTMLInputElement && shell?.contains(active)) {
    const question = active.closest<HTMLElement>('fieldset')?.dataset.question;
    if (question) focus = { question, choice: active.value };
  } else if (active instanceof HTMLButtonElement && active.type === 'submit' && shell?.contains(active)) {
    focus = 'submit';
  }
  return { answers, focus, submitted };
}

export function QuizLoader({ quizId, items, children }: { quizId: string; items: QuizItem[]; children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const [island, setIsland] = useState<{ Island: ComponentType<QuizIslandProps>; handoff: QuizHandoff } | null>(null);
  const [failed, setFailed] = useState(false);
  const loading = useRef(false);
  const submitted = useRef(false);

  const load = useCallback(() => {
    if (loading.current) return;
    loading.current = true;
    setFailed(false);
    import('./quiz-island').then(
      // Read and replaced in one task: no click can land between what is read and what replaces it.
      ({ QuizIsland }) => flushSync(() => setIsland({ Island: QuizIsland, handoff: handoffFrom(root.current, submitted.current) })),
      () => {
        loading.current = false;
        setFailed(true); // offline after a deploy: the shell stays, and says why nothing happens
      },
    );
  }, []);

  useEffect(() => {
    const element = root.current;
    if (island || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && load(), { rootMargin: NEAR_VIEWPORT });
    observer.observe(element);
    for (const type of REACHED_INTO) element.addEventListener(type, load, { capture: true, passive: true });
    // The shell has no handlers of its own: these do what the island's do, so that Enter on a choice
    // does not hand the quiz in, and "Nộp bài" waits for the island instead of sending the page to itself.
    const onKeyDown = (event: KeyboardEvent) => {
      keepEnterOnChoices(event);
      load();
    };
    element.addEventListener('keydown', onKeyDown);
    const holdSubmit = (event: Event) => {
      event.preventDefault();
      submitted.current = true;
      load();
    };
    element.addEventListener('submit', holdSubmit);
    return () => {
      observer.disconnect();
      for (const type of REACHED_INTO) element.removeEventListener(type, load, { capture: true });
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('submit', holdSubmit);
    };
  }, [island, load]);

  return (
    // data-quiz-code: for tests, which must know when a click reaches the island rather than the shell.
    <div ref={root} data-quiz-code={island ? 'ready' : 'pending'}>
      {island ? <island.Island quizId={quizId} items={items} handoff={island.handoff} /> : children}
      {failed ? (
        <p role="alert" className={styles.notice}>
          Không tải được phần bài kiểm tra nên chưa nộp bài được. Kiểm tra kết nối rồi{' '}
          <button type="button" onClick={load}>
            thử lại
          </button>
          .
        </p>
      ) : null}
    </div>
  );
}
