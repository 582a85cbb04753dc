import { describe, expect, it } from 'vitest';
import { parse } from '../parse';
import { commandsOf } from '../query';
import { dockerfile, findingsOf, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/consecutive-run';

const ID = 'consecutive-run';
const at = (line: number) => ({ messageId: 'consecutive', line, column: 1, endLine: line, endColumn: 4 });
const quiet = (...lines: string[]) => expect(positionsOf(ID, dockerfile('FROM debian:12', ...lines))).toEqual([]);

/** The commands the file runs, in order: a join must neither add nor drop one. */
const commandNames = (src: string) =>
  parse(src)
    .instructions.filter((i) => i.keyword === 'RUN')
    .flatMap((i) => commandsOf(i).map((c) => [c.name, ...c.args.map((a) => a.value)].join(' ')));

/** Applies the fix and checks the result: same commands, no syntax error, no finding left. */
function expectCleanJoin(src: string): string {
  const out = fixed(ID, src);
  expect(commandNames(out)).toEqual(commandNames(src));
  expect(findingsOf('syntax-error', out)).toEqual([]);
  expect(findingsOf(ID, out)).toEqual([]);
  return out;
}

describe(ID, () => {
  it('catches two RUNs in a row, once, on the second RUN', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN mkdir /app', 'RUN useradd app'))).toEqual([at(3)]);
  });

  it('catches a run of three RUNs as one finding', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN a', 'RUN b', 'RUN c'))).toEqual([at(3)]);
  });

  it('catches RUNs separated only by comments and blank lines', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN a', '', '# then b', 'RUN b'))).toEqual([at(5)]);
  });

  it('catches RUNs with the same mounts, and in each stage separately', () => {
    const src = dockerfile(
      'FROM debian:12 AS build',
      'RUN --mount=type=cache,target=/root/.cache a',
      'RUN --mount=type=cache,target=/root/.cache b',
      'FROM debian:12',
      'RUN c',
      'RUN d',
    );
    expect(positionsOf(ID, src)).toEqual([at(3), at(6)]);
  });

  it('catches shell heredoc RUNs next to each other (without offering a fix)', () => {
    const src = dockerfile('FROM debian:12', 'RUN <<EOF', 'a', 'EOF', 'RUN b');
    const [finding] = findingsOf(ID, src);
    expect(finding?.line).toBe(5);
    expect(finding?.fix).toBeUndefined();
  });

  it('does not catch RUNs separated by another instruction', () => {
    quiet('RUN a', 'WORKDIR /app', 'RUN b');
    quiet('RUN a', 'COPY . .', 'RUN b');
  });

  it('does not catch a single RUN', () => {
    quiet('RUN a && b');
  });

  it('does not catch RUNs whose --mount flags differ', () => {
    quiet('RUN --mount=type=cache,target=/var/cache/apt a', 'RUN b');
    quiet('RUN --mount=type=secret,id=token a', 'RUN --mount=type=cache,target=/root/.cache b');
  });

  it('does not catch a RUN with a --mount next to one without flags', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN --mount=type=cache,target=/root/.cache pip install x', 'RUN make'))).toEqual([]);
  });

  it('does not catch RUNs whose --network differs', () => {
    quiet('RUN --network=none a', 'RUN b');
  });

  it('does not catch exec-form RUNs', () => {
    quiet('RUN ["a"]', 'RUN ["b"]');
    quiet('RUN a', 'RUN ["b"]');
  });

  it('does not catch across a heredoc RUN whose body is not shell', () => {
    quiet('RUN a', 'RUN python3 <<EOF', 'print(1)', 'EOF', 'RUN b');
  });

  it('does not catch RUNs in different stages', () => {
    quiet('RUN a', 'FROM debian:12', 'RUN b');
  });

  it('does not catch RUNs separated by ENV or USER', () => {
    quiet('RUN a', 'ENV B=1', 'RUN b');
    quiet('RUN a', 'USER app', 'RUN b');
  });

  it('does not catch a RUN followed by ONBUILD RUN', () => {
    quiet('RUN a', 'ONBUILD RUN b');
  });

  it('does not catch a file without RUN', () => {
    quiet('COPY . .', 'CMD ["a"]');
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });

  it('fixes by joining with && \\', () => {
    const out = expectCleanJoin(dockerfile('FROM debian:12', 'RUN mkdir /app', 'RUN useradd app'));
    expect(out).toBe(dockerfile('FROM debian:12', 'RUN mkdir /app && \\', '    useradd app'));
  });

  it('joins three multi-line RUNs and keeps the comments between them', () => {
    const src = dockerfile('FROM debian:12', 'RUN apt-get update && \\', '    apt-get install -y curl', '# the user', 'RUN useradd app', '', 'RUN echo hi');
    const out = expectCleanJoin(src);
    expect(out).toBe(dockerfile('FROM debian:12', 'RUN apt-get update && \\', '    apt-get install -y curl && \\', '# the user', '    useradd app && \\', '    echo hi'));
  });

  it('joins RUNs that share mounts, keeping the flags of the first', () => {
    const src = dockerfile('FROM debian:12', 'RUN --mount=type=cache,target=/root/.cache a', 'RUN --mount=type=cache,target=/root/.cache b');
    expect(expectCleanJoin(src)).toBe(dockerfile('FROM debian:12', 'RUN --mount=type=cache,target=/root/.cache a && \\', '    b'));
  });

  it('uses the escape character of the file', () => {
    const src = '# escape=`\nFROM debian:12\nRUN a\nRUN b\n';
    expect(expectCleanJoin(src)).toBe('# escape=`\nFROM debian:12\nRUN a && `\n    b\n');
  });

  it('offers no fix when joining would change what runs', () => {
    for (const first of ['RUN cd /src', 'RUN export A=1', 'RUN a; ', 'RUN a &', 'RUN a # note', 'RUN echo "a', 'RUN echo $(a']) {
      const [finding] = findingsOf(ID, dockerfile('FROM debian:12', first, 'RUN b'));
      expect(finding?.line).toBe(3);
      expect(finding?.fix).toBeUndefined();
    }
    for (const second of ['RUN | b', 'RUN ; b', 'RUN && b', 'RUN ) b']) {
      const [finding] = findingsOf(ID, dockerfile('FROM debian:12', 'RUN a', second));
      expect(finding?.line, second).toBe(3);
      expect(finding?.fix, second).toBeUndefined();
    }
    // A RUN that starts with a subshell, a group or a negation joins as any command does.
    for (const second of ['RUN (b)', 'RUN { b; }', 'RUN ! b']) expect(findingsOf(ID, dockerfile('FROM debian:12', 'RUN a', second))[0]?.fix, second).toBeDefined();
  });

  it('offers no fix when the last RUN does nothing (ineffective-run asks to delete it; joined, its cd would read as no-cd)', () => {
    for (const last of ['RUN cd /src', 'RUN export A=1 && cd /x', 'RUN set -e']) {
      const [finding] = findingsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update', last));
      expect(finding?.line, last).toBe(3);
      expect(finding?.fix, last).toBeUndefined();
    }
    // A last RUN that does something besides changing folder still joins: no-cd already reports its cd.
    expect(findingsOf(ID, dockerfile('FROM debian:12', 'RUN a', 'RUN cd /src && make'))[0]?.fix).toBeDefined();
  });

  it('offers no fix when the first RUN ends on a backslash the shell reads (it would escape the join)', () => {
    const [finding] = findingsOf(ID, '# escape=`\nFROM debian:12\nRUN echo a\\\nRUN b\n');
    expect(finding?.line).toBe(4);
    expect(finding?.fix).toBeUndefined();
  });

  it('offers no fix under a non-POSIX SHELL', () => {
    const [finding] = findingsOf(ID, dockerfile('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'SHELL ["powershell", "-Command"]', 'RUN a', 'RUN b'));
    expect(finding?.fix).toBeUndefined();
  });

  it('fixes under a SHELL that is a POSIX shell, by any path and case', () => {
    for (const shell of ['["/bin/bash", "-o", "pipefail", "-c"]', '["sh", "-c"]', '["C:\\\\msys\\\\ZSH", "-c"]']) {
      const [finding] = findingsOf(ID, dockerfile('FROM debian:12', `SHELL ${shell}`, 'RUN a', 'RUN b'));
      expect(finding?.fix, shell).toBeDefined();
    }
    for (const shell of ['["pwsh", "-c"]', '["cmd", "/S", "/C"]', '["/bin/fish", "-c"]', 'bash -c']) {
      const [finding] = findingsOf(ID, dockerfile('FROM debian:12', `SHELL ${shell}`, 'RUN a', 'RUN b'));
      expect(finding?.fix, shell).toBeUndefined();
    }
  });
});
