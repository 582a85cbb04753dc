// Exec (JSON array) form: `CMD ["python", "app.py"]`. Docker accepts only a JSON array of strings;
// anything else that starts with `[` is silently run through the shell, a classic mistake.

export interface JsonArray {
  values: string[];
  /** [start, end) of each string literal, quotes included, flat: start0, end0, start1, end1, … */
  spans: number[];
}

export type JsonResult = { ok: true; array: JsonArray } | { ok: false; message: string };

function isJsonBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function fail(message: string): JsonResult {
  return { ok: false, message };
}

/** Parses text[start, end) as a JSON array of strings. */
export function parseJsonArray(text: string, start: number, end: number): JsonResult {
  let i = start;
  const blanks = () => {
    while (i < end && isJsonBlank(text.charCodeAt(i))) i++;
  };
  blanks();
  if (text.charCodeAt(i) !== 91) return fail('Thiếu dấu [ mở đầu');
  i++;
  const values: string[] = [];
  const spans: number[] = [];
  blanks();
  if (i < end && text.charCodeAt(i) === 93) {
    i++;
  } else {
    for (;;) {
      blanks();
      if (i >= end) return fail('Thiếu dấu ] đóng mảng');
      const code = text.charCodeAt(i);
      if (code === 39) return fail('JSON chỉ chấp nhận dấu nháy kép ("), không dùng nháy đơn (\')');
      if (code !== 34) return fail('Mỗi phần tử phải là một chuỗi trong dấu nháy kép');
      const from = i;
      i++;
      let escaped = false;
      while (i < end && text.charCodeAt(i) !== 34) {
        const c = text.charCodeAt(i);
        if (c < 32) return fail('Chuỗi JSON chứa ký tự điều khiển');
        // An escape is skipped whole (`\"` does not close the string) and checked by the engine below.
        escaped ||= c === 92;
        i += c === 92 ? 2 : 1;
      }
      if (i >= end) return fail('Chuỗi JSON chưa đóng dấu nháy kép');
      i++;
      let value = text.slice(from + 1, i - 1);
      // Few strings have escapes: the engine decodes them, and rejects `\x` or a short `\u12`.
      if (escaped) {
        try {
          value = JSON.parse(text.slice(from, i)) as string;
        } catch {
          return fail('Ký tự thoát (\\) không hợp lệ trong chuỗi JSON');
        }
      }
      values.push(value);
      spans.push(from, i);
      blanks();
      const sep = text.charCodeAt(i);
      if (i < end && sep === 44) {
        i++;
        blanks();
        if (i < end && text.charCodeAt(i) === 93) return fail('Dấu phẩy thừa trước ]');
        continue;
      }
      if (i < end && sep === 93) {
        i++;
        break;
      }
      return fail('Thiếu dấu phẩy giữa các phần tử hoặc dấu ] đóng mảng');
    }
  }
  blanks();
  if (i < end) return fail('Có ký tự thừa sau dấu ]');
  // Exact-size copies: the tree keeps these lists, and push leaves spare slots.
  return { ok: true, array: { values: values.slice(), spans: spans.slice() } };
}

/**
 * Whether arguments that failed to parse were meant as JSON: `['a']`, `[python, app.py]` or a
 * trailing comma, but not the shell test command `[ -f /x ] && …`. `end` follows the last non-blank.
 */
export function looksLikeJson(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== 91) return false;
  const endsWithBracket = text.charCodeAt(end - 1) === 93;
  let i = start + 1;
  while (i < end && isJsonBlank(text.charCodeAt(i))) i++;
  const first = text.charCodeAt(i);
  if (first === 34 || first === 39) return true;
  const spaceAfterBracket = i > start + 1;
  return endsWithBracket && !spaceAfterBracket && i < end - 1;
}
