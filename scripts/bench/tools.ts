// The analyzers compared by `npm run bench`: ours and the JavaScript peers (devDependencies).
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzerBundle } from './bundle';

export interface Tool {
  name: string;
  /** Analyse one file; the result is returned so the work cannot be optimised away. */
  run(text: string): unknown;
}

const require = createRequire(import.meta.url);

const emptyConfigDir = mkdtempSync(join(tmpdir(), 'bench-dockerfilelint-'));

export async function loadTools(): Promise<Tool[]> {
  const dockerfilelint = require('dockerfilelint') as { run(config: string | undefined, text: string): unknown };
  const dockerfileUtils = require('dockerfile-utils') as { validate(text: string): unknown };
  const dockerfileAst = require('dockerfile-ast') as { DockerfileParser: { parse(text: string): unknown } };
  const { analyze } = (await import((await analyzerBundle()).url)) as typeof import('../../lib/dockerfile');
  const tools: Tool[] = [
    { name: 'ours', run: (text) => analyze(text).findings.length },
    // dockerfilelint reads an optional .dockerfilelintrc from the folder it is given: an empty one.
    { name: 'dockerfilelint', run: (text) => dockerfilelint.run(emptyConfigDir, text) },
    { name: 'dockerfile-utils', run: (text) => dockerfileUtils.validate(text) },
    { name: 'dockerfile-ast (parse only)', run: (text) => dockerfileAst.DockerfileParser.parse(text) },
  ];
  const linter = await loadDockerlinter();
  if (linter) tools.splice(2, 0, linter);
  return tools;
}

/** dockerlinter's `lint` prints and spawns ShellCheck; run its parse + lint steps directly, ShellCheck off. */
async function loadDockerlinter(): Promise<Tool | null> {
  try {
    const base = 'dockerlinter';
    const { parseToLines } = await import(`${base}/lib/parser.js`);
    const { directivesParser, getEscape, parseFromAliases } = await import(`${base}/lib/directives.js`);
    const { groupLinesByInstruction, groupByCommand, replaceArgAndEnv, getInlineIgnores } = await import(`${base}/lib/groups.js`);
    const { default: lints } = await import(`${base}/lib/lints.js`);
    const { getErrors, cleanErrors } = await import(`${base}/lib/errors.js`);
    return {
      name: 'dockerlinter',
      run(text) {
        cleanErrors();
        const lines = parseToLines(text);
        const inlineIgnores = getInlineIgnores(lines);
        const parserDirectives = directivesParser(lines);
        const escape = getEscape(parserDirectives);
        const groups = replaceArgAndEnv(groupByCommand(groupLinesByInstruction(lines, escape)), escape);
        const aliases = parseFromAliases(groups);
        const parsedFile = { lines, parserDirectives, escape, groups, aliases, inlineIgnores };
        for (const check of Object.values(lints) as ((file: unknown) => void)[]) check(parsedFile);
        return getErrors().length;
      },
    };
  } catch (error) {
    console.error(`dockerlinter could not be loaded: ${(error as Error).message}`);
    return null;
  }
}
