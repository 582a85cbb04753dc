// Without WORKDIR, `COPY . .` drops the application into `/` next to bin/, etc/ and usr/.
import { argsEndBeforeTrailingComment, isCopyOrAdd, isRelativePath, JsonValue, unquoteWord } from '../context-sources';
import { baseImageOf, isOfficialImage, isScratch, isVerifiedPublisher, setsWorkdir } from '../images';
import { instructionsWithParents } from '../query';
import { defineRule } from '../rule';
import type { DockerfileAst, Instruction, Stage, Token } from '../types';

/** The destination word of a COPY/ADD, or null when it cannot be told. */
function destinationOf(instruction: Instruction): Token | null {
  const json = instruction.json;
  if (json) return json.values.length > 0 ? new JsonValue(json, json.values.length - 1) : null;
  // `COPY a .   # comment` (as the lessons write it) is judged as meant, as the other COPY rules do.
  const args = instruction.args;
  const end = argsEndBeforeTrailingComment(args);
  return end < 2 ? null : args[end - 1]!;
}

/** The stage's first COPY/ADD to a relative destination before any WORKDIR (its parents' included), or null. */
function relativeCopyBeforeWorkdir(ast: DockerfileAst, stage: Stage): { destination: Token; dest: string } | null {
  for (const instruction of instructionsWithParents(ast, stage)) {
    if (instruction.keyword === 'WORKDIR') return null;
    if (instruction.stageIndex !== stage.index) continue;
    if (!isCopyOrAdd(instruction)) continue;
    const destination = destinationOf(instruction);
    if (!destination) continue;
    const dest = instruction.json ? destination.value : unquoteWord(destination.value);
    if (isRelativePath(dest)) return { destination, dest };
  }
  return null;
}

export default defineRule({
  meta: {
    id: 'workdir-missing',
    severity: 'info',
    category: 'runtime',
    lesson: { question: 7, anchor: 'dockerfile-checklist-cho-ml-models' },
    messages: {
      missing: 'Chưa có WORKDIR nên "{{dest}}" là thư mục gốc "/": thêm WORKDIR /app trước lệnh này.',
    },
  },
  inspectStage(stage, context) {
    const { ast } = context;
    // The copy first: most stages set a WORKDIR before copying, and then the base image is never read.
    const copied = relativeCopyBeforeWorkdir(ast, stage);
    if (!copied) return;
    const root = baseImageOf(ast, stage);
    // An unknown base may set its own WORKDIR: only judge images we know.
    if (!root || root.unresolved) return;
    if (!isScratch(root) && !isOfficialImage(root) && !isVerifiedPublisher(root)) return;
    if (setsWorkdir(root)) return;
    context.report({ messageId: 'missing', range: copied.destination.range, data: { dest: copied.dest } });
  },
});
