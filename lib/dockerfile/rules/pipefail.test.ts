import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/pipefail';

const ID = 'pipefail';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'pipe', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches a pipe in the default shell, from the left command to the right one', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN curl -fsSL https://x.io/a.tgz | tar -xz'))).toEqual([at(2, 5, 44)]);
  });

  it('catches one finding per RUN even with several pipes', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN cat a | sort | uniq > b'))).toEqual([at(2, 5, 17)]);
  });

  it('catches a pipe whose left side fails further along a pipeline that starts with echo', () => {
    // `echo x | sha256sum -c -` hides nothing, but sha256sum's failure is lost in `| cat`.
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN echo x | sha256sum -c - | cat'))).toEqual([at(2, 14, 34)]);
  });

  it('catches a pipe after a SHELL with -o pipefail is replaced by one without', () => {
    const src = dockerfile('FROM ubuntu:22.04', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'SHELL ["/bin/bash", "-c"]', 'RUN cat a | sort');
    expect(positionsOf(ID, src)).toEqual([at(4, 5, 17)]);
  });

  it('catches a pipe inside a heredoc', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN <<EOF', 'wget -qO- https://x.io/k | gpg --dearmor > k.gpg', 'EOF'))).toEqual([
      at(3, 1, 49),
    ]);
  });

  it('catches a SHELL without -o pipefail', () => {
    const src = dockerfile('FROM ubuntu:22.04', 'SHELL ["/bin/bash", "-c"]', 'RUN cat a | sort');
    expect(positionsOf(ID, src)).toEqual([at(3, 5, 17)]);
  });

  it('does not catch SHELL with -o pipefail, in the stage or its base stage', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'RUN cat a | sort'))).toEqual([]);
    const chain = dockerfile('FROM ubuntu:22.04 AS base', 'SHELL ["/bin/bash", "-eo", "pipefail", "-c"]', 'FROM base', 'RUN cat a | sort');
    expect(positionsOf(ID, chain)).toEqual([]);
  });

  it('does not catch set -o pipefail before the pipe', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN set -o pipefail && cat a | sort'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN <<EOF', 'set -euo pipefail', 'cat a | sort', 'EOF'))).toEqual([]);
  });

  it('does not catch a non-POSIX SHELL (pwsh, cmd)', () => {
    const src = dockerfile('FROM mcr.microsoft.com/powershell:lts', 'SHELL ["pwsh", "-Command"]', 'RUN Get-ChildItem | Select-Object Name');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch echo or printf piped onward (nothing to hide)', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN echo "abc  a.tgz" | sha256sum -c -'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN printf "y\\n" | ./configure'))).toEqual([]);
  });

  it('does not catch || and && (not pipes)', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN make || true && make install'))).toEqual([]);
  });

  it('does not catch a pipe inside a quoted string', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN echo "a | b" > /x'))).toEqual([]);
  });

  it('does not catch a pipe inside bash -c (its own shell)', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN bash -o pipefail -c "cat a | sort"'))).toEqual([]);
  });

  it('does not catch exec-form RUN', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN ["/bin/bash", "-c", "cat a | sort"]'))).toEqual([]);
  });

  it('does not catch a pipe in CMD or HEALTHCHECK', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'HEALTHCHECK CMD curl -fs http://localhost/ | grep ok', 'CMD cat a | sort'))).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
