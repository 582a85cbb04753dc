import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ShellCommand } from '../types';
import { parse } from './index';
import { isShellCommand, parseShell } from './shell';

/** One line read in place: logical index i is column i + 1. */
const rangeOf = (start: number, end: number) => ({ line: 1, column: start + 1, endLine: 1, endColumn: end + 1 });
const script = (text: string) => parseShell({ text, rangeOf });
const names = (text: string) => script(text).commands.map((c) => c.name);
const argv = (command: ShellCommand | undefined) => command?.args.map((a) => a.value);

describe('parseShell: separators', () => {
  it('splits on && || ; | & and records the operator before each command', () => {
    const { commands } = script('a && b || c ; d | e & f');
    expect(commands.map((c) => [c.name, c.operatorBefore, c.piped])).toEqual([
      ['a', null, false],
      ['b', '&&', false],
      ['c', '||', false],
      ['d', ';', true],
      ['e', '|', true],
      ['f', '&', false],
    ]);
  });

  it('splits on newlines in heredoc bodies but keeps an operator that ends a line', () => {
    const { commands } = script('apt-get update &&\n  apt-get install -y x\necho done\n');
    expect(commands.map((c) => [c.name, c.operatorBefore])).toEqual([
      ['apt-get', null],
      ['apt-get', '&&'],
      ['echo', ';'],
    ]);
  });

  it('joins backslash-newline inside a body', () => {
    expect(argv(script('apt-get install \\\n  curl\n').commands[0])).toEqual(['install', 'curl']);
  });
});

describe('parseShell: words', () => {
  it('removes quotes and escapes from values and keeps raw text', () => {
    const [command] = script(`echo "hello world" 'a b' c\\ d "x\\"y" $'t\\n'`).commands;
    expect(argv(command)).toEqual(['hello world', 'a b', 'c d', 'x"y', 't\\n']);
    expect(command!.args[0]!.raw).toBe('"hello world"');
    expect(command!.args.map((a) => a.quoted)).toEqual([true, true, true, true, true]);
  });

  it('counts a word as quoted only when quotes or escapes of its own were removed', () => {
    const [command] = script(`echo "$(echo 'a')" $(echo "b") \`echo "c"\` <(cat "d") plain "" '' a\\`).commands;
    expect(command!.args.map((a) => [a.raw, a.quoted])).toEqual([
      [`"$(echo 'a')"`, true],
      ['$(echo "b")', false],
      ['`echo "c"`', false],
      ['<(cat "d")', false],
      ['plain', false],
      ['""', true],
      ["''", true],
      ['a\\', true],
    ]);
  });

  it('never makes a value longer than its word, and counts any quote or backslash outside substitutions', () => {
    const piece = fc.constantFrom('a', 'b c', '"', "'", '\\', '$', '$(', ')', '`', '${', '}', '<(', ' ', '&&', ';', '|', "$'", '=', '#', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        for (const command of script(pieces.join('')).commands) {
          for (const word of [...(command.nameWord ? [command.nameWord] : []), ...command.args, ...command.assignments]) {
            expect(word.value.length).toBeLessThanOrEqual(word.raw.length);
            // Without substitutions (which keep their quotes as written), any quote or backslash makes a word quoted.
            if (!/[$`]|[<>]\(/.test(word.raw)) expect(word.quoted).toBe(/["'\\]/.test(word.raw));
          }
        }
      }),
    );
  });

  it('keeps variables, substitutions and backticks as written and never splits inside them', () => {
    const [command, next] = script('echo $HOME ${X:-a b} "$(id -u && echo x)" $(cat f | wc -l) `uname -m` $((1 + 2)) && next').commands;
    expect(argv(command)).toEqual(['$HOME', '${X:-a b}', '$(id -u && echo x)', '$(cat f | wc -l)', '`uname -m`', '$((1 + 2))']);
    expect(command!.piped).toBe(false);
    expect(next!.name).toBe('next');
  });

  it('reads a substitution through the quotes and backticks inside it', () => {
    const [command] = script('echo ${X:-`date +%}`} $(echo ")" `echo )`) "a`echo "b c"`d" y').commands;
    expect(argv(command)).toEqual(['${X:-`date +%}`}', '$(echo ")" `echo )`)', 'a`echo "b c"`d', 'y']);
  });

  it('gives each word its exact range', () => {
    const { commands } = script('  pip  install "a b"');
    expect(commands[0]!.nameWord!.range).toEqual(rangeOf(2, 5));
    expect(commands[0]!.args[1]!.range).toEqual(rangeOf(15, 20));
    expect(commands[0]!.range).toEqual(rangeOf(2, 20));
  });

  it('drops comments that start a word', () => {
    expect(names('echo a # && rm -rf /\nls')).toEqual(['echo', 'ls']);
    expect(argv(script('echo a#b').commands[0])).toEqual(['a#b']);
  });
});

describe('parseShell: redirections', () => {
  it('drops redirections and their targets from the arguments', () => {
    const [command] = script('curl -fsSL x > /tmp/f 2>&1 < in >> log 2> /dev/null &>all <<<"str"').commands;
    expect(argv(command)).toEqual(['-fsSL', 'x']);
  });

  it('keeps process substitution as a word', () => {
    expect(argv(script('diff <(a) >(b)').commands[0])).toEqual(['<(a)', '>(b)']);
  });

  it('drops a heredoc marker but keeps the command', () => {
    expect(script('cat <<EOF > /etc/x').commands.map((c) => [c.name, c.args.length])).toEqual([['cat', 0]]);
  });
});

describe('parseShell: compound commands', () => {
  it('finds the commands inside subshells and groups', () => {
    expect(names('(cd /x && make) || { echo fail; exit 1; }')).toEqual(['cd', 'make', 'echo', 'exit']);
  });

  it('reads through if, for, while and case', () => {
    expect(names('if [ -f x ]; then rm x; elif true; then :; else echo no; fi')).toEqual(['[', 'rm', 'true', ':', 'echo']);
    expect(names('for p in a b c; do pip install $p; done')).toEqual(['pip']);
    expect(names('while read l; do echo $l; done < f')).toEqual(['read', 'echo']);
    expect(names('case "$arch" in amd64) a=x ;; arm64|aarch64) apk add y ;; *) echo bad; exit 1 ;; esac; ls')).toEqual([
      '',
      'apk',
      'echo',
      'exit',
      'ls',
    ]);
  });

  it('reads keywords literally when quoted or not in command position', () => {
    expect(names('echo if then fi')).toEqual(['echo']);
    expect(names('"if" x')).toEqual(['if']);
  });
});

describe('parseShell: assignments, pipes, pipefail', () => {
  it('puts leading VAR=value words in assignments', () => {
    const [command, bare] = script('DEBIAN_FRONTEND=noninteractive A="b c" apt-get install -y x; B=1').commands;
    expect(command!.name).toBe('apt-get');
    expect(command!.assignments.map((a) => a.value)).toEqual(['DEBIAN_FRONTEND=noninteractive', 'A=b c']);
    expect(bare).toMatchObject({ name: '', nameWord: null });
    expect(bare!.assignments.map((a) => a.value)).toEqual(['B=1']);
  });

  it('marks both sides of a pipe', () => {
    expect(script('curl x | sh && ls').commands.map((c) => c.piped)).toEqual([true, true, false]);
    expect(script('a |& b').commands.map((c) => [c.piped, c.operatorBefore])).toEqual([
      [true, null],
      [true, '|'],
    ]);
  });

  it.each([
    ['set -o pipefail && curl x | sh', true],
    ['set -eo pipefail; curl x | sh', true],
    ['set -euxo pipefail; curl x | sh', true],
    ['set -e -o pipefail; curl x | sh', true],
    ['curl x | sh; set -o pipefail', false],
    ['set -e; curl x | sh', false],
    ['echo set -o pipefail | sh', false],
  ])('hasPipefail(%s) is %s', (text, expected) => {
    expect(script(text).hasPipefail).toBe(expected);
  });

  it.each([
    ["echo 'a", true],
    ['echo "a; rm x', true],
    ['echo `date', true],
    ['echo $(date; echo "x")', false],
    ['echo $(date', true],
    ['echo ${X:-a', true],
    ["echo $'a", true],
    ['diff <(ls a', true],
    [`echo 'a' "b\\"c" \`d\` $(e) \${f} $'g'`, false],
    ["echo \\'a", false],
    ['echo a\\', true],
    ['echo a\\ b', false],
    ['echo "a\\\\"', false],
    ['echo a\\\\', false],
  ])('unterminated(%s) is %s', (text, expected) => {
    expect(script(text).unterminated).toBe(expected);
  });
});

describe('parseShell: ranges through continuations', () => {
  it('maps words back to their source lines', () => {
    const source = 'RUN apt-get update \\\n && apt-get install -y \\\n      curl\n';
    const run = parse(source).instructions[0]!;
    const curl = run.shell!.commands[1]!.args[2]!;
    expect(curl.value).toBe('curl');
    expect(curl.range).toEqual({ line: 3, column: 7, endLine: 3, endColumn: 11 });
    expect(run.shell!.range).toEqual({ line: 1, column: 5, endLine: 3, endColumn: 11 });
  });
});

describe('isShellCommand', () => {
  it('is true for a shell that reads stdin', () => {
    const [bash, shE, python, shC] = script('bash; /bin/sh -e; python3; sh -c x').commands;
    expect([bash, shE, python, shC].map((c) => isShellCommand(c!))).toEqual([true, true, false, false]);
  });
});

describe('parseShell: robustness', () => {
  it('never throws on unbalanced input', () => {
    for (const text of ['"abc', "'abc", '$(', '${', '`', '(((', ')))', 'a &&', '| b', ';;', 'esac', 'case x in', 'for', '\\']) {
      expect(() => script(text)).not.toThrow();
    }
  });
});
