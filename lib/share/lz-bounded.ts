// lz-string's reader for links (decompressFromEncodedURIComponent, v1.5.0), with a bound on what it
// may write. A link is text anyone can type, and lz-string's dictionary lets each code stand for one
// character more than the last: 20 KB of link decompress to 50 MB, a few hundred KB to more than a
// tab's memory. This reader stops as soon as the text passes `maxChars`, before building it.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((char, value) => [char, value]));
/** Bits per character of the link's alphabet: the reader's mask starts at the top one. */
const TOP_BIT = 32;

export type LinkText = { ok: true; text: string } | { ok: false; reason: 'corrupt' | 'too-large' };

const CORRUPT: LinkText = { ok: false, reason: 'corrupt' };

/**
 * The text of `compressToEncodedURIComponent(text)`, as lz-string reads it (a character outside the
 * alphabet reads as zero bits, a space as '+'), or why there is none: lz-string's null or empty
 * result is `corrupt`, a text longer than `maxChars` is `too-large`.
 */
export function decompressLinkText(link: string, maxChars: number): LinkText {
  const input = link.replace(/ /g, '+');
  let index = 0;
  let value = 0;
  let mask = 0;
  const read = (bitCount: number): number => {
    let bits = 0;
    for (let bit = 0; bit < bitCount; bit++) {
      if (mask === 0) {
        value = VALUE.get(input.charAt(index++)) ?? 0;
        mask = TOP_BIT;
      }
      if (value & mask) bits |= 1 << bit;
      mask >>= 1;
    }
    return bits;
  };
  // lz-string reads its next character as soon as the last bit of one is used; `index` reads it
  // lazily, so lz-string's "past the end" is one character later here.
  const pastEnd = () => index + (mask === 0 ? 1 : 0) > input.length;

  if (input === '') return CORRUPT;
  // The first code is a byte (0) or a char (1); lz-string reads 2 as an empty text and 3 as garbage.
  const first = read(2);
  if (first > 1) return CORRUPT;
  let w = String.fromCharCode(read(first === 0 ? 8 : 16));
  // Codes 0-2 are the reader's own (a byte, a char, the end); the dictionary starts at 3.
  const dictionary: string[] = ['', '', '', w];
  const parts = [w];
  let length = w.length;
  let bitCount = 3;
  let enlargeIn = 4;
  const grow = () => {
    if (--enlargeIn === 0) enlargeIn = 2 ** bitCount++;
  };
  for (;;) {
    if (pastEnd()) return CORRUPT;
    let code = read(bitCount);
    if (code === 2) return { ok: true, text: parts.join('') };
    if (code < 2) {
      dictionary.push(String.fromCharCode(read(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      grow();
    }
    let entry: string;
    if (code > 2 && code < dictionary.length) entry = dictionary[code]!;
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else return CORRUPT;
    length += entry.length;
    if (length > maxChars) return { ok: false, reason: 'too-large' };
    parts.push(entry);
    dictionary.push(w + entry.charAt(0));
    grow();
    w = entry;
  }
}
