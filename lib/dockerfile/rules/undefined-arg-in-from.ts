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
    const { ast } = context;
    // Built at the first variable met: most files have none in FROM.
    let declared: Set<string> | undefined;
    const checkPiece = (text: string, range: Range) => {
      for (const use of variablesIn(text, range)) {
        declared ??= new Set(ast.globalArgs.map((pair) => pair.key));
        if (declared.has(use.name) || AUTOMATIC_ARGS.has(use.name)) continue;
        context.report({ messageId: 'undefined', range: use.range, data: { name: use.name } });
      }
    };
    for (let s = 0; s < ast.stages.length; s++) {
      const from = ast.stages[s]!.from;
      // Only a `$` names a variable: without one, the words and their ranges are not even built.
      if (from.argsText.includes('$')) {
        for (const arg of from.args) {
          if (arg.value.includes('$')) checkPiece(arg.value, arg.range);
        }
      }
      for (const flag of from.flags) {
        if (flag.value === null || !flag.value.includes('$')) continue;
        const range = flag.valueRange;
        if (range) checkPiece(flag.value, range);
      }
    }
  },
});
