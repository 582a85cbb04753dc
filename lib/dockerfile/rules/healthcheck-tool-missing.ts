// A HEALTHCHECK that calls a tool the image lacks fails every time: the container is marked unhealthy.
import { shipsCurl, shipsWget } from '../images';
import { commandsOf, finalStageOf, instructionsWithParents, positionals, programName, shippedStages } from '../query';
import { defineRule } from '../rule';
import type { DockerfileAst, ImageRef, Instruction, ShellCommand, Stage } from '../types';

type Tool = 'curl' | 'wget';

const YUM_LIKE = new Set(['yum', 'dnf', 'microdnf', 'tdnf', 'zypper']);

/** Package names from apt/apk/yum/dnf installs (versions stripped): the positionals after the subcommand. */
function installedPackages(command: ShellCommand): string[] {
  const name = programName(command);
  const install = name === 'apt-get' || name === 'apt' ? 'install' : name === 'apk' ? 'add' : YUM_LIKE.has(name) ? 'in' : null;
  if (install === null) return [];
  const words = positionals(command);
  const sub = words[0]?.value;
  // yum and its kin also take `install` spelled out.
  if (sub !== install && !(install === 'in' && sub === 'install')) return [];
  return words.slice(1).map((w) => w.value.split(/[=<>~]/)[0] ?? '');
}

/** Whether the stage chain installs the tool, or copies a binary of that name in. */
function provides(instructions: readonly Instruction[], tool: Tool): boolean {
  return instructions.some((instruction) => {
    if (instruction.keyword === 'RUN') {
      return commandsOf(instruction).some((command) => installedPackages(command).includes(tool));
    }
    if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
      const paths = instruction.json ? instruction.json.values : instruction.args.map((a) => a.value);
      return paths.some((p) => p.replace(/\/$/, '').split('/').pop() === tool);
    }
    return false;
  });
}

/** `curl` or `wget` when the program path names one (`/usr/bin/curl` too), without slicing the path. */
function toolOf(program: string | undefined): Tool | null {
  if (program === undefined) return null;
  if (program === 'curl' || program.endsWith('/curl')) return 'curl';
  if (program === 'wget' || program.endsWith('/wget')) return 'wget';
  return null;
}

/** The image the shipped stages start from, when it lacks `tool` and the stages do not install it; null otherwise. */
function baseLacking(ast: DockerfileAst, final: Stage, instructions: readonly Instruction[], tool: Tool): ImageRef | null {
  const base = (shippedStages(ast).at(-1) ?? final).base;
  const ships = tool === 'curl' ? shipsCurl(base) : shipsWget(base);
  return ships !== false || provides(instructions, tool) ? null : base;
}

function lastHealthcheck(instructions: readonly Instruction[]): Instruction | undefined {
  for (let i = instructions.length - 1; i >= 0; i--) if (instructions[i]!.keyword === 'HEALTHCHECK') return instructions[i];
  return undefined;
}

export default defineRule({
  meta: {
    id: 'healthcheck-tool-missing',
    severity: 'warning',
    category: 'runtime',
    aliases: [],
    lesson: { question: 7, anchor: 'health-checks' },
    messages: {
      missingTool:
        'HEALTHCHECK gọi {{tool}} nhưng image gốc {{image}} không có sẵn {{tool}} và Dockerfile không cài: lần kiểm tra nào cũng lỗi, container luôn "unhealthy". Cài {{tool}} (apt-get install -y --no-install-recommends {{tool}}) hoặc kiểm tra bằng python.',
    },
    fixable: false,
  },
  check(context) {
    const { ast } = context;
    const final = finalStageOf(ast);
    if (!final) return;
    const instructions = instructionsWithParents(ast, final);
    const healthcheck = lastHealthcheck(instructions)?.healthcheck;
    const command = healthcheck?.command;
    if (!healthcheck || healthcheck.none || !command) return;
    const json = command.json;
    if (json) {
      const tool = toolOf(json.values[0]);
      const base = tool && baseLacking(ast, final, instructions, tool);
      if (tool && base) context.report({ messageId: 'missingTool', range: json.valueRanges[0] ?? json.range, data: { tool, image: base.resolved } });
      return;
    }
    const commands = commandsOf(command);
    for (let i = 0; i < commands.length; i++) {
      const cmd = commands[i]!;
      const tool = toolOf(cmd.name);
      if (!tool || !cmd.nameWord) continue;
      const base = baseLacking(ast, final, instructions, tool);
      if (base) context.report({ messageId: 'missingTool', range: cmd.nameWord.range, data: { tool, image: base.resolved } });
    }
  },
});
