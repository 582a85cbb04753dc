// A HEALTHCHECK that calls a tool the image lacks fails every time: the container is marked unhealthy.
import { isCopyOrAdd, JsonValue } from '../context-sources';
import { baseImageOf, shipsTool } from '../images';
import { installsPackage, packageName } from '../packages';
import { baseName, commandsOf, finalStageOf, instructionsWithParents } from '../query';
import { defineRule } from '../rule';
import type { DockerfileAst, ImageRef, Instruction, ShellWord, Stage } from '../types';

export type Tool = 'curl' | 'wget';

/**
 * Whether the stage chain installs the tool, or copies a binary of that name in. Plain loops: this
 * runs only under a HEALTHCHECK, where, cold and not yet optimised, a closure per RUN, a mapped copy
 * of each COPY's words and a regex replace per path cost more than the question.
 */
export function provides(instructions: readonly Instruction[], tool: Tool): boolean {
  // One closure per question, none per RUN.
  const isTool = (word: ShellWord) => packageName(word.value) === tool;
  for (const instruction of instructions) {
    if (instruction.keyword === 'RUN') {
      for (const command of commandsOf(instruction)) if (installsPackage(command, isTool)) return true;
    } else if (isCopyOrAdd(instruction)) {
      const json = instruction.json;
      // Read once: the getter is not free, even once its list is built.
      const args = json ? undefined : instruction.args;
      const count = json ? json.values.length : args!.length;
      for (let i = 0; i < count; i++) {
        const path = json ? json.values[i]! : args![i]!.value;
        // One trailing slash dropped: `COPY curl/ /usr/bin/` names the binary too.
        if (baseName(path.endsWith('/') ? path.slice(0, -1) : path) === tool) return true;
      }
    }
  }
  return false;
}

/** `curl` or `wget` when the program path names one (`/usr/bin/curl` too), without slicing the path. */
export function toolOf(program: string): Tool | null {
  if (program === 'curl' || program.endsWith('/curl')) return 'curl';
  if (program === 'wget' || program.endsWith('/wget')) return 'wget';
  return null;
}

/** The image the shipped stages start from, when it lacks `tool` and the stages do not install it; null otherwise. */
function baseLacking(ast: DockerfileAst, final: Stage, instructions: readonly Instruction[], tool: Tool): ImageRef | null {
  const base = baseImageOf(ast, final);
  if (!base) return null;
  return shipsTool(base, tool) !== false || provides(instructions, tool) ? null : base;
}

export default defineRule({
  meta: {
    id: 'healthcheck-tool-missing',
    category: 'runtime',
    lesson: { question: 7, anchor: 'health-checks' },
    messages: {
      missingTool:
        'HEALTHCHECK gọi {{tool}} nhưng image gốc {{image}} không có sẵn {{tool}} và Dockerfile không cài: lần kiểm tra nào cũng lỗi, container luôn "unhealthy". Cài {{tool}} hoặc kiểm tra bằng python.',
    },
  },
  check(context) {
    const { ast } = context;
    const final = finalStageOf(ast);
    if (!final) return;
    const instructions = instructionsWithParents(ast, final);
    const healthcheck = instructions.findLast((instruction) => instruction.keyword === 'HEALTHCHECK')?.healthcheck;
    const command = healthcheck?.command;
    if (!healthcheck || healthcheck.none || !command) return;
    // The program words: an exec-form array's first value, or the name of each shell command.
    const programs = command.json ? [new JsonValue(command.json, 0)] : commandsOf(command).map((cmd) => cmd.nameWord);
    for (const program of programs) {
      if (!program) continue;
      const tool = toolOf(program.value);
      const base = tool && baseLacking(ast, final, instructions, tool);
      if (tool && base) context.report({ messageId: 'missingTool', range: program.range, data: { tool, image: base.resolved } });
    }
  },
});
