import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/dockerfile/analyze';
import { cacheChoices, firstLayerCache, initialChoice } from './layer-cache-simulation';

const CONTEXT = ['requirements.txt', 'src/model.py', 'src/api.py'];
const STARTER = 'FROM python:3.11-slim\nCOPY . /app\nWORKDIR /app\nRUN pip install --no-cache-dir -r requirements.txt\n';
const REORDERED = 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY src/ ./src/\n';

describe('the change the layer-cache view opens on', () => {
  it('is the file the exercise asks about, wherever it stands in the list', () => {
    const choices = cacheChoices(analyze(REORDERED), CONTEXT);
    expect(choices[0]?.label).toBe('Sửa requirements.txt');
    expect(choices[initialChoice(choices, 'src/model.py')]?.label).toBe('Sửa src/model.py');
  });

  it('is the first change when the exercise asks about none, or about a file not offered', () => {
    const choices = cacheChoices(analyze(REORDERED), CONTEXT);
    expect(initialChoice(choices, undefined)).toBe(0);
    expect(initialChoice(choices, 'notebooks/eda.ipynb')).toBe(0);
    expect(initialChoice([], 'src/model.py')).toBe(0);
  });

  it('draws the steps of that change, and says which it is', () => {
    const asked = firstLayerCache(analyze(STARTER), CONTEXT, undefined, 'src/model.py');
    expect(asked.choices[asked.chosen ?? -1]).toBe('Sửa src/model.py');
    const copy = asked.steps.find((s) => s.line === 2);
    expect(copy).toMatchObject({ status: 'rebuilt' });
    expect(copy?.reason).toContain('src/model.py');

    const plain = firstLayerCache(analyze(STARTER), CONTEXT, undefined);
    expect(plain.chosen).toBe(0);
    expect(plain.steps.find((s) => s.line === 2)?.reason).toContain(plain.choices[0]?.replace(/^Sửa /, ''));
  });
});
