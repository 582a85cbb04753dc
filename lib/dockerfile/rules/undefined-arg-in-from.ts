// `FROM python:${VERSION}` only sees ARGs declared before the first FROM: an ARG inside a stage,
// or none at all, leaves the variable empty and the image name broken.
import { defineRule } from '../rule';
import type { Range } from '../types';

/** Set by BuildKit for every build, usable in FROM without a declaration. */
const AUTOMATIC_ARGS = new Set([
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
]);

interface VariableUse {
  name: string;
  range: Range;
}

/** `$X` and `${X}` in a piece of text written on one line; `${X:-default}` always has a value, so it is skipped. */
function variablesIn(text: string, range: Range): VariableUse[] {
  if (range.line !== range.endLine) return [];
  const uses: VariableUse[] = [];
  const pattern = /\\?\$(?:\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].startsWith('\\')) continue;
    const modifier = m[2] ?? '';
    if (/^:?[-=]/.test(modifier)) continue;
    const name = m[1] ?? m[3] ?? '';
    const column = range.column + m.index;
    uses.push({ name, range: { line: range.line, column, endLine: range.line, endColumn: column + m[0].length } });
  }
  return uses;
}

export default defineRule({
  meta: {
    id: 'undefined-arg-in-from',
    severity: 'warning',
    category: 'syntax',
    aliases: ['UndefinedArgInFrom'],
    lesson: { question: 5, anchor: 'advanced-conditional-stages' },
    messages: {
      undefined: 'Biến {{name}} dùng trong FROM chưa được khai báo: thêm `ARG {{name}}=…` ở đầu file, trước FROM đầu tiên.',
    },
    fixable: false,
  },
  check(context) {
    const declared = new Set(context.ast.globalArgs.map((pair) => pair.key));
    for (const stage of context.ast.stages) {
      const from = stage.from;
      const pieces: { text: string; range: Range }[] = from.args.map((arg) => ({ text: arg.value, range: arg.range }));
      for (const flag of from.flags) if (flag.value !== null && flag.valueRange) pieces.push({ text: flag.value, range: flag.valueRange });
      for (const piece of pieces) {
        for (const use of variablesIn(piece.text, piece.range)) {
          if (declared.has(use.name) || AUTOMATIC_ARGS.has(use.name)) continue;
          context.report({ messageId: 'undefined', range: use.range, data: { name: use.name } });
        }
      }
    }
  },
});
