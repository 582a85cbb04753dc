// How a Dockerfile writes its instruction keywords: upper case (`RUN`), lower case (`run`) or mixed.
// instruction-casing reports the keywords that break with the file's majority; a quick fix that
// inserts an instruction writes it in that majority, so that it adds no such finding.
import { KNOWN_INSTRUCTIONS } from './parse/instructions';
import type { DockerfileAst, Instruction } from './types';

export type Casing = 'upper' | 'lower' | 'mixed';

/** Lower-case spelling of each keyword, so the common casings are told apart without new strings. */
const LOWER_KEYWORDS = new Map([...KNOWN_INSTRUCTIONS].map((keyword) => [keyword, keyword.toLowerCase()]));

export function casingOf(word: string): Casing {
  if (word === word.toUpperCase()) return 'upper';
  if (word === word.toLowerCase()) return 'lower';
  return 'mixed';
}

/**
 * Casing of a known keyword as written. The parser's `keyword` is `keywordRaw.toUpperCase()`, so the
 * usual spellings compare with it (or its lower-case form) directly; only rarer ones build strings.
 */
export function keywordCasing(instruction: Instruction): Casing {
  if (instruction.keywordRaw === instruction.keyword) return 'upper';
  if (instruction.keywordRaw === LOWER_KEYWORDS.get(instruction.keyword)) return 'lower';
  return casingOf(instruction.keywordRaw);
}

/**
 * How many known keywords are written in upper and in lower case, out of how many. ONBUILD's
 * wrapped instruction is written by the learner too, so it counts like any other.
 */
export function countCasings(instructions: readonly Instruction[]): { upper: number; lower: number; known: number } {
  let upper = 0;
  let lower = 0;
  let known = 0;
  for (const top of instructions) {
    for (let instruction: Instruction | null = top; instruction; instruction = instruction.onbuild) {
      if (!KNOWN_INSTRUCTIONS.has(instruction.keyword)) continue;
      known++;
      const casing = keywordCasing(instruction);
      if (casing === 'upper') upper++;
      else if (casing === 'lower') lower++;
    }
  }
  return { upper, lower, known };
}

/** The casing an instruction added to the file should be written in. */
export function majorityCasing(ast: DockerfileAst): 'upper' | 'lower' {
  if (ast.keywordsNotUpper === 0) return 'upper';
  const { upper, lower } = countCasings(ast.instructions);
  return lower > upper ? 'lower' : 'upper';
}

export function inCase(word: string, casing: Casing): string {
  return casing === 'lower' ? word.toLowerCase() : word.toUpperCase();
}

/** A keyword to write in place of `instruction`'s: in lower case when that one is, else in upper case. */
export function inCaseOf(instruction: Instruction, keyword: string): string {
  return inCase(keyword, instruction.keywordRaw === instruction.keywordRaw.toLowerCase() ? 'lower' : 'upper');
}
