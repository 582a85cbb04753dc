// A HEALTHCHECK that calls a tool the image lacks fails every time: the container is marked unhealthy.
import { shipsCurl, shipsWget } from '../images';
import { aptPackages, commandsOf, hasSubcommand, instructionsWithParents, isAptInstall, isCommand, positionals, programName, shippedStages } from '../query';
import { defineRule } from '../rule';
import type { Instruction, ShellCommand, ShellWord } from '../types';

type Tool = 'curl' | 'wget';

/** Package names from apt/apk/yum/dnf installs (versions stripped). */
function installedPackages(command: ShellCommand): string[] {
  let words: ShellWord[] = [];
  if (isAptInstall(command)) words = aptPackages(command);
  else if (isCommand(command, 'apk') && hasSubcommand(command, 'add')) words = positionals(command).slice(1);
  else if (isCommand(command, 'yum', 'dnf', 'microdnf', 'tdnf', 'zypper') && hasSubcommand(command, 'install', 'in')) words = positionals(command).slice(1);
  return words.map((w) => w.value.split(/[=<>~]/)[0] ?? '');
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

/** The `curl`/`wget` words a HEALTHCHECK runs. */
function toolWords(healthcheck: Instruction): { tool: Tool; word: { range: Instruction['range'] } }[] {
  const command = healthcheck.healthcheck?.command;
  if (!command) return [];
  const found: { tool: Tool; word: { range: Instruction['range'] } }[] = [];
  const json = command.json;
  if (json) {
    const name = json.values[0]?.split('/').pop();
    if (name === 'curl' || name === 'wget') found.push({ tool: name, word: { range: json.valueRanges[0] ?? json.range } });
    return found;
  }
  for (const cmd of commandsOf(command)) {
    const name = programName(cmd);
    if ((name === 'curl' || name === 'wget') && cmd.nameWord) found.push({ tool: name, word: cmd.nameWord });
  }
  return found;
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
    const final = ast.stages[ast.finalStage];
    if (!final) return;
    const instructions = instructionsWithParents(ast, final);
    const healthcheck = instructions.filter((i) => i.keyword === 'HEALTHCHECK').at(-1);
    if (!healthcheck || healthcheck.healthcheck?.none) return;
    const base = (shippedStages(ast).at(-1) ?? final).base;
    for (const { tool, word } of toolWords(healthcheck)) {
      const ships = tool === 'curl' ? shipsCurl(base) : shipsWget(base);
      if (ships !== false || provides(instructions, tool)) continue;
      context.report({ messageId: 'missingTool', range: word.range, data: { tool, image: base.resolved } });
    }
  },
});
