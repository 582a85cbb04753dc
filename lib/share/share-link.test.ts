import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { decodeShareHash, encodeShareHash, shareFiles, shareUrl } from './share-link';
import { SHARE_LIMITS, type SharePayload } from './share-payload';

const assignment: SharePayload = {
  v: 1,
  kind: 'assignment',
  chapter: 'docker',
  exercise: 'q10',
  files: { Dockerfile: 'FROM python:3.11-slim\nENV API_KEY=sk-123\nCMD ["python", "app.py"]\n', '.dockerignore': '.git\n.env\n' },
  rubric: { checklists: ['q10-security'], requirements: [{ id: 'serves', params: { port: 8000, server: 'uvicorn' } }], enable: ['base-image-official'] },
  note: 'Sửa các lỗi bảo mật, hạn nộp thứ Sáu. <script>alert(1)</script>',
};

/** A hash built by hand from any value, as a tampered link would be. */
const hashOf = (value: unknown) => `#${compressToEncodedURIComponent(JSON.stringify(value))}`;

function encode(payload: SharePayload): string {
  const result = encodeShareHash(payload);
  if (!result.ok) throw new Error(result.error);
  return result.hash;
}

function errorOf(hash: string): string {
  const result = decodeShareHash(hash);
  if (result.ok) throw new Error('expected the link to be refused');
  return result.error;
}

describe('share links round-trip', () => {
  it('decodes what it encodes, Vietnamese and markup kept as text', () => {
    const decoded = decodeShareHash(encode(assignment));
    expect(decoded).toEqual({ ok: true, payload: assignment });
  });

  it('round-trips a result with a name and any Dockerfile text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 400, unit: 'grapheme' }), fc.string({ minLength: 1, maxLength: 40 }), (dockerfile, name) => {
        fc.pre(name.trim().length > 0);
        const payload: SharePayload = { v: 1, kind: 'result', chapter: 'docker', exercise: 'q1', files: { Dockerfile: dockerfile }, name: name.trim() };
        expect(decodeShareHash(encode(payload))).toEqual({ ok: true, payload });
      }),
      { numRuns: 200 },
    );
  });

  it('leaves an empty .dockerignore out of the files', () => {
    expect(shareFiles('FROM x\n', '')).toEqual({ Dockerfile: 'FROM x\n' });
    expect(shareFiles('FROM x\n', '.git\n')).toEqual({ Dockerfile: 'FROM x\n', '.dockerignore': '.git\n' });
  });

  it('builds a link on the share page of the given origin', () => {
    expect(shareUrl('https://example.test/', '#abc')).toBe('https://example.test/share/#abc');
  });

  it('carries a result\'s "solution seen" flag, and reads a result link made before the flag existed', () => {
    const result: SharePayload = { v: 1, kind: 'result', chapter: 'docker', exercise: 'q10', files: { Dockerfile: 'FROM x\n' }, name: 'A' };
    expect(decodeShareHash(encode(result))).toEqual({ ok: true, payload: result });
    expect(decodeShareHash(encode({ ...result, solutionSeen: true }))).toEqual({ ok: true, payload: { ...result, solutionSeen: true } });
  });

  it('reads a hash that a chat app percent-encoded', () => {
    const hash = encode(assignment);
    expect(decodeShareHash(hash.replace(/\+/g, '%2B')).ok).toBe(true);
  });
});

describe('share links refuse', () => {
  it('an empty hash', () => {
    expect(errorOf('#')).toMatch(/không chứa bài giao hay kết quả/);
  });

  it('an oversized link before decompressing it', () => {
    expect(errorOf(`#${'A'.repeat(SHARE_LIMITS.linkChars + 1)}`)).toMatch(/quá dài \(8\.001 ký tự, tối đa 8\.000\)/);
  });

  it('text that is not lz-string, or a truncated link', () => {
    expect(errorOf('#<img src=x onerror=alert(1)>')).toMatch(/bị hỏng hoặc bị cắt/);
    expect(errorOf('#%E0%A4%A')).toMatch(/bị hỏng hoặc bị cắt/);
    const hash = encode(assignment);
    expect(decodeShareHash(hash.slice(0, hash.length / 2)).ok).toBe(false);
  });

  it('a short link that stands for more than a payload holds, without building that text', () => {
    const link = compressToEncodedURIComponent(' '.repeat(SHARE_LIMITS.jsonChars + 1));
    expect(link.length).toBeLessThan(SHARE_LIMITS.linkChars);
    expect(errorOf(`#${link}`)).toBe('Liên kết chứa quá nhiều dữ liệu sau khi giải nén.');
    expect(errorOf(`#${compressToEncodedURIComponent(' '.repeat(SHARE_LIMITS.jsonChars))}`)).toMatch(/không phải JSON hợp lệ/);
  });

  it('compressed text that is not JSON', () => {
    expect(errorOf(`#${compressToEncodedURIComponent('{v:1')}`)).toMatch(/không phải JSON hợp lệ/);
  });

  it('JSON that is not an object', () => {
    expect(errorOf(hashOf([1, 2]))).toMatch(/không phải một bài giao hay một kết quả/);
    expect(errorOf(hashOf('chuỗi'))).toMatch(/không phải một bài giao hay một kết quả/);
  });

  it('a missing or unknown version, naming it', () => {
    const { v: _v, ...noVersion } = assignment;
    expect(errorOf(hashOf(noVersion))).toMatch(/thiếu số phiên bản/);
    expect(errorOf(hashOf({ ...assignment, v: 2 }))).toMatch(/phiên bản 2, trang này chỉ đọc được phiên bản 1/);
    expect(errorOf(hashOf({ ...assignment, v: '1' }))).toMatch(/\(v\) phải là một số/);
  });

  it('a score or any other field the format does not have', () => {
    expect(errorOf(hashOf({ ...assignment, kind: 'result', score: 100 }))).toMatch(/trường lạ “score”/);
    expect(errorOf(hashOf({ ...assignment, files: { ...assignment.files, 'src/app.py': 'x' } }))).toMatch(/trường lạ “src\/app.py” trong “tệp \(files\)”/);
  });

  it('wrong types, naming the field', () => {
    expect(errorOf(hashOf({ ...assignment, kind: 'grade' }))).toMatch(/“loại liên kết \(kind\)” phải là "assignment"/);
    expect(errorOf(hashOf({ ...assignment, files: { Dockerfile: 42 } }))).toMatch(/“Dockerfile” phải là văn bản/);
    expect(errorOf(hashOf({ ...assignment, files: 'FROM x' }))).toMatch(/“tệp \(files\)” phải là một đối tượng/);
    expect(errorOf(hashOf({ ...assignment, rubric: { checklists: 'q1', requirements: [] } }))).toMatch(/“rubric.checklists” phải là một danh sách/);
    expect(errorOf(hashOf({ ...assignment, exercise: '../q1' }))).toMatch(/“bài tập \(exercise\)” chỉ được gồm chữ thường/);
  });

  it('a "solution seen" flag that is not true, or on an assignment', () => {
    const result = { ...assignment, kind: 'result', name: 'A' };
    expect(errorOf(hashOf({ ...result, solutionSeen: false }))).toMatch(/“đã xem lời giải \(solutionSeen\)” có giá trị không hợp lệ/);
    expect(errorOf(hashOf({ ...assignment, solutionSeen: true }))).toMatch(/“đã xem lời giải \(solutionSeen\)” không hợp lệ/);
  });

  it('missing required fields', () => {
    const { files: _files, ...noFiles } = assignment;
    expect(errorOf(hashOf(noFiles))).toMatch(/thiếu trường “tệp \(files\)”/);
    expect(errorOf(hashOf({ ...assignment, files: { Dockerfile: '' } }))).toMatch(/“Dockerfile” không được để trống/);
  });

  it('fields over their own cap even when the link is short', () => {
    // Repetitive text compresses to a short link: the per-field caps still apply.
    expect(errorOf(hashOf({ ...assignment, note: 'a'.repeat(SHARE_LIMITS.note + 1) }))).toMatch(/“lời nhắn \(note\)” quá dài \(tối đa 1\.000 ký tự\)/);
    expect(errorOf(hashOf({ ...assignment, kind: 'result', name: 'x'.repeat(81) }))).toMatch(/“tên học viên \(name\)” quá dài/);
    expect(errorOf(hashOf({ ...assignment, files: { Dockerfile: 'RUN x\n'.repeat(5000) } }))).toMatch(/“Dockerfile” quá dài/);
  });

  it('to encode what it would refuse to read', () => {
    const result = encodeShareHash({ ...assignment, note: 'n'.repeat(2000) });
    // Said to the sender: there is no link yet to call invalid.
    expect(result).toEqual({ ok: false, error: 'Không tạo được liên kết: trường “lời nhắn (note)” quá dài (tối đa 1.000 ký tự).' });
    // Random text barely compresses: under every field cap but over the link cap.
    const noise = Array.from({ length: SHARE_LIMITS.dockerfile }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
    expect(encodeShareHash({ ...assignment, files: { Dockerfile: noise } })).toEqual({ ok: false, error: expect.stringMatching(/quá lớn để gửi qua liên kết/) });
  });
});
