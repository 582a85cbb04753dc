import { describe, expect, it } from 'vitest';
import { dockerfile, findingsOf, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/apt-lists-cleanup';

const ID = 'apt-lists-cleanup';
const at = (line: number, column: number, endColumn: number) => ({ messageId: 'missing', line, column, endLine: line, endColumn });

describe(ID, () => {
  it('catches apt-get install without removing the lists', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl'))).toEqual([at(2, 23, 38)]);
  });

  it('catches a cleanup done in a later RUN (the lists stay in the earlier layer)', () => {
    const src = dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl', 'RUN rm -rf /var/lib/apt/lists/*');
    expect(positionsOf(ID, src)).toEqual([at(2, 23, 38)]);
  });

  it('catches an install in a heredoc body', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF'))).toEqual([at(4, 1, 16)]);
  });

  it('catches a stage the final stage is built FROM', () => {
    const src = dockerfile('FROM debian:12 AS base', 'RUN apt-get update && apt-get install -y curl', 'FROM base', 'CMD ["curl"]');
    expect(positionsOf(ID, src)).toEqual([at(2, 23, 38)]);
  });

  it('catches when only /var/cache/apt is a cache mount (the lists still land in the layer)', () => {
    const src = dockerfile('FROM debian:12', 'RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl');
    expect(positionsOf(ID, src)).toEqual([at(2, 64, 79)]);
  });

  it('catches a cleanup that an apt-get update after it undoes, and fixes it at the end', () => {
    const before = dockerfile('FROM debian:12', 'RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl');
    expect(positionsOf(ID, before)).toEqual([at(2, 54, 69)]);
    expect(fixed(ID, before)).toBe(dockerfile('FROM debian:12', 'RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*'));
    expect(positionsOf(ID, fixed(ID, before))).toEqual([]);
    const between = dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/* \\', ' && apt-get update && apt-get install -y git');
    expect(positionsOf(ID, between)).toEqual([at(2, 23, 38)]);
  });

  it('does not catch a cleanup after the last update, whatever follows it', () => {
    const src = dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/* && apt-get clean && curl --version');
    expect(positionsOf(ID, src)).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && apt-get update; apt-get dist-clean'))).toEqual([]);
  });

  it('does not catch rm -rf /var/lib/apt/lists/* in the same RUN', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*'))).toEqual([]);
  });

  it("does not catch rm of apt's whole folder, which holds the lists", () => {
    for (const path of ['/var/lib/apt', '/var/lib/apt/', '/var/lib/apt/*']) {
      expect(positionsOf(ID, dockerfile('FROM debian:12', `RUN apt-get update && apt-get install -y curl && rm -rf ${path}`)), path).toEqual([]);
    }
  });

  it('still catches rm of a folder beside the lists, or of one inside them', () => {
    const at2 = (column: number) => [{ messageId: 'missing', line: 2, column, endLine: 2, endColumn: column + 15 }];
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/mirrors'))).toEqual(at2(23));
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/partial'))).toEqual(at2(23));
  });

  it('does not catch rm of the lists folder itself, or among other paths', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && rm -rf /tmp/* /var/lib/apt/lists/* /var/tmp/*'))).toEqual([]);
  });

  it('does not catch the cleanup in a multi-line RUN or heredoc', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update \\', '  && apt-get install -y curl \\', '  && apt-get clean \\', '  && rm -rf /var/lib/apt/lists/*'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'rm -rf /var/lib/apt/lists/*', 'EOF'))).toEqual([]);
  });

  it('does not catch cache mounts on /var/cache/apt and /var/lib/apt', () => {
    const src = dockerfile(
      'FROM debian:12',
      'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\',
      '    --mount=type=cache,target=/var/lib/apt,sharing=locked \\',
      '    apt-get update && apt-get install -y curl',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a thrown-away builder stage', () => {
    const src = dockerfile('FROM debian:12 AS build', 'RUN apt-get update && apt-get install -y gcc', 'FROM debian:12-slim', 'COPY --from=build /out /out');
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch RUNs without apt installs', () => {
    expect(positionsOf(ID, dockerfile('FROM alpine:3.20', 'RUN apk add --no-cache curl'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get purge -y gcc'))).toEqual([]);
  });

  it('catches an exec-form RUN, with no quick fix (an array runs no `&&`)', () => {
    const text = dockerfile('FROM debian:12', 'RUN ["apt-get", "install", "-y", "curl"]');
    expect(positionsOf(ID, text)).toEqual([{ messageId: 'missing', line: 2, column: 6, endLine: 2, endColumn: 26 }]);
    expect(findingsOf(ID, text)[0]!.fix).toBeUndefined();
  });

  it('does not catch non-shell heredocs', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN python3 <<EOF', 'print("apt-get install -y curl")', 'EOF'))).toEqual([]);
  });

  it('does not catch a tmpfs mount on the lists folder', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y curl'))).toEqual([]);
  });

  it('does not catch a cache mount written with dst= and quotes', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN --mount=type=cache,dst="/var/lib/apt" apt-get update && apt-get install -y curl'))).toEqual([]);
  });

  it('does not catch apt-get dist-clean, which deletes the lists too (apt 2.7 on)', () => {
    const src = dockerfile('FROM debian:trixie', 'RUN set -eux; \\', '  apt-get update; \\', '  apt-get install -y --no-install-recommends curl; \\', '  apt-get dist-clean');
    expect(positionsOf(ID, src)).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:trixie', 'RUN apt install -y curl && sudo apt dist-clean'))).toEqual([]);
    // `distclean` is the command's own name, `dist-clean` its alias.
    expect(positionsOf(ID, dockerfile('FROM debian:13-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get distclean'))).toEqual([]);
  });

  it('catches apt-get clean alone (it keeps the lists) and dist-clean in a later RUN', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get install -y curl && apt-get clean'))).toEqual([at(2, 5, 20)]);
    expect(positionsOf(ID, dockerfile('FROM debian:trixie', 'RUN apt-get install -y curl', 'RUN apt-get dist-clean'))).toEqual([at(2, 5, 20)]);
  });

  it('does not catch a sudo-wrapped cleanup', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN sudo apt-get install -y curl && sudo rm -rf /var/lib/apt/lists/*'))).toEqual([]);
  });

  it('does not catch the other ways rm of the lists is written', () => {
    for (const rm of ['rm -rf /var/lib/apt/lists/', 'rm -rf -- /var/lib/apt/lists/*', '/bin/rm -rf /var/lib/apt/lists/*', 'rm -rf "/var/lib/apt/lists/"*', 'rm --recursive --force /var/lib/apt/lists/*']) {
      const src = dockerfile('FROM debian:12', `RUN apt-get update && apt-get install -y --no-install-recommends curl && ${rm}`);
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });

  it('does not catch the official images style: set -eux and commands separated by ;', () => {
    const src = dockerfile(
      'FROM debian:12-slim',
      'RUN set -eux; \\',
      '    apt-get update; \\',
      '    apt-get install -y --no-install-recommends ca-certificates wget; \\',
      '    rm -rf /var/lib/apt/lists/*',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch an install inside a subshell or an if, cleaned up after it', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN (apt-get update && apt-get install -y curl) && rm -rf /var/lib/apt/lists/*'))).toEqual([]);
    const conditional = dockerfile(
      'FROM debian:12',
      'ARG WITH_GIT=0',
      'RUN if [ "$WITH_GIT" = 1 ]; then apt-get update && apt-get install -y git; fi; \\',
      '    rm -rf /var/lib/apt/lists/*',
    );
    expect(positionsOf(ID, conditional)).toEqual([]);
  });

  it('does not catch a cleaned RUN with comment lines between its continuation lines', () => {
    const src = dockerfile(
      'FROM python:3.11-slim',
      'RUN apt-get update \\',
      '    # curl for the HEALTHCHECK',
      '    && apt-get install -y --no-install-recommends curl \\',
      '    # the lists are not needed at run time',
      '    && rm -rf /var/lib/apt/lists/*',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch a cleaned install run through env, xargs, a pipe or apt', () => {
    for (const src of [
      dockerfile('FROM debian:12', 'RUN apt-get update && env DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata && rm -rf /var/lib/apt/lists/*'),
      dockerfile('FROM debian:12', 'ARG DEBIAN_FRONTEND=noninteractive', 'RUN apt-get update && apt-get install -y tzdata && rm -rf /var/lib/apt/lists/*'),
      dockerfile('FROM debian:12', 'COPY packages.txt /tmp/', 'RUN apt-get update && xargs apt-get install -y < /tmp/packages.txt && rm -rf /var/lib/apt/lists/*'),
      dockerfile('FROM debian:12', 'RUN apt-get update && yes | apt-get install curl && rm -rf /var/lib/apt/lists/*'),
      dockerfile('FROM ubuntu:22.04', 'RUN apt update && apt install -y curl && rm -rf /var/lib/apt/lists/*'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });

  it('does not catch a cleanup in a bash heredoc, a tab-stripped heredoc, or dist-clean in a heredoc', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN bash <<EOF', 'set -e', 'apt-get update', 'apt-get install -y curl', 'rm -rf /var/lib/apt/lists/*', 'EOF'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN <<-EOT', '\tapt-get update', '\tapt-get install -y curl', '\trm -rf /var/lib/apt/lists/*', '\tEOT'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM debian:trixie', 'RUN <<EOF', 'set -eux', 'apt-get update', 'apt-get install -y --no-install-recommends curl', 'apt-get dist-clean', 'EOF'))).toEqual([]);
  });

  it('does not catch cache mounts on the lists folder or a parent of it, however the target is spelled', () => {
    for (const mount of [
      '--mount=type=cache,target=/var/lib/apt/lists',
      '--mount=type=cache,id=apt-lib,target=/var/lib/apt/,sharing=locked',
      '--mount=type=cache,destination=/var/lib/apt',
      '--mount=type=cache,target=/var/lib',
    ]) {
      const src = dockerfile('FROM debian:12', `RUN ${mount} apt-get update && apt-get install -y curl`);
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });

  it('does not catch stages that do not ship', () => {
    const twoBuilders = dockerfile(
      'FROM debian:12 AS build',
      'RUN apt-get update && apt-get install -y gcc make',
      'FROM debian:12 AS docs',
      'RUN apt-get update && apt-get install -y pandoc',
      'FROM scratch',
      'COPY --from=build /out/app /app',
      'COPY --from=docs /out/docs /docs',
    );
    expect(positionsOf(ID, twoBuilders)).toEqual([]);
    // The build stage branches off the shared base; the final stage is built from the base, not from it.
    const sibling = dockerfile(
      'FROM debian:12-slim AS base',
      'RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*',
      'FROM base AS build',
      'RUN apt-get update && apt-get install -y build-essential',
      'FROM base',
      'COPY --from=build /out/app /usr/local/bin/app',
    );
    expect(positionsOf(ID, sibling)).toEqual([]);
  });

  it('does not catch a cleaned base stage under a final stage without apt', () => {
    const src = dockerfile(
      'FROM python:3.11-slim AS base',
      'RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*',
      'FROM base',
      'COPY . /app',
      'CMD ["python", "/app/main.py"]',
    );
    expect(positionsOf(ID, src)).toEqual([]);
  });

  it('does not catch apt commands that install nothing: a simulated install, apt-cache, apt-mark, dpkg', () => {
    for (const src of [
      dockerfile('FROM debian:12', 'RUN apt-get install -s curl'),
      dockerfile('FROM debian:12', 'RUN apt-cache policy curl && apt-mark hold curl'),
      dockerfile('FROM debian:12', 'COPY tool.deb /tmp/', 'RUN dpkg -i /tmp/tool.deb && rm /tmp/tool.deb'),
    ]) {
      expect(positionsOf(ID, src), src).toEqual([]);
    }
  });

  it('does not catch package managers of distros without apt', () => {
    expect(positionsOf(ID, dockerfile('FROM fedora:40', 'RUN dnf install -y curl && dnf clean all'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN pip install --no-cache-dir requests'))).toEqual([]);
  });

  it('does not catch apt-get install only written as text', () => {
    expect(positionsOf(ID, dockerfile('FROM debian:12', 'RUN echo "run apt-get install -y curl to debug" > /etc/motd'))).toEqual([]);
  });

  it('fires on docs.bad and not on docs.good', () => {
    expect(findingsOf(ID, docs.bad)).toHaveLength(1);
    expect(findingsOf(ID, docs.good)).toEqual([]);
  });

  it('fixes by appending the cleanup after the last apt command', () => {
    const src = dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && apt-get clean && pip install x');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && apt-get clean && rm -rf /var/lib/apt/lists/* && pip install x'));
    expect(findingsOf(ID, out)).toEqual([]);
    expect(findingsOf('syntax-error', out)).toEqual([]);
  });

  it('keeps continuation lines valid when fixing', () => {
    const src = dockerfile('FROM debian:12', 'RUN apt-get update \\', '    && apt-get install -y \\', '       curl \\', '       git');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM debian:12', 'RUN apt-get update \\', '    && apt-get install -y \\', '       curl \\', '       git && rm -rf /var/lib/apt/lists/*'));
    expect(findingsOf(ID, out)).toEqual([]);
    expect(findingsOf('syntax-error', out)).toEqual([]);
  });

  it('appends after the whole pipeline, never inside it', () => {
    const src = dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl | tee /tmp/log');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl | tee /tmp/log && rm -rf /var/lib/apt/lists/*'));
  });

  it('fixes inside a heredoc body', () => {
    const src = dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF');
    const out = fixed(ID, src);
    expect(out).toBe(dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl && rm -rf /var/lib/apt/lists/*', 'EOF'));
    expect(findingsOf(ID, out)).toEqual([]);
    expect(findingsOf('syntax-error', out)).toEqual([]);
  });

  it('offers no fix when the last apt command leaves a quote open (the cleanup would be quoted too)', () => {
    const src = dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y "curl \\', '    && echo done');
    expect(positionsOf(ID, src)).toHaveLength(1);
    expect(findingsOf(ID, src)[0]!.fix).toBeUndefined();
    expect(findingsOf(ID, dockerfile('FROM debian:12', "RUN apt-get update && apt-get install -y 'curl"))[0]!.fix).toBeUndefined();
  });
  it('offers no fix when the last apt command leaves a backtick, a $( or a ${ open', () => {
    expect(findingsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y lib${X-dev ; echo'))[0]!.fix).toBeUndefined();
    expect(findingsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl `echo ; rm -rf /tmp/x'))[0]!.fix).toBeUndefined();
    expect(findingsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl $(echo ; rm -rf /tmp/x'))[0]!.fix).toBeUndefined();
  });
  it('offers no fix when the last apt command ends on a backslash the shell reads (the cleanup would be escaped)', () => {
    // With backtick escapes, a `\` at the end of the line reaches the shell, which would escape the blank before `&&`.
    const src = dockerfile('# escape=`', 'FROM debian:12', 'RUN apt-get update && apt-get install -y --no-install-recommends curl\\');
    expect(positionsOf(ID, src)).toHaveLength(1);
    expect(findingsOf(ID, src)[0]!.fix).toBeUndefined();
  });
  it('offers no fix when a redirection of the last apt command leaves a quote open', () => {
    expect(findingsOf(ID, dockerfile('FROM debian:12', 'RUN apt-get update && xargs apt-get install -y < "/tmp/deps.txt'))[0]!.fix).toBeUndefined();
  });
  it('still fixes a command continued with a backtick escape, or with a comment line holding a quote', () => {
    const backtick = dockerfile('# escape=`', 'FROM debian:12', 'RUN apt-get update && apt-get install -y `', '    curl');
    expect(fixed(ID, backtick)).toBe(dockerfile('# escape=`', 'FROM debian:12', 'RUN apt-get update && apt-get install -y `', '    curl && rm -rf /var/lib/apt/lists/*'));
    const comment = dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y \\', "    # don't forget curl", '    curl');
    expect(findingsOf(ID, comment)[0]!.fix).toBeDefined();
  });
  it('offers no fix when a quote is opened and a later comment line holds a quote of its own', () => {
    const src = dockerfile('FROM debian:12', "RUN apt-get update && apt-get install -y curl 'x \\", '# one', "# don't", '    git');
    expect(findingsOf(ID, src)[0]!.fix).toBeUndefined();
  });
  it('still fixes after quotes, $( and ${ that are closed, escaped or mixed', () => {
    const src = dockerfile('FROM debian:12', String.raw`RUN apt-get update && apt-get install -y "lib\"x" 'a'"b" ` + '${PKG} $(cat /tmp/list)');
    expect(findingsOf(ID, src)[0]!.fix).toBeDefined();
  });
});
