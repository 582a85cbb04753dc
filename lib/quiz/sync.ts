// What the quiz store loads to read saved results: the validator, and what keeps the tabs of the site
// on one set of best scores. Without it a tab opened earlier erased the scores another tab saved.
import { followSavesOfOtherTabs } from '@/lib/other-tabs';
import { loadQuizState, mergeBestScores } from './saved';
import { QUIZ_STORAGE_KEY, takeInSavedElsewhere, useQuizStore } from './store';

export { loadQuizState };

/**
 * Another tab saved quiz results (`newValue` of its storage event): keep the better score of each
 * quiz, so this tab's next save does not erase the other's; what only this tab had is written back.
 * The quiz in progress stays this tab's.
 */
export function adoptQuizSavedElsewhere(raw: string | null): void {
  if (raw === null || !useQuizStore.persist.hasHydrated()) return; // hydration reads storage itself
  const { state: theirs, notice } = loadQuizState(raw);
  if (notice) return; // not readable here: leave it to a reload
  const best = mergeBestScores(theirs.best, useQuizStore.getState().best);
  const onlyHere = Object.entries(best).some(([key, score]) => theirs.best[key] !== score);
  takeInSavedElsewhere(best);
  if (onlyHere) useQuizStore.setState({});
}

/** From the first read of saved results on, takes in what other tabs save. */
export function followOtherTabs(): void {
  followSavesOfOtherTabs(QUIZ_STORAGE_KEY, adoptQuizSavedElsewhere);
}
