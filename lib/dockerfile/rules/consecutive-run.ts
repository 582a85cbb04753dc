// Every RUN is a layer and a cache entry: RUNs in a row that belong together are better as one,
// so related steps rebuild together and cleanup in the same layer really frees space.
import { after, gapBetween, spanning } from '../packages';
import { commandsOf, lostEffect, programName } from '../query';
import { defineRule } from '../rule';
import type { DockerfileAst, Fix, Instruction, RuleContext, Stage, TextEdit } from '../types';
import { sourceText } from '../source-text';

/** RUN flags as a comparable signature: RUNs with different mounts or network cannot share a layer. */
function flagSignature(run: Instruction): string {
  return run.flags
    .map((flag) => `${flag.name}=${flag.value ?? ''}`)
    .sort()
    .join(' ');
}

/** Whether two RUNs have the same flags. Most RUNs have none: the signatures are built only when both do. */
function sameFlags(a: Instruction, b: Instruction): boolean {
  if (a.flags.length === 0 || b.flags.length === 0) return a.flags.length === b.flags.length;
  return flagSignature(a) === flagSignature(b);
}

/** A shell-form RUN (or a RUN whose heredocs are all shell scripts) that could be merged. */
function isMergeable(run: Instruction): boolean {
  if (run.keyword !== 'RUN' || run.json || run.jsonError) return false;
  // Counted in the scripts themselves: the same answer as `commandsOf(run).length > 0`, without its cache lookup.
  let commands = run.shell?.commands.length ?? 0;
  // Indexed: for-of allocates an iterator until V8 has optimised this once-per-RUN check.
  for (let i = 0; i < run.heredocs.length; i++) {
    const shell = run.heredocs[i]!.shell;
    if (shell === null) return false;
    commands += shell.commands.length;
  }
  return commands > 0;
}

/** Besides the lost effects, commands that would change how the next RUN's commands run once joined. */
const ENDS_SHELL = new Set(['exec', 'exit', 'trap']);

/** A POSIX shell program, by its file name in a Unix or Windows path (`/bin/bash`, `C:\msys\sh`). */
const POSIX_SHELL = /(^|[\\/])(ba|da|a|z|k|mk)?sh$/i;

/** A SHELL instruction that is not a POSIX shell (PowerShell, cmd): `&&` and `\` joins would break. */
function hasForeignShell(stage: Stage, before: Instruction): boolean {
  return stage.instructions.some((i) => i.keyword === 'SHELL' && i.index <= before.index && !POSIX_SHELL.test(i.json?.values[0] ?? ''));
}

/** Joins the group with ` && \`, keeping comment lines between the RUNs; undefined when not mechanical. */
function joinFix(ast: DockerfileAst, stage: Stage, group: Instruction[]): Fix | undefined {
  const first = group[0]!;
  if (group.some((run) => run.heredocs.length > 0) || hasForeignShell(stage, first)) return undefined;
  // A last RUN that does nothing (`RUN cd /x`) is for deleting, as ineffective-run says; joined, its
  // `cd` would read as no-cd's habit. Earlier RUNs with such a command are declined below.
  if (commandsOf(group[group.length - 1]!).every((cmd) => lostEffect(cmd) !== null)) return undefined;
  const edits: TextEdit[] = [];
  for (let i = 0; i + 1 < group.length; i++) {
    const current = group[i]!;
    const next = group[i + 1]!;
    const commands = commandsOf(current);
    const last = commands[commands.length - 1];
    // Read once: a range is built on each read.
    const nextArgs = next.argsRange;
    // A quote or substitution the RUN leaves open would take in the RUN joined after it; an operator
    // the next RUN starts with (`| cmd`, `; cmd`) would follow the `&&`.
    if (!last || !nextArgs || current.shell?.unterminated || /^[|&;)]/.test(next.argsText)) return undefined;
    if (commands.some((cmd) => lostEffect(cmd) !== null || ENDS_SHELL.has(programName(cmd)))) return undefined;
    // Text after the last command (`;`, `&`, a trailing comment) would make `&&` invalid or swallowed.
    const end = after(last);
    const tail = sourceText(ast, spanning(end, current.range));
    if (tail.trim() !== '') return undefined;
    // Comment lines can only sit between the RUNs when there are lines between them.
    const comments =
      next.range.line - current.range.endLine < 2
        ? ''
        : ast.comments
            .filter((c) => c.range.line > current.range.endLine && c.range.line < next.range.line)
            .map((c) => `${c.text}\n`)
            .join('');
    edits.push({
      range: gapBetween(end, nextArgs),
      text: ` && ${ast.escapeChar}\n${comments}    `,
    });
  }
  return { title: 'Gộp các RUN liên tiếp thành một', edits };
}

export default defineRule({
  meta: {
    id: 'consecutive-run',
    severity: 'info',
    category: 'layers',
    aliases: ['DL3059'],
    lesson: { question: 8, anchor: 'combine-run-commands-reduce-layers' },
    messages: {
      consecutive: '{{count}} lệnh RUN liên tiếp (từ dòng {{line}}) tạo {{count}} layer riêng. Nếu chúng thuộc cùng một bước, gộp bằng && \\ thành một RUN.',
    },
    fixable: true,
  },
  inspectStage(stage, context) {
    const { instructions } = stage;
    // The current group is instructions[groupStart, i) (-1: none); an array is made only to report it.
    let groupStart = -1;
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i]!;
      const mergeable = isMergeable(instruction);
      if (mergeable && groupStart >= 0 && sameFlags(instructions[i - 1]!, instruction)) continue;
      if (groupStart >= 0 && i - groupStart >= 2) reportGroup(context, stage, instructions.slice(groupStart, i));
      groupStart = mergeable ? i : -1;
    }
    if (groupStart >= 0 && instructions.length - groupStart >= 2) reportGroup(context, stage, instructions.slice(groupStart));
  },
});

function reportGroup(context: RuleContext, stage: Stage, group: Instruction[]): void {
  const fix = joinFix(context.ast, stage, group);
  context.report({
    messageId: 'consecutive',
    range: group[1]!.keywordRange,
    data: { count: group.length, line: group[0]!.range.line },
    fix,
  });
}
