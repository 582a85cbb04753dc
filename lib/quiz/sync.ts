// What the quiz store loads to read saved results: the validator, and what keeps the tabs of the site
// on one set of results. Without it a tab opened earlier erased the scores, and the answers not
// handed in yet, that another tab saved.
import { followSavesOfOtherTabs } from '@/lib/other-tabs';
import { loadQuizState, mergeBestScores, mergeDrafts, mergeSession } from './saved';
import { QUIZ_STORAGE_KEY, takeInSavedElsewhere, useQuizStore } from './store';

export { loadQuizState };

/**
 * Another tab saved quiz results (`newValue` of its storage event): keep the better score of each
 * quiz, take in the lesson-quiz answers given there, and the answers of the same mixed quiz, so this
 * tab's next save does not erase the other's; what only this tab had is written back.
 */
export function adoptQuizSavedElsewhere(raw: string | null): void {
  if (raw === null || !useQuizStore.persist.hasHydrated()) return; // hydration reads storage itself
  const { state: theirs, notice } = loadQuizState(raw);
  if (notice) return; // not readable here: leave it to a reload
  const here = useQuizStore.getState();
  const merged = {
    best: mergeBestScores(theirs.best, here.best),
    drafts: mergeDrafts(here.drafts, theirs.drafts),
    session: mergeSession(here.session, theirs.session),
  };
  takeInSavedElsewhere(merged);
  const onlyHere =
    Object.entries(merged.best).some(([key, score]) => theirs.best[key] !== score) ||
    JSON.stringify(merged.drafts) !== JSON.stringify(theirs.drafts) ||
    JSON.stringify(merged.session) !== JSON.stringify(theirs.session);
  if (onlyHere) useQuizStore.setState({});
}

/** From the first read of saved results on, takes in what other tabs save. */
export function followOtherTabs(): void {
  followSavesOfOtherTabs(QUIZ_STORAGE_KEY, adoptQuizSavedElsewhere);
}
