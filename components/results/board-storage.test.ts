import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addToPaste, BOARD_STORAGE_KEY, savedPaste, savePaste } from './board-storage';
import { BOARD_MAX_CHARS } from './read-board';

/** A Storage kept in a Map; `full` makes every write throw, as a browser over its quota does. */
function fakeStorage(full = false): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      data.set(key, String(value));
    },
  };
}

describe('the board’s saved paste', () => {
  beforeEach(() => {
    globalThis.localStorage = fakeStorage();
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('adds a link at the end once, on a line of its own', () => {
    savePaste('https://a/share/#one');
    expect(addToPaste('https://a/share/#two')).toBe('added');
    expect(addToPaste('https://a/share/#one')).toBe('present');
    expect(savedPaste()).toBe('https://a/share/#one\nhttps://a/share/#two\n');
  });

  it('starts the list when nothing is saved, and forgets it when cleared', () => {
    expect(addToPaste('https://a/share/#x')).toBe('added');
    expect(localStorage.getItem(BOARD_STORAGE_KEY)).toBe('https://a/share/#x\n');
    expect(savePaste('')).toBe(true);
    expect(localStorage.getItem(BOARD_STORAGE_KEY)).toBeNull();
  });

  it('says it failed when the browser refuses, or the list has no room', () => {
    savePaste('x'.repeat(BOARD_MAX_CHARS - 5));
    expect(addToPaste('https://a/share/#long')).toBe('failed');
    globalThis.localStorage = fakeStorage(true);
    expect(addToPaste('https://a/share/#x')).toBe('failed');
    expect(savePaste('y')).toBe(false);
  });

  it('reads nothing when storage is blocked', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    expect(savedPaste()).toBe('');
  });
});
