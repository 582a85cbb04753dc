import { describe, expect, it } from 'vitest';
import { parse } from './parse';
import { baseName, commandsOf, findFlag, hasFlag, lostEffect, programName, unwrap } from './query';

const commands = (run: string) => commandsOf(parse(`FROM debian\nRUN ${run}\n`).instructions[1]!);

describe('unwrap', () => {
  it('reads a command through sudo and env as the program they run, named without its folder', () => {
    const [cmd] = parse('FROM debian\nRUN sudo -E env A=1 /usr/bin/apt-get install -y curl\n').instructions[1]!.shell!.commands;
    const real = unwrap(cmd!);
    expect(real.name).toBe('/usr/bin/apt-get');
    expect(programName(real)).toBe('apt-get');
    expect(real.args.map((w) => w.value)).toEqual(['install', '-y', 'curl']);
    expect(real.range).toEqual(cmd!.range);
  });

  it('leaves a command without a wrapper as it is', () => {
    const [cmd] = parse('FROM debian\nRUN pip install x\n').instructions[1]!.shell!.commands;
    expect(unwrap(cmd!)).toBe(cmd);
  });
});

describe('commandsOf', () => {
  it('answers the unwrapped commands of every script of a RUN, heredoc bodies included', () => {
    const run = parse('FROM debian\nRUN sudo pip install x && bash <<EOF\nexec /opt/bin/uv sync\nEOF\n').instructions[1]!;
    expect(commandsOf(run).map(programName)).toEqual(['pip', 'bash', 'uv']);
  });

  it('answers the same list on every ask', () => {
    const run = parse('FROM debian\nRUN apt-get update\n').instructions[1]!;
    expect(commandsOf(run)).toBe(commandsOf(run));
    expect(commands('true').map(programName)).toEqual(['true']);
  });

  it('reads an exec-form RUN as the one command its array runs, through sudo, with no shell in between', () => {
    const [cmd] = commands('["sudo", "/usr/bin/pip", "install", "a b", "$HOME"]');
    expect(programName(cmd!)).toBe('pip');
    expect(cmd!.args.map((w) => w.value)).toEqual(['install', 'a b', '$HOME']);
    expect(commands('["pip", "install", "x"] ').length).toBe(1);
    // CMD's array is what the container runs, not a build step.
    expect(commandsOf(parse('FROM debian\nCMD ["pip", "install", "x"]\n').instructions[1]!)).toEqual([]);
  });
});

describe('an exec-form RUN read as its shell', () => {
  it('spans each word on its JSON string, quotes included, so raw never equals the value', () => {
    const run = parse('FROM debian\nRUN  ["apt-get", "install", "-y"]\n').instructions[1]!;
    const [cmd] = run.shell!.commands;
    expect(cmd!.nameWord!.range).toEqual({ line: 2, column: 7, endLine: 2, endColumn: 16 });
    expect(cmd!.args.map((w) => [w.raw, w.value, w.quoted])).toEqual([['"install"', 'install', true], ['"-y"', '-y', true]]);
    expect(cmd!.range).toEqual({ line: 2, column: 7, endLine: 2, endColumn: 33 });
    // Text appended after the last word would land inside the array: unterminated, as for an open quote.
    expect([cmd!.operatorBefore, cmd!.piped, run.shell!.unterminated, run.shell!.hasPipefail]).toEqual([null, false, true, false]);
    expect(commandsOf(run)).toBe(commandsOf(run));
  });

  it('has no command for an empty array, and no shell for the array of any other instruction', () => {
    const [, empty, cmd, entrypoint] = parse('FROM debian\nRUN []\nCMD ["a"]\nENTRYPOINT ["b"]\n').instructions;
    expect(empty!.shell!.commands).toEqual([]);
    expect([cmd, entrypoint].map((instruction) => instruction!.shell)).toEqual([null, null]);
  });

  it('maps its words through its own document, whatever was parsed before', () => {
    expect(parse('FROM a\n\n\nRUN echo one two three four five\n').instructions[1]!.shell!.commands).toHaveLength(1);
    const run = parse('FROM debian:12-slim AS base\nRUN ["pip", "install", "x"]\n').instructions[1]!;
    const [cmd] = run.shell!.commands;
    expect(cmd!.args.map((w) => w.range)).toEqual([
      { line: 2, column: 13, endLine: 2, endColumn: 22 },
      { line: 2, column: 24, endLine: 2, endColumn: 27 },
    ]);
    expect(cmd!.range).toEqual({ line: 2, column: 6, endLine: 2, endColumn: 27 });
  });
});

describe('lostEffect', () => {
  it('names what a command that ends with its shell was meant to do', () => {
    expect(commands('cd /app; export A=1; umask 0027; . /venv/bin/activate; set -e; B=2').map(lostEffect)).toEqual([
      'cd',
      'export',
      'umask',
      'source',
      'shell',
      'export',
    ]);
  });

  it('is null for a command whose work stays in the image, and for names on the object prototype', () => {
    expect(commands('mkdir /app && constructor && toString').map(lostEffect)).toEqual([null, null, null]);
  });
});

describe('findFlag and hasFlag', () => {
  const command = (line: string) => commandsOf(parse(`FROM debian:12\nRUN ${line}\n`).instructions[1]!)[0]!;

  it('find a short flag inside a cluster and a long one with or without a value', () => {
    expect(findFlag(command('curl -fsSLk https://x'), ['-k', '--insecure'])?.value).toBe('-fsSLk');
    expect(findFlag(command('curl --insecure=1 https://x'), ['-k', '--insecure'])?.value).toBe('--insecure=1');
    expect(hasFlag(command('apt-get -qy install curl'), '-y')).toBe(true);
  });

  it('find no flag in a longer long flag, in operands after --, or in a long flag for a short name', () => {
    expect(findFlag(command('curl --insecurely https://x'), ['--insecure'])).toBeUndefined();
    expect(findFlag(command('curl -- -k'), ['-k'])).toBeUndefined();
    expect(hasFlag(command('apt-get --keep install curl'), '-y')).toBe(false);
    expect(hasFlag(command('apt-get install curl'), '-y', '--yes')).toBe(false);
  });
});

describe('baseName', () => {
  it('answers the last segment of a path, and a name without a slash as it is', () => {
    expect(baseName('/usr/local/bin/uvicorn')).toBe('uvicorn');
    expect(baseName('python3')).toBe('python3');
    expect(baseName('/opt/venv/bin/')).toBe('');
  });
});
