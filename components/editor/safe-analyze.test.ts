import { describe, expect, it } from 'vitest';
import { MAX_ANALYZED_CHARS, safeAnalyze } from './safe-analyze';

const DOCKERFILE = 'FROM python:3.12-slim\nRUN pip install flask\n';
/** A Dockerfile of exactly `length` characters: the one above, then a comment to fill it. */
const ofLength = (length: number) => DOCKERFILE + `# ${'x'.repeat(length - DOCKERFILE.length - 3)}\n`;

describe('safeAnalyze', () => {
  it('analyses a Dockerfile of the largest size it takes', () => {
    const result = safeAnalyze(ofLength(MAX_ANALYZED_CHARS));
    expect(result.ok && result.analysis.findings.map((f) => f.rule)).toContain('pip-no-cache-dir');
  });

  it('says, in figures, that one character more is too large, and how to take the paste back', () => {
    const source = ofLength(MAX_ANALYZED_CHARS + 1);
    expect(safeAnalyze(source)).toEqual({
      ok: false,
      source,
      message:
        'Tệp quá lớn để phân tích: 100.001 ký tự, tối đa 100.000. Một Dockerfile thật chỉ vài nghìn ký tự: có lẽ bạn đã dán nhầm nội dung khác. Nhấn Ctrl+Z để hoàn tác lần dán.',
    });
  });

  it('says the same of a .dockerignore, naming it', () => {
    const result = safeAnalyze(DOCKERFILE, { dockerignore: '*.log\n'.repeat(20_000) });
    expect(result).toEqual({ ok: false, source: DOCKERFILE, message: 'Tệp .dockerignore quá lớn để phân tích: 120.000 ký tự, tối đa 100.000.' });
  });

  it('names the first line of binary junk', () => {
    const result = safeAnalyze('FROM alpine:3.20\nPK\u0003\u0004\u0000\u0000model.bin\n');
    expect(!result.ok && result.message).toMatch(/^Dòng 2 có ký tự của dữ liệu nhị phân/);
  });
});
