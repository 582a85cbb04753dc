// localStorage as the stores reach it: absent on the server, and possibly blocked or full in a browser.

export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled by the browser's privacy settings
  }
}

/**
 * Never loses what was saved, even unreadable: writes it under `key` before the store's next save
 * goes over it. False when storage refused it (full or blocked), so no notice claims it was kept.
 */
export function keepBackup(storage: Storage | null, key: string, raw: string): boolean {
  try {
    storage?.setItem(key, raw);
    return storage !== null;
  } catch {
    return false;
  }
}
