// Rule parity (after ESLint's checkRuleFiles): every rule of the catalog has its file, its test
// (through the helpers that count its firing and quiet cases), complete metadata, a lesson anchor
// that exists, and the id/severity/aliases RULES.md fixes.
// Run: `npx tsx scripts/check-rules.ts` (also enforced by scripts/check-rules.test.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleDocs } from '../lib/dockerfile/docs';
import { rules } from '../lib/dockerfile/rules';
import { LESSON_SLUGS } from '../lib/dockerfile/lessons';

const root = fileURLToPath(new URL('..', import.meta.url));
const rulesDir = join(root, 'lib/dockerfile/rules');
// The catalog is part of the repo (docs/spec/RULES.md); the shared original is compared when present.
const specFile = join(root, 'docs/spec/RULES.md');
const sharedSpecFile = join(root, '../shared/spec/RULES.md');

export interface CatalogRow {
  id: string;
  severity: string;
  aliases: string[];
}

/** Rows of RULES.md's tables: | `id` | severity | fires when | aliases |. */
export function readCatalog(markdown: string): CatalogRow[] {
  const rows: CatalogRow[] = [];
  for (const line of markdown.split('\n')) {
    const m = /^\| `([a-z0-9-]+)` \| (error|warning|info) \| .* \| (.*) \|$/.exec(line);
    if (!m) continue;
    const aliases = (m[3] ?? '')
      .split(',')
      .map((a) => a.replace(/\(.*?\)/g, '').trim())
      .filter((a) => a && a !== '—' && /^[A-Za-z][\w…]*$/.test(a));
    rows.push({ id: m[1]!, severity: m[2]!, aliases });
  }
  return rows;
}

/** Heading ids of each lesson (`{/*id*\/}` after a heading), by question number. */
function lessonAnchors(): Map<number, Set<string>> {
  const anchors = new Map<number, Set<string>>();
  const dir = join(root, 'content/docker');
  if (!existsSync(dir)) return anchors;
  for (const [question, slug] of Object.entries(LESSON_SLUGS)) {
    const file = readdirSync(dir).find((name) => name.endsWith(`-${slug}.mdx`));
    if (!file) continue;
    const ids = new Set<string>();
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^#{2,6} .*\{\/\*\s*([a-z0-9-]+)\s*\*\/\}\s*$/gm)) ids.add(m[1]!);
    anchors.set(Number(question), ids);
  }
  return anchors;
}

export function checkRuleParity(): string[] {
  const problems: string[] = [];
  const anchors = lessonAnchors();
  const ids = rules.map((r) => r.meta.id);
  if (new Set(ids).size !== ids.length) problems.push('duplicate rule ids in the registry');

  for (const { meta } of rules) {
    const where = `rule ${meta.id}`;
    if (!existsSync(join(rulesDir, `${meta.id}.ts`))) problems.push(`${where}: no file rules/${meta.id}.ts`);
    const testFile = join(rulesDir, `${meta.id}.test.ts`);
    if (!existsSync(testFile)) problems.push(`${where}: no test rules/${meta.id}.test.ts`);
    // The helpers count the test's firing and quiet cases and fail it below two quiet ones per firing one.
    else if (!readFileSync(testFile, 'utf8').includes("from './test-helpers'")) problems.push(`${where}: its test does not use ./test-helpers (which counts its cases)`);
    if (Object.keys(meta.messages).length === 0) problems.push(`${where}: no messages`);
    for (const [key, text] of Object.entries(meta.messages)) {
      if (!text.trim() || /TODO/.test(text)) problems.push(`${where}: message ${key} is empty`);
    }
    const docs = ruleDocs[meta.id];
    if (!existsSync(join(rulesDir, '..', 'docs', `${meta.id}.ts`)) || !docs) problems.push(`${where}: no docs docs/${meta.id}.ts`);
    for (const field of ['summary', 'why', 'bad', 'good', 'fix'] as const) {
      if (docs && (!docs[field].trim() || /TODO/.test(docs[field]))) problems.push(`${where}: docs.${field} is empty`);
    }
    const lessonIds = anchors.get(meta.lesson.question);
    if (!lessonIds) problems.push(`${where}: lesson ${meta.lesson.question} not found`);
    else if (!lessonIds.has(meta.lesson.anchor)) problems.push(`${where}: lesson ${meta.lesson.question} has no heading #${meta.lesson.anchor}`);
  }

  for (const file of readdirSync(rulesDir)) {
    const id = file.replace(/\.test\.ts$|\.ts$/, '');
    if (file === 'index.ts' || file === 'test-helpers.ts') continue;
    if (!ids.includes(id)) problems.push(`rules/${file} is not a registered rule`);
  }

  if (existsSync(sharedSpecFile) && readFileSync(sharedSpecFile, 'utf8') !== readFileSync(specFile, 'utf8')) {
    problems.push('docs/spec/RULES.md differs from ../shared/spec/RULES.md: copy the current catalog');
  }
  {
    const catalog = readCatalog(readFileSync(specFile, 'utf8'));
    const catalogIds = catalog.map((row) => row.id);
    if (catalogIds.join(',') !== ids.join(',')) problems.push('registry order or ids differ from RULES.md');
    for (const row of catalog) {
      const rule = rules.find((r) => r.meta.id === row.id);
      if (!rule) {
        problems.push(`RULES.md rule ${row.id} is missing`);
        continue;
      }
      if (rule.meta.severity !== row.severity) problems.push(`rule ${row.id}: severity ${rule.meta.severity}, RULES.md says ${row.severity}`);
      for (const alias of row.aliases) {
        const expanded = alias.includes('…') ? [alias.replace(/….*/, '')] : [alias];
        if (!expanded.every((a) => rule.meta.aliases.some((own) => own === a || (alias.includes('…') && own.startsWith(a.replace(/\d+$/, '')))))) {
          problems.push(`rule ${row.id}: alias ${alias} from RULES.md is missing`);
        }
      }
    }
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = checkRuleParity();
  for (const problem of problems) console.log(problem);
  console.log(problems.length === 0 ? `rule parity: ${rules.length} rules OK` : `rule parity: ${problems.length} problems`);
  process.exit(problems.length === 0 ? 0 : 1);
}
