// Measures how much of the seed chapter the lessons carry: every code block verbatim, every line of
// prose, table and list with markup ignored. Same algorithm as the course's shared content check, kept
// in the project so the guarantee holds in CI without that tool.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface MissingPiece {
  /** 1-based line in the seed. */
  line: number;
  text: string;
}

export interface Coverage {
  codeBlocks: { total: number; missing: MissingPiece[] };
  prose: { total: number; missing: MissingPiece[] };
  /** Share of seed pieces found, 0–100. */
  percent: number;
}

const CONTENT_FILE = /\.(mdx?|json|ya?ml|ts|tsx)$/;
const FENCE = /^\s*```/;
const SEPARATOR = /^\s*(---|\|[-\s|]+\|)\s*$/;
const RELATIVE_MD_LINK = /\]\(\.\/.*\.md\)/;

/** Prose is compared without markup: emphasis, code ticks, escapes, list and table punctuation, spaces. */
export function plainText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\\(.)/g, '$1')
    .replace(/[*_`|>#-]/g, ' ')
    .replace(/^\s*\d+\.\s/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every file under `dir` that can hold lesson text, in a stable order. */
export function readContentFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (CONTENT_FILE.test(name)) files.push(readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

export function measureCoverage(seedSource: string, contentSources: string[]): Coverage {
  const seed = seedSource.replace(/\r\n/g, '\n');
  const content = contentSources.map((source) => source.replace(/\r\n/g, '\n')).join('\n');
  const contentCode = content
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
  const contentPlain = plainText(content);

  const blocks: MissingPiece[] = [];
  const prose: MissingPiece[] = [];
  let inBlock = false;
  let body: string[] = [];
  let start = 0;
  seed.split('\n').forEach((line, index) => {
    if (FENCE.test(line)) {
      if (inBlock) blocks.push({ line: start, text: body.join('\n') });
      inBlock = !inBlock;
      body = [];
      start = index + 2;
      return;
    }
    if (inBlock) body.push(line.trimEnd());
    else if (!SEPARATOR.test(line) && !RELATIVE_MD_LINK.test(line)) {
      const plain = plainText(line);
      if (plain.length >= 3) prose.push({ line: index + 1, text: plain });
    }
  });

  const missingBlocks = blocks.filter((block) => !contentCode.includes(block.text));
  const missingProse = prose.filter((piece) => !contentPlain.includes(piece.text));
  const total = blocks.length + prose.length;
  const found = total - missingBlocks.length - missingProse.length;
  return {
    codeBlocks: { total: blocks.length, missing: missingBlocks },
    prose: { total: prose.length, missing: missingProse },
    percent: total === 0 ? 100 : (100 * found) / total,
  };
}

/** Human-readable list of what is missing, for a failing test or a CI log. */
export function describeMissing(coverage: Coverage, limit = 20): string {
  const lines = [
    ...coverage.codeBlocks.missing.map((b) => `missing code block at seed line ${b.line}: ${(b.text.split('\n')[0] ?? '').slice(0, 80)}`),
    ...coverage.prose.missing.map((p) => `missing line ${p.line}: ${p.text.slice(0, 100)}`),
  ];
  return lines.slice(0, limit).join('\n');
}
