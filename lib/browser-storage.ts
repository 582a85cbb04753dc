// localStorage as the stores reach it: absent on the server, and possibly blocked or full in a browser.

export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled by the browser's privacy settings
  }
}

/** Added to a store's notice once the unreadable save is written under its backup key, and only then. */
export const NOTICE_BACKUP_KEPT = 'Bản cũ được giữ lại trong bộ nhớ trình duyệt.';

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

/** What `keepBackup` wrote under `key`, or null: none kept, or storage unreadable now. */
export function readBackup(key: string): string | null {
  try {
    return browserStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
