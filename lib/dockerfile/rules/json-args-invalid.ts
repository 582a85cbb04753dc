// `CMD ['python','app.py']` looks like exec form but is not JSON: Docker silently runs it through
// `/bin/sh -c` as a string, which fails at run time with a confusing "not found".
import { JSON_INSTRUCTIONS } from '../parse/instructions';
import { defineRule } from '../rule';
import { sourceText } from '../source-text';
import type { Fix, Instruction, Range, RuleContext } from '../types';

/** The JSON a learner most likely meant: single quotes made double, a trailing comma dropped. */
function repaired(text: string): string | null {
  let candidate = text.trim();
  if (!candidate.includes('"') && !candidate.includes('\\')) candidate = candidate.replace(/'/g, '"');
  candidate = candidate.replace(/,\s*\]$/, ']');
  try {
    const value: unknown = JSON.parse(candidate);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? candidate : null;
  } catch {
    return null;
  }
}

export default defineRule({
  meta: {
    id: 'json-args-invalid',
    severity: 'error',
    category: 'syntax',
    lesson: { question: 4, anchor: 'best-practices' },
    messages: {
      singleQuotes: 'Exec form phải là JSON với dấu nháy kép: Docker sẽ chạy {{instruction}} này như một chuỗi shell. Viết ["python", "app.py"].',
      trailingComma: 'Dấu phẩy thừa cuối mảng làm JSON không hợp lệ: Docker sẽ chạy {{instruction}} này như một chuỗi shell.',
      invalid: 'Mảng tham số của {{instruction}} không phải JSON hợp lệ: Docker sẽ chạy nó như một chuỗi shell. Dùng ["lệnh", "tham số"] với dấu nháy kép.',
    },
    fixable: true,
  },
  // Only these can hold JSON, themselves or in the instruction they wrap.
  on: [...JSON_INSTRUCTIONS, 'ONBUILD', 'HEALTHCHECK'],
  inspect(instruction, context) {
    checkWithWrapped(context, instruction);
  },
});

/** Checks the instruction and the ones it wraps (`ONBUILD CMD …`, `HEALTHCHECK CMD …`), in that order. */
function checkWithWrapped(context: RuleContext, instruction: Instruction): void {
  if (instruction.jsonError) reportJsonError(context, instruction.keyword, instruction.jsonError.range);
  if (instruction.onbuild) checkWithWrapped(context, instruction.onbuild);
  const healthcheckCommand = instruction.healthcheck?.command;
  if (healthcheckCommand) checkWithWrapped(context, healthcheckCommand);
}

function reportJsonError(context: RuleContext, keyword: string, range: Range): void {
  const text = sourceText(context.ast, range);
  const messageId = text.includes("'") && !text.includes('"') ? 'singleQuotes' : /,\s*\]\s*$/.test(text) ? 'trailingComma' : 'invalid';
  const json = repaired(text);
  const fix: Fix | undefined = json === null ? undefined : { title: 'Sửa thành JSON hợp lệ', edits: [{ range, text: json }] };
  context.report({ messageId, range, data: { instruction: keyword }, fix });
}
