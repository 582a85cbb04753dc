import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { dockerfileBlocks } from '../content/seed-blocks';
import { analyze, formatMessage } from './analyze';
import { parse } from './parse';
import { rules, rulesById } from './rules';

describe('formatMessage', () => {
  it('fills every placeholder, spaces inside the braces allowed', () => {
    expect(formatMessage('Dùng {{image}} thay cho {{ other }}.', { image: 'python:3.11-slim', other: 3 })).toBe('Dùng python:3.11-slim thay cho 3.');
  });

  it('keeps unknown keys and text that only looks like a placeholder as written', () => {
    expect(formatMessage('{{missing}} và {{ }} và {{a-b}} và {{x', { x: 1 })).toBe('{{missing}} và {{ }} và {{a-b}} và {{x');
  });

  it('reads the innermost pair when braces repeat, as the old regex did', () => {
    expect(formatMessage('{{{a}}}', { a: 'A' })).toBe('{A}');
    expect(formatMessage('{{a}}{{b}}', { a: 1, b: 2 })).toBe('12');
  });

  it('returns a template without placeholders unchanged', () => {
    expect(formatMessage('Không có gì để thay.')).toBe('Không có gì để thay.');
  });
});

describe('inline ignores', () => {
  const found = (source: string) => analyze(source).findings.filter((f) => f.rule === 'no-cd').map((f) => f.line);

  it('silence a rule, by id or alias, for the instruction on the next line across all its lines', () => {
    expect(found('FROM debian:12.5\nRUN cd /x && make\n')).toEqual([2]);
    expect(found('FROM debian:12.5\n# hocdocker-ignore no-cd\nRUN cd /x && \\\n    make\nRUN cd /y && make\n')).toEqual([5]);
    expect(found('FROM debian:12.5\n# hadolint ignore=DL3003, DL3008 reason\nRUN cd /x && make\nRUN cd /y && make\n')).toEqual([4]);
  });

  it('silence a rule for the whole file, wherever the pragma stands', () => {
    expect(found('# hadolint global ignore=DL3003\nFROM debian:12.5\nRUN cd /x && make\n')).toEqual([]);
    expect(found('FROM debian:12.5\nRUN cd /x && make\n# hocdocker-ignore-file no-cd\n')).toEqual([]);
  });

  it('keep what they silence apart, in order, for grading', () => {
    const { findings, suppressed } = analyze('FROM debian:12.5\n# hocdocker-ignore no-cd\nRUN cd /x && make\n# hadolint ignore=DL3003\nRUN cd /y && make\n');
    expect(findings.filter((f) => f.rule === 'no-cd')).toEqual([]);
    expect(suppressed.map((f) => [f.rule, f.line])).toEqual([['no-cd', 3], ['no-cd', 5]]);
    expect(analyze('FROM debian:12.5\nRUN cd /x && make\n').suppressed).toEqual([]);
  });

  it('ignore comments that only look like a pragma', () => {
    expect(found('FROM debian:12.5\n#hocdocker-ignore-filex no-cd\nRUN cd /x && make\n# hadolint  globalignore=DL3003\n')).toEqual([3]);
  });
});

describe('finding order', () => {
  it('sorts by line, column, then rule id', () => {
    const { findings } = analyze('FROM python\nRUN apt-get install curl\n');
    const keys = findings.map((f) => [f.line, f.column, f.rule] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    expect(keys).toEqual(sorted);
    expect(new Set(findings.map((f) => f.line))).toEqual(new Set([1, 2]));
  });
});

describe('rules that inspect one instruction at a time', () => {
  const seed = readFileSync(fileURLToPath(new URL('../content/fixtures/01-docker.seed.md', import.meta.url)), 'utf8');
  const sources = [...dockerfileBlocks(seed).map((block) => block.text), 'FROM alpine\nONBUILD RUN apk add curl\nRUN sudo apt-get install curl && cd /x\n'];

  /** Each rule on its own, through its own `check`: what analyze must find when it runs them together. */
  function standalone(source: string): string[] {
    const ast = parse(source);
    const found: string[] = [];
    for (const rule of rules) {
      if (!rule.meta.defaultEnabled) continue;
      rule.check({ ast, options: {}, report: (d) => found.push(`${d.range.line}:${d.range.column} ${rule.meta.id} ${d.messageId}`) });
    }
    return found.sort();
  }

  it('exist, and analyze finds with them together exactly what each finds alone', () => {
    expect(rules.filter((rule) => rule.inspect).length).toBeGreaterThan(10);
    for (const source of sources) {
      const together = analyze(source).findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.messageId}`).sort();
      expect(together).toEqual(standalone(source));
    }
  });

  it('are shown only the instructions of the keywords they name in `on`', () => {
    const rule = rulesById.get('workdir-absolute')!;
    expect(rule.on).toEqual(['WORKDIR']);
    const seen: string[] = [];
    const inspect = rule.inspect!;
    const spy = vi.spyOn(rule, 'inspect').mockImplementation((instruction, context) => {
      seen.push(instruction.keyword);
      inspect(instruction, context);
    });
    try {
      const { findings } = analyze('FROM alpine\nWORKDIR app\nRUN true\nworkdir /srv\nCOPY . .\n');
      expect(seen).toEqual(['WORKDIR', 'WORKDIR']);
      expect(findings.filter((f) => f.rule === 'workdir-absolute').map((f) => f.line)).toEqual([2]);
    } finally {
      spy.mockRestore();
    }
  });

  it('stop at the instruction where one throws, keep what it reported before, and the other rules go on', () => {
    const rule = rulesById.get('apt-assume-yes')!;
    const inspect = rule.inspect!;
    let calls = 0;
    const spy = vi.spyOn(rule, 'inspect').mockImplementation((instruction, context) => {
      if (instruction.keyword === 'RUN' && ++calls === 2) throw new Error('hỏng');
      inspect(instruction, context);
    });
    try {
      const { findings, ruleErrors } = analyze('FROM debian\nRUN apt-get install curl\nRUN apt-get install git\nRUN apt-get install vim\n');
      expect(ruleErrors).toEqual([{ rule: 'apt-assume-yes', error: 'hỏng' }]);
      expect(findings.filter((f) => f.rule === 'apt-assume-yes').map((f) => f.line)).toEqual([2]);
      expect(findings.filter((f) => f.rule === 'apt-no-install-recommends').map((f) => f.line)).toEqual([2, 3, 4]);
    } finally {
      spy.mockRestore();
    }
  });

  it('a rule that judges stages is judged once per stage, and stops at the stage where it throws', () => {
    const source = 'FROM alpine AS a\nCMD a\nCMD b\nFROM alpine AS b\nCMD c\nCMD d\nFROM alpine\nCMD e\nCMD f\nRUN apt-get install curl\n';
    // Unharmed, it reports the first CMD of each of the three stages.
    expect(analyze(source).findings.filter((f) => f.rule === 'single-cmd').map((f) => f.line)).toEqual([2, 5, 8]);
    const rule = rulesById.get('single-cmd')!;
    const inspectStage = rule.inspectStage!;
    const judged: number[] = [];
    const spy = vi.spyOn(rule, 'inspectStage').mockImplementation((stage, context) => {
      judged.push(stage.index);
      if (stage.index === 1) throw new Error('hỏng');
      inspectStage(stage, context);
    });
    try {
      const { findings, ruleErrors } = analyze(source);
      expect(judged).toEqual([0, 1]);
      expect(ruleErrors).toEqual([{ rule: 'single-cmd', error: 'hỏng' }]);
      expect(findings.filter((f) => f.rule === 'single-cmd').map((f) => f.line)).toEqual([2]);
      expect(findings.some((f) => f.rule === 'apt-assume-yes' && f.line === 10)).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it('a rule whose check throws is named, and costs no other rule its findings', () => {
    const rule = rulesById.get('cmd-missing')!;
    const spy = vi.spyOn(rule, 'check').mockImplementation(() => {
      throw new Error('hỏng');
    });
    try {
      const { findings, ruleErrors } = analyze('FROM debian\nRUN apt-get install curl\n');
      expect(ruleErrors).toEqual([{ rule: 'cmd-missing', error: 'hỏng' }]);
      expect(findings.some((f) => f.rule === 'apt-assume-yes')).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('commands after the analysis', () => {
  // analyze drops the commands of the stages the image does not ship once they are judged; what
  // reads the tree afterwards (grading, the editor's views) gets them parsed again, the same.
  const source = 'FROM python:3.12 AS build\nRUN pip wheel -w /w . && ls /w\nFROM python:3.12-slim\nRUN apt-get update && apt-get install -y curl\n';

  it('are there, whole, in every stage, shipped or not', () => {
    const { ast } = analyze(source);
    const names = (index: number) => ast.instructions[index]!.shell?.commands.map((command) => command.name);
    expect(names(1)).toEqual(['pip', 'ls']);
    expect(names(3)).toEqual(['apt-get', 'apt-get']);
    expect(ast.instructions[1]!.shell?.commands[1]!.range).toEqual({ line: 2, column: 26, endLine: 2, endColumn: 31 });
  });

  it('are what parse alone gives', () => {
    const parsed = parse(source).instructions.map((instruction) => instruction.shell?.commands.map((command) => command.args.map((word) => word.value)));
    const analysed = analyze(source).ast.instructions.map((instruction) => instruction.shell?.commands.map((command) => command.args.map((word) => word.value)));
    expect(analysed).toEqual(parsed);
  });
});
