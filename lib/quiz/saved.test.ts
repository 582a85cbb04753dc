import { describe, expect, it } from 'vitest';
import { NOTICE_DRAFTS_DROPPED, NOTICE_QUIZ_RESET, NOTICE_SCORES_DROPPED, NOTICE_SESSION_RESET, QUIZ_STATE_VERSION, emptyQuizState, loadQuizState, mergeBestScores, mergeDrafts, mergeSession, type QuizSavedState } from './saved';

const valid: QuizSavedState = {
  best: { 'lesson:q3': { percent: 80, correct: 4, total: 5, at: 1 }, 'mixed:q1,q2:10': { percent: 100, correct: 10, total: 10, at: 2 } },
  session: { seed: 99, lessons: ['q1', 'q2'], count: 10, minutes: 5, startedAt: 3, answers: { 'q1-1': ['b'] } },
  drafts: { q4: { 'q4-1': ['a'], 'q4-3': ['b', 'c'] } },
};
const envelope = (state: unknown, version: unknown = QUIZ_STATE_VERSION) => JSON.stringify({ state, version });

describe('loadQuizState', () => {
  it('reads nothing as an empty state, silently', () => {
    expect(loadQuizState(null)).toEqual({ state: emptyQuizState(), notice: null });
  });

  it('keeps a valid save as it is', () => {
    expect(loadQuizState(envelope(valid))).toEqual({ state: valid, notice: null });
  });

  it.each([
    ['not JSON', '{oops'],
    ['a foreign version', envelope(valid, 7)],
    ['a state that is not an object', envelope([valid])],
    ['an unknown field in the envelope', JSON.stringify({ state: valid, version: QUIZ_STATE_VERSION, extra: true })],
  ])('resets only itself, with a Vietnamese notice, on %s', (_what, raw) => {
    expect(loadQuizState(raw)).toEqual({ state: emptyQuizState(), notice: NOTICE_QUIZ_RESET });
    expect(NOTICE_QUIZ_RESET).toContain('Tiến độ bài học và bài tập vẫn giữ nguyên');
  });

  it.each([
    ['a score above 100', { percent: 140, correct: 7, total: 5, at: 1 }],
    ['a score that is not an object', 'full marks'],
  ])('drops only the broken score on %s, and says so', (_what, broken) => {
    const loaded = loadQuizState(envelope({ ...valid, best: { ...valid.best, 'lesson:q1': broken } }));
    expect(loaded).toEqual({ state: valid, notice: NOTICE_SCORES_DROPPED });
  });

  it('drops a score saved under markup instead of a key', () => {
    expect(loadQuizState(envelope({ ...valid, best: { ...valid.best, '<img>': valid.best['lesson:q3'] } }))).toEqual({ state: valid, notice: NOTICE_SCORES_DROPPED });
  });

  it.each([
    ['a seed that is not a number', { ...valid.session, seed: 'abc' }],
    ['markup in an id', { ...valid.session, answers: { '<img>': ['a'] } }],
    ['a session that is not an object', 7],
  ])('resets only the quiz in progress on %s, keeping every score', (_what, session) => {
    expect(loadQuizState(envelope({ ...valid, session }))).toEqual({ state: { ...valid, session: null }, notice: NOTICE_SESSION_RESET });
  });

  it('reads a save from before lesson-quiz drafts with no drafts and no notice', () => {
    const { drafts: _none, ...older } = valid;
    expect(loadQuizState(envelope(older))).toEqual({ state: { ...valid, drafts: {} }, notice: null });
  });

  it.each([
    ['an answer that is not a list', { q2: { 'q2-1': 'a' } }],
    ['markup in a quiz id', { '<img>': { 'q2-1': ['a'] } }],
    ['a draft that is not an object', { q2: 7 }],
  ])("drops only the broken lesson-quiz draft on %s, keeping the others and every score", (_what, broken) => {
    expect(loadQuizState(envelope({ ...valid, drafts: { ...valid.drafts, ...broken } }))).toEqual({ state: valid, notice: NOTICE_DRAFTS_DROPPED });
  });

  it('names both when both are broken', () => {
    const loaded = loadQuizState(envelope({ best: 'none', session: 7, drafts: {} }));
    expect(loaded.state).toEqual(emptyQuizState());
    expect(loaded.notice).toBe(`${NOTICE_SCORES_DROPPED} ${NOTICE_SESSION_RESET}`);
  });

  it('ignores a field it does not read, keeping the rest', () => {
    expect(loadQuizState(envelope({ ...valid, extra: true }))).toEqual({ state: valid, notice: null });
  });
});

describe('mergeBestScores', () => {
  it('adds the other side\'s scores and never lowers one', () => {
    const here = { 'lesson:q1': { percent: 80, correct: 4, total: 5, at: 1 }, 'lesson:q2': { percent: 20, correct: 1, total: 5, at: 1 } };
    const other = { 'lesson:q1': { percent: 60, correct: 3, total: 5, at: 2 }, 'lesson:q2': { percent: 100, correct: 5, total: 5, at: 2 }, 'lesson:q3': { percent: 40, correct: 2, total: 5, at: 2 } };
    expect(mergeBestScores(here, other)).toEqual({ 'lesson:q1': here['lesson:q1'], 'lesson:q2': other['lesson:q2'], 'lesson:q3': other['lesson:q3'] });
  });
});

describe('mergeDrafts', () => {
  it("gathers both tabs' answers to the same quiz, the other tab's save winning where both answered", () => {
    expect(mergeDrafts({ q4: { 'q4-1': ['a'], 'q4-2': ['c'] } }, { q4: { 'q4-1': ['b'], 'q4-3': ['d'] } })).toEqual({
      q4: { 'q4-1': ['b'], 'q4-2': ['c'], 'q4-3': ['d'] },
    });
  });

  it('drops a quiz the other tab handed in, and takes one answered only there', () => {
    expect(mergeDrafts({ q4: { 'q4-1': ['a'] } }, { q8: { 'q8-1': ['b'] } })).toEqual({ q8: { 'q8-1': ['b'] } });
  });

  it('keeps an answer taken back (no choice) as given', () => {
    expect(mergeDrafts({ q4: { 'q4-1': ['a'] } }, { q4: { 'q4-1': [] } })).toEqual({ q4: { 'q4-1': [] } });
  });
});

describe('mergeSession', () => {
  const running = { seed: 7, lessons: ['q1'], count: 5, minutes: 0, startedAt: 10, answers: { 'q1-1': ['a'] } };

  it("gathers both tabs' answers to the same quiz", () => {
    expect(mergeSession(running, { ...running, answers: { 'q1-2': ['b'] } })).toEqual({ ...running, answers: { 'q1-1': ['a'], 'q1-2': ['b'] } });
  });

  it('is handed in when either tab handed it in, with the answers that tab graded', () => {
    const handedIn = { ...running, answers: { 'q1-2': ['b'] }, submittedAt: 20 };
    expect(mergeSession(running, handedIn)).toEqual(handedIn);
    expect(mergeSession(handedIn, { ...running, answers: { 'q1-3': ['c'] } })).toEqual(handedIn);
  });

  it('handed in in both tabs, agrees on the other tab\'s save, so neither writes back', () => {
    const here = { ...running, answers: { 'q1-1': ['a'] }, submittedAt: 20 };
    const theirs = { ...running, answers: { 'q1-1': ['b'] }, submittedAt: 25 };
    expect(mergeSession(here, theirs)).toEqual(theirs);
    expect(mergeSession(theirs, mergeSession(here, theirs))).toEqual(theirs);
  });

  it('orders the answers as the other tab saved them, then those only given here', () => {
    const here = { ...running, answers: { 'q1-3': ['c'], 'q1-2': ['b'], 'q1-1': ['a'] } };
    const theirs = { ...running, answers: { 'q1-1': ['a'], 'q1-2': ['b'] } };
    expect(Object.keys(mergeSession(here, theirs)!.answers)).toEqual(['q1-1', 'q1-2', 'q1-3']);
    expect(Object.keys(mergeDrafts({ q4: here.answers }, { q4: theirs.answers }).q4!)).toEqual(['q1-1', 'q1-2', 'q1-3']);
  });

  it("follows the other tab's newer save when it started another quiz or left this one", () => {
    const other = { ...running, seed: 8, startedAt: 30, answers: {} };
    expect(mergeSession(running, other)).toEqual(other);
    expect(mergeSession(running, null)).toBeNull();
    expect(mergeSession(null, running)).toEqual(running);
  });
});
