// Text that is not a Dockerfile at all: a binary file pasted by mistake (an image, a model, a zip).
// Control characters other than tab and line breaks, and the replacement character a failed decoding
// leaves, never occur in a real Dockerfile.
const BINARY_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/;

/** The 1-based line of the first character that only binary data has, or null for text. */
export function firstBinaryLine(text: string): number | null {
  const match = BINARY_CHARACTER.exec(text);
  if (!match) return null;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
