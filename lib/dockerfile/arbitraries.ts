// fast-check generators of Dockerfile text shared by the property tests: arbitrary text that stresses
// a parser, the lines a learner really writes, and the chapter's Dockerfiles as a learner's edits leave them.
// Test support only (it reads the seed with node:fs): the analyzer never imports it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { dockerfileBlocks } from '../content/seed-blocks';

/** Pieces that stress a Dockerfile parser: line ends, escapes, heredocs, quotes, JSON, NUL, lone surrogates. */
export const fragment = fc.oneof(
  fc.constantFrom('\n', '\r\n', '\r', '\\\n', '\\', '`', ' ', '\t', '#', '# escape=`\n', '# syntax=docker/dockerfile:1\n'),
  fc.constantFrom('FROM ', 'RUN ', 'COPY ', 'ADD ', 'ENV ', 'ARG ', 'CMD ', 'ENTRYPOINT ', 'HEALTHCHECK ', 'ONBUILD ', 'USER ', 'EXPOSE ', 'WORKDIR ', 'LABEL '),
  fc.constantFrom('<<EOF', '<<-EOF', "<<'EOF'", 'EOF', '"', "'", '[', ']', '["a", "b"]', '${X:-y}', '$X', '$(id)', '&&', '||', '|', ';', '--mount=type=cache,target=/x', '--from=0', 'AS b'),
  fc.constantFrom('\u0000', '\uD800', '\uDFFF', '\uFEFF', 'đ', 'ế', '😀'),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
);
export const anyText = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));

/** Lines a learner really writes, many of them with quick fixes. */
const realisticLine = fc.constantFrom(
  'FROM python:3.11-slim',
  'FROM ubuntu:latest AS build',
  'from node:20',
  'RUN apt-get update',
  'RUN apt-get install curl',
  'RUN apt-get update && apt-get install -y git',
  'RUN apt-get install -y --no-install-recommends gcc && \\\n    echo done',
  'RUN pip install flask',
  'RUN pip install -r requirements.txt',
  'RUN python -m pip install numpy==1.26.0',
  'RUN apk add curl',
  'RUN echo a',
  'RUN cd /app && make',
  'ADD src /app/src',
  'ADD . /app',
  'COPY . .',
  'COPY requirements.txt .',
  'CMD python app.py',
  'ENTRYPOINT uvicorn api:app --port 8000',
  'MAINTAINER someone@example.com',
  'ENV APP_HOME /app',
  'LABEL version 1.0',
  'WORKDIR app',
  'USER root',
  'EXPOSE 8000',
  'HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1',
  'ARG VERSION=1.0',
  'RUN <<EOF\npip install flask\nEOF',
);
export const realisticDockerfile = fc.array(realisticLine, { minLength: 1, maxLength: 25 }).map((lines) => `${lines.join('\n')}\n`);

const chapterBlocks = dockerfileBlocks(readFileSync(fileURLToPath(new URL('../content/fixtures/01-docker.seed.md', import.meta.url)), 'utf8')).map((block) => block.text);
const edit = fc.oneof(
  fc.tuple(fc.constant('insert' as const), fc.nat(), fragment),
  fc.tuple(fc.constant('delete' as const), fc.nat(), fc.integer({ min: 1, max: 20 })),
  fc.tuple(fc.constant('truncate' as const), fc.nat(), fc.constant(0)),
  fc.tuple(fc.constant('lower' as const), fc.nat(), fc.integer({ min: 1, max: 30 })),
);

/** One of `texts`, then cut, pasted into and truncated the way a learner's edits leave it. */
export function editedCopyOf(texts: string[]) {
  return fc.tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([text, edits]) =>
    edits.reduce((out, [kind, at, arg]) => {
      const i = at % (out.length + 1);
      if (kind === 'insert') return out.slice(0, i) + arg + out.slice(i);
      if (kind === 'delete') return out.slice(0, i) + out.slice(i + arg);
      if (kind === 'truncate') return out.slice(0, i);
      return out.slice(0, i) + out.slice(i, i + arg).toLowerCase() + out.slice(i + arg);
    }, text),
  );
}

/** The chapter's Dockerfiles, each cut, pasted into and truncated the way a learner's edits leave them. */
export const editedChapterDockerfile = editedCopyOf(chapterBlocks);
