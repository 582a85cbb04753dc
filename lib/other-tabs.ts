// What other tabs of the site save. A tab opened earlier keeps its own copy of each saved store and
// writes all of it back: the stores follow each other's saves so that no tab erases another's work.

const followed = new Set<string>();

/** From now on, hands `adopt` the new value each time another tab saves `key` (one listener a key, a page). */
export function followSavesOfOtherTabs(key: string, adopt: (raw: string | null) => void): void {
  if (followed.has(key) || typeof window === 'undefined') return;
  followed.add(key);
  window.addEventListener('storage', (event) => {
    if (event.key === key) adopt(event.newValue);
  });
}
