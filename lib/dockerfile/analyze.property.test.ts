// Property tests: no input can crash the analyzer or put a finding outside the text; results are
// deterministic; quick fixes remove their finding, never introduce a syntax error or a finding of
// another rule, and change no word a RUN runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { anyText, editedChapterDockerfile, realisticDockerfile } from './arbitraries';
import { analysisProblems, fixProblems } from './soundness';

/** What every analysis must be (see soundness.ts): no rule failing, every finding inside the text. */
function expectSound(text: string) {
  expect(analysisProblems(text), text.slice(0, 2_000)).toEqual([]);
}

describe('analyze on any input', () => {
  it('returns findings inside the text, without a rule failing', () => {
    fc.assert(
      fc.property(anyText, expectSound),
      { numRuns: 400 },
    );
  });

  it("returns findings inside the text, without a rule failing, on edited copies of the chapter's Dockerfiles", () => {
    fc.assert(
      fc.property(editedChapterDockerfile, expectSound),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, realisticDockerfile), (text) => {
        expect(analyze(text).findings).toEqual(analyze(text).findings);
      }),
      { numRuns: 150 },
    );
  });

  it('survives megabyte lines, thousands of continuations and unterminated heredocs', () => {
    const inputs = [
      `FROM python:3.11-slim\nRUN echo ${'x'.repeat(1_000_000)}\n`,
      `FROM python:3.11-slim\nRUN true \\\n${'  && echo x \\\n'.repeat(5_000)}  && echo end\n`,
      `FROM python:3.11-slim\nRUN <<EOF\n${'echo line\n'.repeat(10_000)}`,
      `FROM python:3.11-slim\nRUN echo \\`,
      '\uD800'.repeat(10_000),
      '\u0000\r\r\n'.repeat(10_000),
    ];
    for (const text of inputs) expectSound(text);
  });
});

describe('quick fixes', () => {
  it('remove their finding, add no syntax error or finding of another rule, and change no word a RUN runs', () => {
    fc.assert(
      fc.property(fc.oneof(realisticDockerfile, editedChapterDockerfile), (text) => {
        expect(fixProblems(text), text).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
