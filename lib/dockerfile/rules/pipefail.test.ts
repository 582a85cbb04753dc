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

  it('does not catch the download written to a file first, then unpacked (no pipe)', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN curl -fsSL -o a.tgz https://x.io/a.tgz && tar -xzf a.tgz && rm a.tgz'))).toEqual([]);
  });

  it("does not catch alpine's ash with -eo pipefail, or lower-case shell and run", () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]', 'RUN wget -qO- https://x.io/a.tgz | tar -xz'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'shell ["/bin/bash", "-o", "pipefail", "-c"]', 'run cat a | sort'))).toEqual([]);
  });

  it('does not catch a Windows cmd SHELL', () => {
    const src = dockerfile('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'SHELL ["cmd", "/S", "/C"]', 'RUN dir /b | findstr Windows');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch yes piped into an installer', () => {
    expect(positionsOf(ID, dockerfile('FROM ubuntu:22.04', 'RUN yes | ./install.sh'))).toEqual([]);
  });

  it('does not catch set -o pipefail before a pipe split over continuation lines', () => {
    const src = dockerfile('FROM ubuntu:22.04', 'RUN set -o pipefail && \\', '    curl -fsSL https://x.io/a.tgz \\', '    | tar -xz -C /opt');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a pipe in a heredoc copied as a file, or in a comment', () => {
    const script = dockerfile('FROM ubuntu:22.04', 'COPY <<EOF /usr/local/bin/top-words', '#!/bin/sh', 'tr -s " " "\\n" < "$1" | sort | uniq -c', 'EOF');
    expect(positionsOf(ID, script)).toEqual([]);
    const comment = dockerfile('FROM ubuntu:22.04', '# RUN curl -fsSL https://x.io/install.sh | sh', 'RUN apt-get update && apt-get install -y --no-install-recommends curl');
    expect(positionsOf(ID, comment)).toEqual([]);
  });

  it('does not catch a builder stage with pipefail whose output is copied into the final stage', () => {
    const src = dockerfile(
      'FROM ubuntu:22.04 AS fetch',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'RUN curl -fsSL https://x.io/a.tgz | tar -xz -C /opt',
      'FROM ubuntu:22.04',
      'COPY --from=fetch /opt /opt',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });


  it('fires on docs.bad and not on docs.good', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
