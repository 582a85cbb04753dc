import { describe, expect, it } from 'vitest';
import { dockerfile, fixed, positionsOf } from './test-helpers';
import { docs } from '../docs/maintainer-deprecated';

const ID = 'maintainer-deprecated';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('maintainer-deprecated', () => {
  it('catches MAINTAINER', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'MAINTAINER ML Team <ml@company.com>'))).toEqual([at('deprecated', 2, 1, 2, 11)]);
  });
  it('catches lower-case maintainer', () => {
    expect(positionsOf(ID, dockerfile('from python:3.11-slim', 'maintainer ml@company.com'))).toEqual([at('deprecated', 2, 1, 2, 11)]);
  });

  it('does not catch LABEL maintainer', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL maintainer="ml@company.com"'))).toEqual([]));
  it('does not catch other labels', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL author="ML Team" version="1.0"'))).toEqual([]));
  it('does not catch the word in a RUN', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN echo MAINTAINER'))).toEqual([]));
  it('does not catch the word in a comment', () =>
    expect(positionsOf(ID, dockerfile('# MAINTAINER ml@company.com', 'FROM python:3.11-slim'))).toEqual([]));
  it('does not catch an ENV named MAINTAINER', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ENV MAINTAINER=ml@company.com'))).toEqual([]));

  it('does not catch the OCI authors label that replaces it', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL org.opencontainers.image.authors="ML Team <ml@company.com>"'))).toEqual([]));
  it('does not catch LABEL maintainer in the legacy form (legacy-key-value reports that)', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'LABEL maintainer ml@company.com'))).toEqual([]));
  it('does not catch a maintainer key on a LABEL continuation line, after a comment', () => {
    const src = dockerfile('FROM python:3.11-slim', 'LABEL description="House price API" \\', '# who to page', '      maintainer="ml@company.com" \\', '      version="1.0"');
    expect(positionsOf(ID, src)).toEqual([]);
  });
  it('does not catch MAINTAINER lines in a heredoc body', () => {
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'COPY <<EOF /app/AUTHORS', 'MAINTAINER ML Team <ml@company.com>', 'EOF'))).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'echo "MAINTAINER ml@company.com" > /etc/motd', 'EOF'))).toEqual([]);
  });
  it('does not catch an ARG named MAINTAINER passed into the label', () => {
    const src = dockerfile('ARG MAINTAINER=ml@company.com', 'FROM python:3.11-slim', 'ARG MAINTAINER', 'LABEL maintainer="${MAINTAINER}"');
    expect(positionsOf(ID, src)).toEqual([]);
  });
  it('does not catch a multi-stage, lower-case file with label maintainer in its final stage', () => {
    const src = dockerfile('from python:3.11 as builder', 'run pip wheel -r requirements.txt -w /wheels', 'from python:3.11-slim', 'label maintainer="ml@company.com"', 'copy --from=builder /wheels /wheels');
    expect(positionsOf(ID, src)).toEqual([]);
  });
  it('does not catch ONBUILD LABEL maintainer or the word as an exec-form argument', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ONBUILD LABEL maintainer="ml@company.com"', 'CMD ["git", "log", "--author", "MAINTAINER"]'))).toEqual([]));

  it('fixes it into LABEL maintainer with quotes', () => {
    const out = fixed(ID, dockerfile('FROM python:3.11-slim', 'MAINTAINER ML Team <ml@company.com>', 'CMD ["python", "app.py"]'));
    expect(out).toBe(dockerfile('FROM python:3.11-slim', 'LABEL maintainer="ML Team <ml@company.com>"', 'CMD ["python", "app.py"]'));
    expect(positionsOf(ID, out)).toEqual([]);
    expect(positionsOf('syntax-error', out)).toEqual([]);
    expect(positionsOf('legacy-key-value', out)).toEqual([]);
  });
  it('keeps lower case and escapes quotes and dollars', () => {
    const out = fixed(ID, dockerfile('from python:3.11-slim', 'maintainer Bob "the $builder"'));
    expect(out).toBe(dockerfile('from python:3.11-slim', 'label maintainer="Bob \\"the \\$builder\\""'));
    expect(positionsOf(ID, out)).toEqual([]);
    expect(positionsOf('syntax-error', out)).toEqual([]);
  });
  it('drops quotes already around the whole value', () => {
    expect(fixed(ID, dockerfile('FROM python:3.11-slim', 'MAINTAINER "ml@company.com"'))).toBe(
      dockerfile('FROM python:3.11-slim', 'LABEL maintainer="ml@company.com"'),
    );
  });

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});
