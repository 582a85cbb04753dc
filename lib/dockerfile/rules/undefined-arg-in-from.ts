// `FROM python:${VERSION}` only sees ARGs declared before the first FROM: an ARG inside a stage,
// or none at all, leaves the variable empty and the image name broken.
import { defineRule } from '../rule';
import type { Range } from '../types';

/** Set by BuildKit for every build, usable in FROM without a declaration. */
const AUTOMATIC_ARGS = new Set([
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
]);

/** `$X` and `${X}` (with `\$` escaped); a modifier as in `${X:-default}` is checked separately. */
const VARIABLE = /\\?\$(?:\{([A-Za-z_]\w*)([^}]*)\}|([A-Za-z_]\w*))/g;
/** `${X:-default}` and `${X:=default}` always have a value. */
const DEFAULT_MODIFIER = /^:?[-=]/;

export default defineRule({
  meta: {
    id: 'undefined-arg-in-from',
    category: 'syntax',
    aliases: ['UndefinedArgInFrom'],
    lesson: { question: 5, anchor: 'advanced-conditional-stages' },
    messages: {
      undefined: 'Biến {{name}} dùng trong FROM chưa được khai báo: thêm `ARG {{name}}=…` ở đầu file, trước FROM đầu tiên.',
    },
  },
  // Each FROM as analyze's pass reaches it: a walk over the stages after the pass read a
  // 10,000-line tree again, out of the CPU cache.
  on: ['FROM'],
  inspect(from, context) {
    // Built at the first variable met: most files have none in FROM.
    let declared: Set<string> | undefined;
    // Variables in a piece of text written on one line (a piece that spans lines is not checked).
    const checkPiece = (text: string, range: Range) => {
      if (range.line !== range.endLine) return;
      VARIABLE.lastIndex = 0;
      for (let m = VARIABLE.exec(text); m; m = VARIABLE.exec(text)) {
        if (m[0].startsWith('\\') || DEFAULT_MODIFIER.test(m[2] ?? '')) continue;
        const name = m[1] ?? m[3] ?? '';
        declared ??= new Set(context.ast.globalArgs.map((pair) => pair.key));
        if (declared.has(name) || AUTOMATIC_ARGS.has(name)) continue;
        const column = range.column + m.index;
        context.report({ messageId: 'undefined', range: { line: range.line, column, endLine: range.line, endColumn: column + m[0].length }, data: { name } });
      }
    };
    // Only a `$` names a variable: without one, the words and their ranges are not even built.
    if (from.argsText.includes('$')) {
      for (const arg of from.args) {
        if (arg.value.includes('$')) checkPiece(arg.value, arg.range);
      }
    }
    for (let i = 0; i < from.flags.length; i++) {
      const flag = from.flags[i]!;
      if (flag.value === null || !flag.value.includes('$')) continue;
      const range = flag.valueRange;
      if (range) checkPiece(flag.value, range);
    }
  },
});
