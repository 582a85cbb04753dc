import { describe, expect, it } from 'vitest';
import { firstBinaryLine } from './binary-content';

describe('firstBinaryLine', () => {
  it.each([
    ['a Dockerfile', 'FROM python:3.11-slim\nRUN pip install fastapi\n'],
    ['tabs, CRLF line ends and a continuation', 'FROM alpine\r\nRUN apk add \\\r\n\tcurl\r\n'],
    ['Vietnamese text and emoji in comments', '# ❌ Sai: đóng gói cả dữ liệu\nFROM python:3.11-slim\n'],
    ['an empty file', ''],
  ])('text: %s', (_case, text) => {
    expect(firstBinaryLine(text)).toBeNull();
  });

  it.each([
    ['a NUL byte on line 3', 'FROM a\nRUN b\nPK\u0003\u0004\u0000\u0000', 3],
    ['a PNG header decoded as UTF-8', '\uFFFDPNG\r\n\u001A\n', 1],
    ['latin-1 bytes of a binary file', 'FROM a\n\u0089\u0090', 2],
    ['an escape character', 'FROM a\nRUN b\n\nRUN \u001B[31m', 4],
  ])('binary: %s', (_case, text, line) => {
    expect(firstBinaryLine(text)).toBe(line);
  });
});
