// What the store loads to read saved progress: the validator, and what keeps the tabs of the site on
// one progress. Without it a tab opened earlier wrote its older state over another tab's work.
import { followSavesOfOtherTabs } from '@/lib/other-tabs';
import { PROGRESS_STORAGE_KEY, progressSnapshot, takeInSavedElsewhere, useProgress } from '@/lib/store';
import { loadProgress, NOTICE_BACKUP_KEPT } from './load';
import { mergeProgress, sameProgress } from './transfer';

export { loadProgress, NOTICE_BACKUP_KEPT };

/**
 * Another tab saved progress (`newValue` of its storage event): add it to this tab's, as an import
 * does (never a loss), so this tab's next save does not write back a state without it. What only
 * this tab had is written back; preferences stay this tab's.
 */
export function adoptProgressSavedElsewhere(raw: string | null): void {
  if (raw === null || !useProgress.persist.hasHydrated()) return; // hydration reads storage itself
  const { snapshot: theirs, notices } = loadProgress(raw);
  if (notices.length > 0) return; // a version this tab cannot read: leave it to a reload
  const merged = mergeProgress(progressSnapshot(useProgress.getState()), theirs);
  takeInSavedElsewhere({ lessonsRead: merged.lessonsRead, exercises: merged.exercises, revealed: merged.revealed });
  if (!sameProgress(merged, theirs)) useProgress.setState({});
}

/** From the first read of saved progress on, takes in what other tabs save. */
export function followOtherTabs(): void {
  followSavesOfOtherTabs(PROGRESS_STORAGE_KEY, adoptProgressSavedElsewhere);
}
