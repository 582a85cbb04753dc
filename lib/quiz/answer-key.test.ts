// The key of a Dockerfile item comes from the analyzer: fix the Dockerfile and the key follows.
import { describe, expect, it } from 'vitest';
import { answerKey } from './answer-key';
import { cacheLineChoices } from './choices';
import type { CacheQuestion, FindingsQuestion } from './types';

const findings: FindingsQuestion = {
  id: 'q0-1',
  kind: 'dockerfile-findings',
  prompt: 'Vấn đề nào?',
  explanation: 'Giải thích.',
  anchor: 'x',
  dockerfile: 'FROM python:latest\nWORKDIR /app\nCMD ["python", "app.py"]\n',
  choices: [
    { id: 'a', rule: 'base-image-pinned', text: 'tag' },
    { id: 'b', rule: 'exec-form', text: 'shell form' },
  ],
};

const cache: CacheQuestion = {
  id: 'q0-2',
  kind: 'dockerfile-cache',
  prompt: 'Dòng nào?',
  explanation: 'Giải thích.',
  anchor: 'x',
  dockerfile: 'FROM python:3.11-slim\n# deps first\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY src/ ./src/\n',
  changedFile: 'src/model.py',
};

describe('answerKey', () => {
  it('marks the rules the analyzer reports, with its messages as evidence', () => {
    const key = answerKey(findings);
    expect(key.correct).toEqual(['a']);
    expect(key.evidence.join('\n')).toMatch(/^Dòng 1 \(base-image-pinned\):/);
  });

  it('follows the analyzer when the Dockerfile changes', () => {
    const fixed = { ...findings, dockerfile: 'FROM python:3.11-slim\nWORKDIR /app\nCMD python app.py\n' };
    expect(answerKey(fixed).correct).toEqual(['b']);
  });

  it('keys a cache question by the first instruction the layer-cache model rebuilds', () => {
    expect(cacheLineChoices(cache.dockerfile).map((c) => c.id)).toEqual(['L1', 'L3', 'L4', 'L5']);
    expect(answerKey(cache).correct).toEqual(['L5']);
    expect(answerKey({ ...cache, changedFile: 'requirements.txt' }).correct).toEqual(['L3']);
    expect(answerKey(cache).evidence[2]).toContain('dùng cache');
  });

  it('has no correct line when nothing rebuilds', () => {
    expect(answerKey({ ...cache, changedFile: 'README.md' }).correct).toEqual([]);
  });

  it('returns plain keys for plain questions', () => {
    expect(answerKey({ id: 'q0-3', kind: 'single', prompt: 'p?', explanation: 'e.', anchor: 'x', choices: [], answer: 'c' })).toEqual({ correct: ['c'], evidence: [] });
  });
});
