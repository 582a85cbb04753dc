// The analyzer CLI's logic, with file access and output injected so tests can drive it.
// Contract (PRODUCT.md, a public interface):
//   [--format json|text] [--dockerignore FILE] [--exercise ID] FILE...
//   JSON: {"files":[{"path","findings":[{rule,severity,line,column,endLine,endColumn,message,aliases,fix?}],"grade"?}]}
//   exit 0: no error finding · 1: an error finding · 2: bad usage or unreadable file (message on stderr)
import type { Analysis } from '../lib/dockerfile/analyze';
import type { AnalyzeOptions, Finding } from '../lib/dockerfile/types';
import type { Grade, Rubric } from '../lib/dockerfile/rubric';

export interface CliIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

interface Grader {
  grade(analysis: Analysis, rubric: Rubric, context?: { dockerignore?: string; contextFiles?: readonly string[]; contextTexts?: Readonly<Record<string, string>> }): Grade;
  /** The exercise's rubric, the files of its build context (a COPY may misspell one) and their contents (the pins pip reads). */
  getExercise(id: string): { rubric: Rubric; contextFiles?: readonly string[]; contextTexts?: Readonly<Record<string, string>> } | undefined;
}

export interface CliDeps {
  analyze(source: string, options?: AnalyzeOptions): Analysis;
  loadGrader(): Promise<Grader>;
}

const USAGE = 'usage: analyze [--format json|text] [--dockerignore FILE] [--exercise ID] FILE...\n';

interface CliArgs {
  format: 'json' | 'text';
  dockerignore?: string;
  exercise?: string;
  files: string[];
}

function parseArgs(argv: string[]): CliArgs | string {
  const args: CliArgs = { format: 'json', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // `--` ends the options, as in every POSIX tool: a Dockerfile named `--x` can still be read.
    if (arg === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    }
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (name) {
      case '--format': {
        const format = value();
        if (format !== 'json' && format !== 'text') return `--format must be json or text, got ${format ?? 'nothing'}`;
        args.format = format;
        break;
      }
      case '--dockerignore': {
        const file = value();
        if (!file) return '--dockerignore needs a file';
        args.dockerignore = file;
        break;
      }
      case '--exercise': {
        const id = value();
        if (!id) return '--exercise needs an exercise id (q1…q10)';
        args.exercise = id;
        break;
      }
      case '-h':
      case '--help':
        return 'help';
      default:
        if (arg.startsWith('--')) return `unknown option ${arg}`;
        args.files.push(arg);
    }
  }
  if (args.files.length === 0) return 'no Dockerfile given';
  return args;
}

function jsonFinding(finding: Finding) {
  const { rule, severity, line, column, endLine, endColumn, message, aliases, fix } = finding;
  return { rule, severity, line, column, endLine, endColumn, message, aliases, ...(fix ? { fix } : {}) };
}

/**
 * A file as an editor shows it: a UTF-8 byte order mark opening the file is no character of line 1
 * (editors hide it, Docker skips it), so line 1's columns are counted without it, as on every other line.
 */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function runCli(argv: string[], io: CliIo, deps: CliDeps): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    io.stderr(`analyze: ${args}\n${USAGE}`);
    return 2;
  }

  let dockerignore: string | undefined;
  if (args.dockerignore !== undefined) {
    try {
      dockerignore = withoutBom(io.readFile(args.dockerignore));
    } catch (error) {
      io.stderr(`analyze: cannot read ${args.dockerignore}: ${(error as Error).message}\n`);
      return 2;
    }
  }

  let grader: Grader | undefined;
  let rubric: Rubric | undefined;
  let contextFiles: readonly string[] | undefined;
  let contextTexts: Readonly<Record<string, string>> | undefined;
  if (args.exercise !== undefined) {
    grader = await deps.loadGrader();
    const exercise = grader.getExercise(args.exercise);
    rubric = exercise?.rubric;
    contextFiles = exercise?.contextFiles;
    contextTexts = exercise?.contextTexts;
    if (!rubric) {
      io.stderr(`analyze: unknown exercise ${args.exercise} (expected q1…q10)\n`);
      return 2;
    }
  }

  const sources: { path: string; source: string }[] = [];
  for (const path of args.files) {
    try {
      sources.push({ path, source: withoutBom(io.readFile(path)) });
    } catch (error) {
      io.stderr(`analyze: cannot read ${path}: ${(error as Error).message}\n`);
      return 2;
    }
  }

  const options: AnalyzeOptions = {
    ...(dockerignore !== undefined ? { dockerignore } : {}),
    ...(rubric?.enable ? { enable: rubric.enable } : {}),
  };
  const results = sources.map(({ path, source }) => {
    const analysis = deps.analyze(source, options);
    const context = { ...(dockerignore !== undefined ? { dockerignore } : {}), ...(contextFiles ? { contextFiles } : {}), ...(contextTexts ? { contextTexts } : {}) };
    const grade = grader && rubric ? grader.grade(analysis, rubric, context) : undefined;
    return { path, analysis, grade };
  });

  if (args.format === 'json') {
    const files = results.map(({ path, analysis, grade }) => ({
      path,
      findings: analysis.findings.map(jsonFinding),
      ...(grade ? { grade } : {}),
    }));
    io.stdout(`${JSON.stringify({ files })}\n`);
  } else {
    for (const { path, analysis, grade } of results) {
      const shown = printable(path);
      for (const f of analysis.findings) io.stdout(`${shown}:${f.line}:${f.column} ${f.severity} ${f.rule} ${printable(f.message)}\n`);
      if (!grade) continue;
      // What the score is missing, item by item, at the first line involved: the JSON has every item.
      for (const item of grade.items) {
        if (item.status !== 'fail') continue;
        const at = item.lines.length > 0 ? `${shown}:${Math.min(...item.lines)}` : shown;
        io.stdout(`${at}: chưa đạt ${item.id} ${printable(item.label)}: ${printable(item.why)}\n`);
      }
      io.stdout(`${shown}: ${grade.passed}/${grade.graded} mục đạt (${grade.score}%)\n`);
    }
  }

  return results.some(({ analysis }) => analysis.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** Control characters and line breaks a message quotes from the file (binary junk, a stray ESC): escaped, so a finding stays one line and the terminal is not driven. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
