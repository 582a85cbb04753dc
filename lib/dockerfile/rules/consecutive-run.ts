// Every RUN is a layer and a cache entry: RUNs in a row that belong together are better as one,
// so related steps rebuild together and cleanup in the same layer really frees space.
import { commandsOf, programName } from '../query';
import { defineRule } from '../rule';
import type { DockerfileAst, Fix, Instruction, Stage, TextEdit } from '../types';
import { sourceText } from '../source-text';

/** RUN flags as a comparable signature: RUNs with different mounts or network cannot share a layer. */
function flagSignature(run: Instruction): string {
  return run.flags
    .map((flag) => `${flag.name}=${flag.value ?? ''}`)
    .sort()
    .join(' ');
}

/** A shell-form RUN (or a RUN whose heredocs are all shell scripts) that could be merged. */
function isMergeable(run: Instruction): boolean {
  if (run.keyword !== 'RUN' || run.json || run.jsonError) return false;
  if (run.heredocs.some((heredoc) => heredoc.shell === null)) return false;
  return commandsOf(run).length > 0;
}

/** Commands whose effect on the shell would leak into the next RUN's commands once joined. */
const SHELL_STATE = new Set(['cd', 'pushd', 'popd', 'export', 'unset', 'umask', 'source', '.', 'set', 'shopt', 'alias', 'exec', 'exit', 'trap', 'ulimit']);

/** A SHELL instruction that is not a POSIX shell (PowerShell, cmd): `&&` and `\` joins would break. */
function hasForeignShell(stage: Stage, before: Instruction): boolean {
  return stage.instructions.some((i) => {
    if (i.keyword !== 'SHELL' || i.index > before.index) return false;
    const program = (i.json?.values[0] ?? '').toLowerCase().replace(/\\/g, '/').split('/').pop() ?? '';
    return !/^(ba|da|a|z|k|mk)?sh$/.test(program);
  });
}

/** Joins the group with ` && \`, keeping comment lines between the RUNs; undefined when not mechanical. */
function joinFix(ast: DockerfileAst, stage: Stage, group: Instruction[]): Fix | undefined {
  const first = group[0]!;
  if (group.some((run) => run.heredocs.length > 0) || hasForeignShell(stage, first)) return undefined;
  const edits: TextEdit[] = [];
  for (let i = 0; i + 1 < group.length; i++) {
    const current = group[i]!;
    const next = group[i + 1]!;
    const commands = commandsOf(current);
    const last = commands[commands.length - 1];
    if (!last || !next.argsRange) return undefined;
    if (commands.some((cmd) => cmd.name === '' || SHELL_STATE.has(programName(cmd)))) return undefined;
    // Text after the last command (`;`, `&`, a trailing comment) would make `&&` invalid or swallowed.
    const tail = sourceText(ast, { line: last.range.endLine, column: last.range.endColumn, endLine: current.range.endLine, endColumn: current.range.endColumn });
    if (tail.trim() !== '') return undefined;
    const comments = ast.comments
      .filter((c) => c.range.line > current.range.endLine && c.range.line < next.range.line)
      .map((c) => `${c.text}\n`)
      .join('');
    edits.push({
      range: { line: last.range.endLine, column: last.range.endColumn, endLine: next.argsRange.line, endColumn: next.argsRange.column },
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
  check(context) {
    const { ast } = context;
    for (const stage of ast.stages) {
      let group: Instruction[] = [];
      const flush = () => {
        if (group.length >= 2) {
          const first = group[0]!;
          const fix = joinFix(ast, stage, group);
          context.report({
            messageId: 'consecutive',
            range: group[1]!.keywordRange,
            data: { count: group.length, line: first.range.line },
            ...(fix ? { fix } : {}),
          });
        }
        group = [];
      };
      for (const instruction of stage.instructions) {
        const previous = group[group.length - 1];
        if (isMergeable(instruction) && (!previous || flagSignature(previous) === flagSignature(instruction))) {
          group.push(instruction);
          continue;
        }
        flush();
        if (isMergeable(instruction)) group.push(instruction);
      }
      flush();
    }
  },
});
