'use client';
// /quiz: a mixed quiz across lessons. Setup (lessons, number of questions, optional timer), then the
// questions in a seeded order (saved, so a reload asks the same), then the score and a review of the
// wrong answers. Clock and randomness are injectable for tests.
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { GradedQuiz } from '@/lib/quiz/grade';
import { newSeed, pickQuestions } from '@/lib/quiz/shuffle';
import { mixedQuizKey, useQuizStore, type MixedSession } from '@/lib/quiz/store';
import { TIMER_CHOICES, formatRemaining, isMilestone, spokenRemaining, systemClock, type Clock } from '@/lib/quiz/timer';
import type { QuizItem } from '@/lib/quiz/types';
import type { QuizLesson } from '@/lib/quiz/items.server';
import { keepEnterOnChoices } from './enter-on-choice';
import { QuestionFieldset } from './question-fieldset';
import { QuestionReview } from './question-review';
import { QuizNotices } from './quiz-notices';
import { useCountdown } from './use-countdown';
import { useQuizHydrated } from './use-quiz-hydrated';
import styles from './quiz.module.css';

const COUNT_CHOICES = [5, 10, 20] as const;

interface MixedQuizProps {
  items: QuizItem[];
  lessons: QuizLesson[];
  clock?: Clock;
  random?: () => number;
}

export function MixedQuiz({ items, lessons, clock = systemClock, random = Math.random }: MixedQuizProps) {
  const hydrated = useQuizHydrated();
  const session = useQuizStore((state) => state.session);
  // Set by a button that replaces what is on screen (start, retry, leave): the button goes, so focus
  // goes to the first control of what replaces it. A reload moves no focus.
  const focusNextRef = useRef(false);
  if (!hydrated) return <p className={styles.progress}>Đang tải bài trắc nghiệm…</p>;
  return (
    <div className={styles.page}>
      <QuizNotices />
      {session ? (
        // Keyed by the quiz: one started in another tab (see lib/quiz/sync.ts) does not inherit this one's score or timer state.
        <MixedSessionView key={`${session.seed}:${session.startedAt}`} items={items} session={session} clock={clock} random={random} focusNextRef={focusNextRef} />
      ) : (
        <QuizSetup items={items} lessons={lessons} clock={clock} random={random} focusNextRef={focusNextRef} />
      )}
    </div>
  );
}

type FocusRequest = RefObject<boolean>;

/** Focuses the first element matching `selector` inside `container` when `focusNextRef` asks for it, once. */
function useFocusFirst(container: RefObject<HTMLElement | null>, selector: string, focusNextRef: FocusRequest, when: unknown) {
  useEffect(() => {
    if (!focusNextRef.current || !container.current) return;
    focusNextRef.current = false;
    container.current.querySelector<HTMLElement>(selector)?.focus();
  }, [container, selector, focusNextRef, when]);
}

function QuizSetup({ items, lessons, clock, random, focusNextRef }: { items: QuizItem[]; lessons: QuizLesson[]; clock: Clock; random: () => number; focusNextRef: FocusRequest }) {
  const start = useQuizStore((state) => state.startSession);
  const bestScores = useQuizStore((state) => state.best);
  const [chosen, setChosen] = useState<string[]>(() => lessons.map((l) => l.quizId));
  const [count, setCount] = useState<number>(10);
  const [minutes, setMinutes] = useState<number>(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirst(formRef, 'button, input', focusNextRef, null);
  const pool = items.filter((i) => chosen.includes(i.quizId)).length;
  const effectiveCount = Math.min(count, pool);
  const best = chosen.length > 0 ? bestScores[mixedQuizKey(chosen, effectiveCount)] : undefined;

  const toggle = (quizId: string, on: boolean) => setChosen((old) => (on ? lessons.map((l) => l.quizId).filter((id) => id === quizId || old.includes(id)) : old.filter((id) => id !== quizId)));
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0) return;
    focusNextRef.current = true;
    start({ seed: newSeed(random), lessons: chosen, count: effectiveCount, minutes, startedAt: clock.now() });
    window.scrollTo({ top: 0 });
  };

  return (
    <form ref={formRef} className={styles.setup} onSubmit={submit} data-testid="quiz-setup">
      <fieldset>
        <legend>Chọn bài</legend>
        <div className={styles.options}>
          <button type="button" className={styles.secondary} onClick={() => setChosen(lessons.map((l) => l.quizId))}>
            Chọn tất cả
          </button>
          <button type="button" className={styles.secondary} onClick={() => setChosen([])}>
            Bỏ chọn tất cả
          </button>
        </div>
        <div className={styles.lessonList}>
          {lessons.map((lesson) => (
            <label key={lesson.quizId} className={styles.choice}>
              <input type="checkbox" name="lesson" value={lesson.quizId} checked={chosen.includes(lesson.quizId)} onChange={(e) => toggle(lesson.quizId, e.currentTarget.checked)} />
              <span>
                Câu {lesson.question}. {lesson.title} <span className={styles.hint}>({lesson.questionCount} câu hỏi)</span>
              </span>
            </label>
          ))}
        </div>
        {chosen.length === 0 ? <p role="alert">Hãy chọn ít nhất một bài.</p> : null}
      </fieldset>
      <fieldset>
        <legend>Số câu hỏi</legend>
        <div className={styles.options}>
          {COUNT_CHOICES.map((n) => (
            <label key={n} className={styles.choice}>
              <input type="radio" name="count" value={n} checked={count === n} onChange={() => setCount(n)} />
              <span>{n} câu</span>
            </label>
          ))}
          <label className={styles.choice}>
            <input type="radio" name="count" value="all" checked={count === Infinity} onChange={() => setCount(Infinity)} />
            <span>Tất cả ({pool} câu)</span>
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>Bấm giờ</legend>
        <div className={styles.options}>
          {TIMER_CHOICES.map((m) => (
            <label key={m} className={styles.choice}>
              <input type="radio" name="timer" value={m} checked={minutes === m} onChange={() => setMinutes(m)} />
              <span>{m === 0 ? 'Không bấm giờ' : `${m} phút`}</span>
            </label>
          ))}
        </div>
        <p className={styles.hint}>Hết giờ, bài được nộp tự động.</p>
      </fieldset>
      <div className={styles.actions}>
        <button type="submit" disabled={chosen.length === 0}>
          Bắt đầu ({effectiveCount} câu)
        </button>
        {best ? (
          <span className={styles.best} data-testid="mixed-best">
            Điểm cao nhất với lựa chọn này: {best.correct}/{best.total} ({best.percent}%)
          </span>
        ) : null}
      </div>
    </form>
  );
}

function MixedSessionView({ items, session, clock, random, focusNextRef }: { items: QuizItem[]; session: MixedSession; clock: Clock; random: () => number; focusNextRef: FocusRequest }) {
  const name = useId();
  const answer = useQuizStore((state) => state.answer);
  const submitSession = useQuizStore((state) => state.submitSession);
  const clearSession = useQuizStore((state) => state.clearSession);
  const startSession = useQuizStore((state) => state.startSession);
  const recordScore = useQuizStore((state) => state.recordScore);
  const [graded, setGraded] = useState<GradedQuiz | null>(null);
  const [expired, setExpired] = useState(false);
  const [failed, setFailed] = useState(false);
  // Which "Nộp bài" asked to hand in a quiz with unanswered questions: its place shows the question.
  const [confirming, setConfirming] = useState<SubmitPlace | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const submitted = session.submittedAt !== undefined;
  // The first answer, not the "Nộp bài" above the questions: Enter there would hand the quiz in.
  useFocusFirst(formRef, 'fieldset input', focusNextRef, session);
  const leave = () => {
    focusNextRef.current = true;
    clearSession();
  };

  const byId = useMemo(() => new Map(items.map((i) => [i.question.id, i])), [items]);
  const asked = useMemo(() => {
    const ids = pickQuestions(
      items.map((i) => ({ quizId: i.quizId, id: i.question.id })),
      { lessons: session.lessons, count: session.count, seed: session.seed, ...(session.only ? { only: session.only } : {}) },
    );
    return ids.flatMap((id) => byId.get(id) ?? []);
  }, [items, byId, session.lessons, session.count, session.seed, session.only]);

  const remaining = useCountdown(session.startedAt, session.minutes, !submitted, clock, () => {
    setExpired(true);
    submitSession(clock.now());
  });

  // Grade once submitted (also after a reload of a submitted quiz); the analyzer loads only now.
  useEffect(() => {
    if (!submitted || graded) return;
    let cancelled = false;
    import('@/lib/quiz/grade')
      .then(({ gradeQuiz }) => {
        if (cancelled) return;
        const result = gradeQuiz(
          asked.map((i) => i.question),
          session.answers,
        );
        setGraded(result);
        if (!session.only) recordScore(mixedQuizKey(session.lessons, session.count), result.score, session.submittedAt);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [submitted, graded, asked, session, recordScore]);

  // Once the score is drawn, not on a timer that may fire before it is: the submit button is gone.
  useEffect(() => {
    if (graded) resultRef.current?.focus();
  }, [graded]);

  const answered = asked.filter((i) => (session.answers[i.question.id] ?? []).length > 0).length;

  if (submitted) {
    const wrong = graded ? graded.score.results.filter((r) => !r.correct) : [];
    const retryWrong = () => {
      setGraded(null);
      focusNextRef.current = true;
      startSession({ seed: newSeed(random), lessons: session.lessons, count: wrong.length, minutes: session.minutes, startedAt: clock.now(), only: wrong.map((r) => r.id) });
    };
    return (
      <div className={styles.quiz} data-testid="mixed-result">
        {failed ? <p className={styles.notice}>Không tải được phần chấm điểm. Kiểm tra kết nối rồi tải lại trang.</p> : null}
        {expired ? (
          <p className={styles.notice} role="alert">
            Hết giờ: bài đã được nộp tự động.
          </p>
        ) : null}
        {graded ? (
          <>
            <div className={styles.result} data-testid="quiz-score" data-correct={graded.score.correct} data-total={graded.score.total}>
              <h2 ref={resultRef} tabIndex={-1} className={styles.resultTitle}>
                Điểm: {graded.score.correct}/{graded.score.total} câu đúng ({graded.score.percent}%)
              </h2>
              <p>{wrong.length === 0 ? 'Bạn trả lời đúng tất cả. Xuất sắc!' : `Có ${wrong.length} câu cần xem lại. Lời giải thích và đường dẫn tới bài học ở ngay bên dưới.`}</p>
            </div>
            <div className={styles.actions}>
              {wrong.length > 0 ? (
                <button type="button" onClick={retryWrong}>
                  Luyện lại {wrong.length} câu sai
                </button>
              ) : null}
              <button type="button" className={styles.secondary} onClick={leave}>
                Làm bài mới
              </button>
            </div>
            {wrong.length > 0 ? (
              <section aria-labelledby={`${name}-review`} className={styles.item}>
                <h2 id={`${name}-review`}>Xem lại câu sai</h2>
                {wrong.map((result) => {
                  const item = byId.get(result.id);
                  const key = graded.keys[result.id];
                  const number = asked.findIndex((i) => i.question.id === result.id) + 1;
                  return item && key ? <QuestionReview key={result.id} item={item} number={number} chosen={result.chosen} correct={false} questionKey={key} showPrompt /> : null;
                })}
              </section>
            ) : null}
          </>
        ) : (
          <p className={styles.progress}>Đang chấm…</p>
        )}
      </div>
    );
  }

  const unanswered = asked.length - answered;
  const keepAnswering = () => {
    setConfirming(null);
    const first = asked.find((i) => (session.answers[i.question.id] ?? []).length === 0);
    formRef.current?.querySelector<HTMLElement>(`fieldset[data-question="${first?.question.id ?? ''}"] input`)?.focus();
  };
  const submitButton = (place: SubmitPlace) =>
    confirming === place && unanswered > 0 ? (
      <SubmitAnyway unanswered={unanswered} labelId={`${name}-submit-${place}`} onSubmit={() => submitSession(clock.now())} onKeepAnswering={keepAnswering} />
    ) : (
      <button type="submit" data-place={place}>
        Nộp bài
      </button>
    );

  return (
    <form
      ref={formRef}
      className={styles.quiz}
      data-testid="mixed-quiz"
      onKeyDown={keepEnterOnChoices}
      onSubmit={(event) => {
        event.preventDefault();
        if (unanswered > 0) {
          const submitter = (event.nativeEvent as SubmitEvent).submitter;
          setConfirming(submitter?.dataset.place === 'top' ? 'top' : 'bottom');
          return;
        }
        submitSession(clock.now());
      }}
    >
      <div className={styles.bar}>
        <span className={styles.progress}>
          Đã trả lời {answered}/{asked.length} câu
        </span>
        {remaining !== null ? <Countdown remaining={remaining} /> : null}
        {submitButton('top')}
      </div>
      {asked.map((item, index) => (
        <div key={item.question.id} className={styles.item}>
          <QuestionFieldset
            question={item.question}
            number={index + 1}
            name={name}
            chosen={session.answers[item.question.id] ?? []}
            disabled={false}
            onChange={(choices) => answer(item.question.id, choices)}
          />
          <p className={styles.hint}>
            Từ {item.lessonLabel}: <a href={item.sectionHref}>{item.sectionTitle}</a>
          </p>
        </div>
      ))}
      <div className={styles.actions}>
        {submitButton('bottom')}
        <CancelQuiz answered={answered} onCancel={leave} />
      </div>
    </form>
  );
}

type SubmitPlace = 'top' | 'bottom';

/**
 * "Nộp bài" with questions left unanswered: says how many and asks again. Focus goes to "Trả lời tiếp"
 * (a second Enter must not hand the quiz in), which leads to the first unanswered question.
 */
function SubmitAnyway({ unanswered, labelId, onSubmit, onKeepAnswering }: { unanswered: number; labelId: string; onSubmit: () => void; onKeepAnswering: () => void }) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <span role="group" aria-labelledby={labelId} className={styles.confirm} data-testid="submit-confirm">
      <span id={labelId}>Còn {unanswered} câu chưa trả lời. Vẫn nộp bài?</span>
      <button type="button" className={styles.secondary} onClick={onSubmit}>
        Vẫn nộp bài
      </button>
      <button ref={keepRef} type="button" onClick={onKeepAnswering}>
        Trả lời tiếp
      </button>
    </span>
  );
}

/**
 * "Huỷ bài" next to "Nộp bài": one click away from losing every answer. With answers given, it asks
 * first, and focus goes to "Làm tiếp" (keeping the work is the safe default), then back.
 */
function CancelQuiz({ answered, onCancel }: { answered: number; onCancel: () => void }) {
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (asking) keepRef.current?.focus();
    else if (refocus.current) cancelRef.current?.focus();
    refocus.current = false;
  }, [asking]);
  if (!asking) {
    return (
      <button ref={cancelRef} type="button" className={styles.secondary} onClick={() => (answered > 0 ? setAsking(true) : onCancel())}>
        Huỷ bài
      </button>
    );
  }
  return (
    <span role="group" aria-labelledby="quiz-cancel-question" className={styles.confirm}>
      <span id="quiz-cancel-question">Huỷ bài và bỏ {answered} câu đã trả lời?</span>
      <button type="button" className={styles.secondary} onClick={onCancel}>
        Bỏ bài
      </button>
      <button
        ref={keepRef}
        type="button"
        onClick={() => {
          refocus.current = true;
          setAsking(false);
        }}
      >
        Làm tiếp
      </button>
    </span>
  );
}

function Countdown({ remaining }: { remaining: number }) {
  // Screen readers hear the time at milestones only; state is adjusted during render, not in an effect.
  const [spoken, setSpoken] = useState('');
  const milestone = isMilestone(remaining) ? `Thời gian ${spokenRemaining(remaining)}` : null;
  if (milestone !== null && milestone !== spoken) setSpoken(milestone);
  return (
    <>
      <span className={`${styles.timer} ${remaining <= 60_000 ? styles.timerLow : ''}`} role="timer" aria-label="Thời gian còn lại" data-testid="quiz-timer">
        {formatRemaining(remaining)}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {spoken}
      </span>
    </>
  );
}
