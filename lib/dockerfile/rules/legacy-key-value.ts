// `ENV KEY value` is the legacy form: one pair per line, and `ENV A B C` silently means A="B C".
import { defineRule } from '../rule';
import { sourceText } from '../source-text';
import type { DockerfileAst, Fix, KeyValue } from '../types';

/** The `KEY=value` spelling of a legacy pair, or null when quoting cannot be rewritten safely. */
function modernPair(ast: DockerfileAst, pair: KeyValue): string | null {
  // Read once: a pair works its ranges out on each read.
  const valueRange = pair.valueRange;
  // `ENV -- x` rewritten as `ENV --=x` would be read as a flag, leaving ENV without arguments.
  if (!valueRange || valueRange.line !== valueRange.endLine || pair.key.startsWith('--')) return null;
  const raw = sourceText(ast, valueRange).trim();
  if (!/\s/.test(raw)) return `${pair.key}=${raw}`;
  // Words with spaces: double quotes keep variables expanding, as they do in the legacy form.
  if (/["'\\`]/.test(raw)) return null;
  return `${pair.key}="${raw}"`;
}

export default defineRule({
  meta: {
    id: 'legacy-key-value',
    severity: 'info',
    category: 'syntax',
    aliases: ['LegacyKeyValueFormat'],
    lesson: { question: 3, anchor: 'cac-lenh-chinh' },
    messages: {
      legacy: '{{instruction}} {{key}} không có dấu "=": viết {{instruction}} {{key}}=giá_trị (dạng cũ dễ gây hiểu nhầm khi giá trị có dấu cách).',
    },
    fixable: true,
  },
  on: ['ENV', 'LABEL'],
  inspect(instruction, context) {
    for (const pair of instruction.pairs) {
      if (!pair.legacy) continue;
      const text = modernPair(context.ast, pair);
      const range = pair.range;
      const fix: Fix | undefined = text === null ? undefined : { title: `Viết thành ${text}`, edits: [{ range, text }] };
      context.report({
        messageId: 'legacy',
        range,
        data: { instruction: instruction.keyword, key: pair.key },
        fix,
      });
    }
  },
});
