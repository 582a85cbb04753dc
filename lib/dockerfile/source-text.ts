// The exact source text under a range, for rules whose quick fix rewrites what the learner wrote.
import { offsetAt } from './fix';
import type { DockerfileAst, Range } from './types';

export function sourceText(ast: DockerfileAst, range: Range): string {
  const start = offsetAt(ast.source, ast.lineStarts, range.line, range.column);
  const end = offsetAt(ast.source, ast.lineStarts, range.endLine, range.endColumn);
  return ast.source.slice(start, end);
}

/** Text of a whole 1-based line, without its line break. */
export function lineText(ast: DockerfileAst, line: number): string {
  const start = ast.lineStarts[line - 1];
  if (start === undefined) return '';
  const next = ast.lineStarts[line] ?? ast.source.length;
  return ast.source.slice(start, next).replace(/\r?\n$|\r$/, '');
}
