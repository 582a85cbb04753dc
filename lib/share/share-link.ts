// Assignment and result links: the payload, compressed with lz-string, travels in the URL hash of
// `/share/`, so it never reaches a server. Decoding never throws: every failure is a Vietnamese sentence.
import { compressToEncodedURIComponent } from 'lz-string';
import { decompressLinkText } from './lz-bounded';
import { SHARE_LIMITS, parseSharePayload, sendingProblem, type ShareParseResult, type SharePayload } from './share-payload';

export const SHARE_PATH = '/share/';

const ENCODED_ALPHABET = /^[A-Za-z0-9+\-$]+$/;
const CORRUPT = 'Liên kết bị hỏng hoặc bị cắt mất một phần: không giải nén được dữ liệu. Hãy sao chép lại toàn bộ liên kết.';

export type ShareLinkResult = { ok: true; hash: string } | { ok: false; error: string };

/** Validates then encodes; refuses what the reader would refuse, so a link that is sent always opens. */
export function encodeShareHash(payload: SharePayload): ShareLinkResult {
  // Said to the sender: no link exists yet, so none can be "invalid".
  const problem = sendingProblem(payload);
  if (problem !== null) return { ok: false, error: problem };
  const checked = parseSharePayload(payload);
  if (!checked.ok) return checked;
  const encoded = compressToEncodedURIComponent(JSON.stringify(checked.payload));
  if (encoded.length > SHARE_LIMITS.linkChars) {
    return {
      ok: false,
      error: `Nội dung quá lớn để gửi qua liên kết (${encoded.length.toLocaleString('vi-VN')} ký tự sau khi nén, tối đa ${SHARE_LIMITS.linkChars.toLocaleString('vi-VN')}). Hãy rút gọn Dockerfile hoặc lời nhắn.`,
    };
  }
  return { ok: true, hash: `#${encoded}` };
}

/** The full link; `origin` is the site's own (e.g. `location.origin`). */
export function shareUrl(origin: string, hash: string): string {
  return `${origin.replace(/\/+$/, '')}${SHARE_PATH}${hash}`;
}

export function decodeShareHash(hash: string): ShareParseResult {
  let encoded = hash.replace(/^#/, '').trim();
  if (encoded === '') return { ok: false, error: 'Liên kết không chứa bài giao hay kết quả nào (phần sau dấu # trống).' };
  if (encoded.length > SHARE_LIMITS.linkChars) {
    return {
      ok: false,
      error: `Liên kết quá dài (${encoded.length.toLocaleString('vi-VN')} ký tự, tối đa ${SHARE_LIMITS.linkChars.toLocaleString('vi-VN')}).`,
    };
  }
  // Some chat apps percent-encode the hash when they rewrite a link.
  if (encoded.includes('%')) {
    try {
      encoded = decodeURIComponent(encoded);
    } catch {
      return { ok: false, error: CORRUPT };
    }
  }
  if (!ENCODED_ALPHABET.test(encoded)) return { ok: false, error: CORRUPT };

  const json = decompressLinkText(encoded, SHARE_LIMITS.jsonChars);
  if (!json.ok) return { ok: false, error: json.reason === 'too-large' ? 'Liên kết chứa quá nhiều dữ liệu sau khi giải nén.' : CORRUPT };

  let value: unknown;
  try {
    value = JSON.parse(json.text);
  } catch {
    return { ok: false, error: 'Liên kết bị hỏng: dữ liệu bên trong không đọc được (không phải JSON hợp lệ).' };
  }
  return parseSharePayload(value);
}

/** The files part of a payload: an empty `.dockerignore` is left out, as no file at all. */
export function shareFiles(dockerfile: string, dockerignore?: string): SharePayload['files'] {
  return { Dockerfile: dockerfile, ...(dockerignore ? { '.dockerignore': dockerignore } : {}) };
}
