// The results board's paste, kept in this browser only: the board reads it back on the next visit,
// and a result page adds its own link to it ("Thêm vào Bảng kết quả lớp").
import { BOARD_MAX_CHARS } from './read-board';

export const BOARD_STORAGE_KEY = 'hocdocker-results-board';

/** The saved paste, or '' (nothing saved, or storage blocked by the browser's privacy settings). */
export function savedPaste(): string {
  try {
    const saved = localStorage.getItem(BOARD_STORAGE_KEY);
    // Whole, even past the board's limit: the board says what it could not grade, nothing is cut unseen.
    return typeof saved === 'string' ? saved : '';
  } catch {
    return '';
  }
}

/** Saves the paste; false when the browser refuses (full or blocked). */
export function savePaste(text: string): boolean {
  try {
    if (text === '') localStorage.removeItem(BOARD_STORAGE_KEY);
    else localStorage.setItem(BOARD_STORAGE_KEY, text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Adds a result link at the end of the saved paste, unless a line already holds it. 'added',
 * 'present', or 'failed' when the browser refuses to save or the paste has no room left.
 */
export function addToPaste(link: string): 'added' | 'present' | 'failed' {
  const paste = savedPaste();
  if (paste.split(/\r\n|\r|\n/).some((line) => line.trim() === link)) return 'present';
  const next = paste === '' || paste.endsWith('\n') ? `${paste}${link}\n` : `${paste}\n${link}\n`;
  if (next.length > BOARD_MAX_CHARS) return 'failed';
  return savePaste(next) ? 'added' : 'failed';
}
