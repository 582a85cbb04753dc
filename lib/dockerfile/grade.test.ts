import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { analyzeAndGrade, grade, requirementIds } from './grade';
import type { Rubric } from './rubric';

const df = (...lines: string[]) => `${lines.join('\n')}\n`;

const GOOD = df(
  '# Runtime image for the API',
  'FROM python:3.11-slim',
  'ENV PYTHONUNBUFFERED=1',
  'WORKDIR /app',
  'COPY requirements.txt .',
  'RUN pip install --no-cache-dir -r requirements.txt',
  'COPY src/ ./src/',
  'RUN useradd --create-home --uid 1000 appuser',
  'USER appuser',
  'EXPOSE 8000',
  'HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')"]',
  'CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]',
);

const ROOT = df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'CMD ["python", "src/api.py"]');

describe('grade', () => {
  it('scores passed over graded items and rounds', () => {
    const rubric: Rubric = { checklists: ['q10-security'], items: ['q10-non-root', 'q10-healthcheck', 'q10-file-permissions'], requirements: [] };
    const result = grade(analyze(ROOT), rubric);
    expect(result.items.map((i) => [i.id, i.status])).toEqual([
      ['q10-non-root', 'fail'],
      ['q10-file-permissions', 'pass'],
      ['q10-healthcheck', 'fail'],
    ]);
    expect(result).toMatchObject({ passed: 1, graded: 3, score: 33 });
  });

  it('fails the HEALTHCHECK item when HEALTHCHECK has no CMD: that image does not build', () => {
    const rubric: Rubric = { checklists: ['q10-security'], items: ['q10-healthcheck'], requirements: [] };
    const status = (healthcheck: string) => grade(analyze(df('FROM python:3.11-slim', healthcheck, 'CMD ["python", "app.py"]')), rubric).items[0]!.status;
    expect(status('HEALTHCHECK CMD python -c "print(1)"')).toBe('pass');
    expect(status('HEALTHCHECK --interval=30s python -c "print(1)"')).toBe('fail');
    expect(status('HEALTHCHECK NONE')).toBe('fail');
  });

  it('fails the HEALTHCHECK item when its probe can never pass in the running container, read with the context', () => {
    const rubric: Rubric = { checklists: ['q7-ml-models'], items: ['q7-healthcheck'], requirements: [] };
    const contextTexts = { 'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.6\n', 'src/api.py': 'from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get("/health")\ndef health():\n    return {}\n' };
    const item = (source: string) => grade(analyze(source), rubric, { contextTexts }).items[0]!;
    expect(item(GOOD).status).toBe('pass');
    const lesson = item(GOOD.replace(/HEALTHCHECK .*/, `HEALTHCHECK CMD python -c "import requests; requests.get('http://localhost:8000/health')" || exit 1`));
    expect(lesson).toMatchObject({ status: 'fail', lines: [11] });
    expect(lesson.why).toContain("No module named 'requests'");
    expect(item(GOOD.replace('/health', '/healthz')).why).toContain('/healthz trả về 404');
    expect(item(GOOD.replace('EXPOSE 8000', 'ENV PATH=/home/appuser/.local/bin')).why).toContain('không còn /usr/local/bin');
  });

  it('fails the no-secrets item when a RUN copies a build secret out of its mount, and names the line', () => {
    const rubric: Rubric = { checklists: ['q10-security'], items: ['q10-no-secrets'], requirements: [] };
    const item = (...lines: string[]) => grade(analyze(df('FROM python:3.11-slim', 'WORKDIR /app', ...lines, 'CMD ["python", "serve.py"]')), rubric).items[0]!;
    expect(item('RUN --mount=type=secret,id=tok pip install --no-cache-dir --index-url "$(cat /run/secrets/tok)" x').status).toBe('pass');
    expect(item('RUN --mount=type=secret,id=tok export TOKEN=$(cat /run/secrets/tok) && python fetch.py').status).toBe('pass');
    const copied = item('RUN --mount=type=secret,id=tok cp /run/secrets/tok /app/tok');
    expect(copied).toMatchObject({ status: 'fail', lines: [3] });
    expect(copied.why).toContain('dòng 3');
    expect(item('RUN --mount=type=secret,id=tok cat /run/secrets/tok > /app/tok').status).toBe('fail');
  });

  it('hands the context texts to the requirements: the serves item reads the packages requirements.txt installs', () => {
    const rubric: Rubric = { checklists: [], requirements: [{ id: 'serves', params: { server: 'uvicorn', port: 8000 } }] };
    const source = GOOD.replace('"8000"]', '"8000", "--loop", "uvloop"]');
    expect(grade(analyze(source), rubric).items[0]!.status).toBe('pass');
    const read = grade(analyze(source), rubric, { contextTexts: { 'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.6\n' } }).items[0]!;
    expect(read.status).toBe('fail');
    expect(read.why).toContain("No module named 'uvloop'");
  });

  it('fails the runtime-model item when a RUN fetches the model at build time', () => {
    const rubric: Rubric = { checklists: ['q9-large-model'], items: ['q9-runtime-model'], requirements: [] };
    const item = (...lines: string[]) => grade(analyze(df('FROM python:3.11-slim', ...lines, 'CMD ["python", "serve.py"]')), rubric).items[0]!;
    expect(item('ENV MODEL_PATH=/models/model.pt', 'VOLUME /models').status).toBe('pass');
    const fetched = item('ENV MODEL_PATH=/models/bert', 'RUN python -c "from transformers import AutoModel; AutoModel.from_pretrained(\'bert-base-uncased\')"');
    expect(fetched).toMatchObject({ status: 'fail', lines: [3] });
    expect(fetched.why).toContain('tải trong lúc build');
  });

  it('never counts manual items, in either direction', () => {
    const rubric: Rubric = { checklists: ['q10-security'], items: ['q10-scan', 'q10-sbom', 'q10-non-root'], requirements: [] };
    const result = grade(analyze(GOOD), rubric);
    expect(result.items.filter((i) => i.status === 'manual').map((i) => i.id)).toEqual(['q10-scan', 'q10-sbom']);
    expect(result).toMatchObject({ passed: 1, graded: 1, score: 100 });
  });

  it('explains a failed rules item with the rule, the line and the message', () => {
    const result = grade(analyze(ROOT), { checklists: ['q6-optimization'], items: ['q6-non-root'], requirements: [] });
    const item = result.items[0]!;
    expect(item).toMatchObject({ kind: 'rules', status: 'fail', rules: ['non-root-user'], checklist: 'q6-optimization' });
    expect(item.why).toContain('non-root-user');
    expect(item.lines.length).toBeGreaterThan(0);
  });

  it('still fails an item whose findings an ignore comment silenced, and says so', () => {
    const rubric: Rubric = { checklists: ['q10-security'], items: ['q10-non-root'], requirements: [] };
    const silenced = grade(analyze(`# hocdocker-ignore-file non-root-user\n${ROOT}`), rubric).items[0]!;
    expect(silenced).toMatchObject({ status: 'fail', rules: ['non-root-user'] });
    expect(silenced.why).toContain('Chú thích ignore chỉ ẩn cảnh báo');
    expect(grade(analyze(ROOT), rubric).items[0]!.why).not.toContain('Chú thích ignore');
  });

  it('counts info findings of the rules an item names', () => {
    const result = grade(analyze(df('FROM python:3.9', 'USER 1000', 'CMD ["python", "a.py"]')), {
      checklists: ['q6-optimization'],
      items: ['q6-base-image'],
      requirements: [],
    });
    expect(result.items[0]).toMatchObject({ status: 'fail', lines: [1] });
  });

  it('leaves an item ungraded when its only rule is off, and grades it once the rubric enables it', () => {
    const rubric: Rubric = { checklists: ['q10-security'], items: ['q10-official-base'], requirements: [] };
    const source = df('FROM mycompany/python:3.11', 'USER 1000', 'CMD ["python", "a.py"]');
    expect(grade(analyze(source), rubric).items[0]?.status).toBe('manual');
    const enabled = analyzeAndGrade(source, { rubric: { ...rubric, enable: ['base-image-official'] } });
    expect(enabled.grade.items[0]?.status).toBe('fail');
    expect(enabled.grade.graded).toBe(1);
  });

  it('grades requirements after checklist items, numbering repeated ids', () => {
    const rubric: Rubric = {
      checklists: [],
      requirements: [
        { id: 'env-set', params: { name: 'PYTHONUNBUFFERED', value: '1' } },
        { id: 'env-set', params: { name: 'MODEL_PATH' } },
        { id: 'serves', params: { server: 'uvicorn', port: 8000 } },
      ],
    };
    const result = grade(analyze(GOOD), rubric);
    expect(result.items.map((i) => [i.id, i.kind, i.status])).toEqual([
      ['env-set-1', 'requirement', 'pass'],
      ['env-set-2', 'requirement', 'fail'],
      ['serves', 'requirement', 'pass'],
    ]);
    expect(requirementIds(rubric.requirements).map(([id]) => id)).toEqual(['env-set-1', 'env-set-2', 'serves']);
  });

  it('turns unknown checklist, item and requirement ids into failed items', () => {
    const result = grade(analyze(GOOD), { checklists: ['q99-nothing'], items: ['q6-nope'], requirements: [{ id: 'teleport' }] });
    expect(result.items.map((i) => [i.id, i.status])).toEqual([
      ['q99-nothing', 'fail'],
      ['q6-nope', 'fail'],
      ['teleport', 'fail'],
    ]);
    expect(result.score).toBe(0);
  });

  it('takes items picked from checklists the rubric does not list whole', () => {
    const result = grade(analyze(GOOD), { checklists: [], items: ['q7-workdir'], requirements: [] });
    expect(result.items.map((i) => [i.id, i.status])).toEqual([['q7-workdir', 'pass']]);
  });

  it('scores 100 when nothing is graded', () => {
    expect(grade(analyze(GOOD), { checklists: [], requirements: [] })).toEqual({ passed: 0, graded: 0, score: 100, items: [] });
  });

  it('is deterministic and never throws on odd input', () => {
    const rubric: Rubric = { checklists: ['q6-optimization', 'q7-ml-models', 'q8-layer-caching', 'q9-large-model', 'q10-security'], requirements: [{ id: 'serves', params: { server: 'uvicorn', port: 8000 } }] };
    for (const source of ['', '\u0000\uD800', 'FROM', 'RUN <<EOF\nnever closed', 'COPY --from= . .\nFROM a AS a\nFROM a AS a']) {
      const first = analyzeAndGrade(source, { rubric });
      expect(first.grade.items.length).toBeGreaterThan(0);
      expect(analyzeAndGrade(source, { rubric })).toEqual(first);
    }
  });

  it('reports an analyzer failure as a failed item', () => {
    const broken = { ast: null, findings: [], ruleErrors: [], suppressed: [] } as unknown as ReturnType<typeof analyze>;
    const result = grade(broken, { checklists: ['q6-optimization'], requirements: [{ id: 'healthcheck' }] });
    expect(result.items.some((i) => i.status === 'fail' && /lỗi/.test(i.why))).toBe(true);
  });
});
