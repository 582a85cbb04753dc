// The analyzer's public shapes: syntax tree, shell model, findings, rules.
// Pure data; no React, DOM or Node-only APIs anywhere under lib/dockerfile.

export type Severity = 'error' | 'warning' | 'info';

/**
 * A span of the source. Lines and columns are 1-based and count UTF-16 code units (as Monaco does);
 * `endColumn` is exclusive (the column just after the last character).
 */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A replacement of `range` by `text`. Edits of one fix never overlap. */
export interface TextEdit {
  range: Range;
  text: string;
}

export interface Fix {
  /** Vietnamese label for the quick fix, e.g. "Thêm --no-cache-dir". */
  title: string;
  edits: TextEdit[];
}

// ---------------------------------------------------------------- syntax tree

/** A piece of text with the range it came from. For multi-line pieces the range spans the lines. */
export interface Token {
  value: string;
  range: Range;
}

/** `--name=value` (or `--name` alone) written after an instruction keyword. */
export interface Flag {
  name: string;
  /** null for a bare `--link`; otherwise the raw value with quotes kept as written. */
  value: string | null;
  range: Range;
  nameRange: Range;
  valueRange: Range | null;
  /** For comma-separated option lists (`--mount=type=cache,target=/x`): key → value ('' when bare). */
  options: Record<string, string>;
}

export interface Heredoc {
  /** The delimiter word without quotes or `-`, e.g. `EOF`. */
  delimiter: string;
  /** `<<-EOF`: leading tabs are stripped from the body. */
  stripTabs: boolean;
  /** `<<'EOF'` or `<<"EOF"`: no variable expansion in the body. */
  quoted: boolean;
  /** The body text between the opening line and the closing delimiter (no trailing newline). */
  body: string;
  /** Range of the body (empty range at the start of the next line when the body is empty). */
  bodyRange: Range;
  /** The `<<EOF` marker on the instruction line. */
  markerRange: Range;
  /** false when the file ended before the closing delimiter. */
  terminated: boolean;
  /** For `RUN <<EOF` whose body is a shell script (no interpreter like `python3 <<EOF`): the parsed body. */
  shell: ShellScript | null;
}

/** `KEY=value` or legacy `KEY value` in ENV / ARG / LABEL. */
export interface KeyValue {
  key: string;
  /** The value as written, unquoted, variables kept; null for `ARG NAME` without a default. */
  value: string | null;
  keyRange: Range;
  valueRange: Range | null;
  /** Whole pair. */
  range: Range;
  /** true for the `ENV KEY value` form (no `=`). */
  legacy: boolean;
}

export interface JsonForm {
  values: string[];
  valueRanges: Range[];
  range: Range;
}

export interface Instruction {
  /** Upper-cased keyword, e.g. `RUN`. For an unknown word this is the word upper-cased. */
  keyword: string;
  /** Keyword as written (to judge casing). */
  keywordRaw: string;
  keywordRange: Range;
  /** Whole instruction: keyword to end of its last continuation line or heredoc. */
  range: Range;
  /** Index in `DockerfileAst.instructions`. */
  index: number;
  /** Index of the stage this instruction belongs to; -1 before the first FROM. */
  stageIndex: number;
  flags: Flag[];
  /** Arguments after the flags, continuations joined (backslash-newline removed), comments inside continuations dropped. */
  argsText: string;
  argsRange: Range | null;
  /** Whitespace-separated words of `argsText` (quotes kept as written) with their source ranges. */
  args: Token[];
  /** Exec (JSON array) form for RUN/CMD/ENTRYPOINT/SHELL/HEALTHCHECK CMD/COPY/ADD/VOLUME when valid. */
  json: JsonForm | null;
  /** Set when the arguments look like a JSON array (`[` … `]`) but are not valid JSON. */
  jsonError: { range: Range } | null;
  heredocs: Heredoc[];
  /** ENV, ARG, LABEL pairs. Empty otherwise. */
  pairs: KeyValue[];
  /**
   * RUN (shell form): the parsed command line. Also set for `HEALTHCHECK CMD …` and shell-form
   * CMD/ENTRYPOINT, and for an exec-form RUN: the one command its array runs (no shell in between).
   */
  shell: ShellScript | null;
  /** ONBUILD wraps another instruction. */
  onbuild: Instruction | null;
  /** HEALTHCHECK: `NONE`, or the options and the command. */
  healthcheck: { none: boolean; command: Instruction | null } | null;
  /** Empty lines met inside a `\` continuation (for `empty-continuation`). */
  emptyContinuationLines: number[];
}

export interface Comment {
  text: string;
  range: Range;
}

export interface ParserDirective {
  name: string; // lower-cased: syntax, escape, check
  value: string;
  range: Range;
}

export interface ParseError {
  /** Message id of `syntax-error` (e.g. 'unknownInstruction', 'missingArguments', 'unterminatedHeredoc', 'danglingContinuation'). */
  messageId: string;
  data: Record<string, string>;
  range: Range;
}

/** An image reference after ARG substitution. */
export interface ImageRef {
  /** As written, e.g. `${BASE}` or `python:3.11-slim`. */
  raw: string;
  /** After substituting global ARG defaults; equals raw when there is nothing to substitute. */
  resolved: string;
  /** true when a variable could not be resolved (no default). */
  unresolved: boolean;
  registry: string | null;
  /** Repository path without registry and tag, e.g. `python`, `nvidia/cuda`, `library/python` kept as written. */
  repository: string;
  tag: string | null;
  digest: string | null;
  range: Range;
  /** Range of `:tag` (with the colon) when written literally in the FROM line. */
  tagRange: Range | null;
}

export interface Stage {
  index: number;
  /** `AS name` as written; null when unnamed. */
  name: string | null;
  nameRange: Range | null;
  from: Instruction;
  base: ImageRef;
  /** Index of an earlier stage this one is built FROM, or null for an external image/scratch. */
  baseStage: number | null;
  /** Instructions of the stage, FROM included. */
  instructions: Instruction[];
  /** ARG and ENV values visible at the end of the stage (inherited from baseStage), unresolved variables kept. */
  env: Record<string, string>;
  args: Record<string, string | null>;
  /** The last USER of this stage or of the stages it is built from; null when none. */
  user: { value: string; instruction: Instruction } | null;
}

export interface DockerfileAst {
  source: string;
  /** Offsets of the start of each line (0-based offsets; index 0 is line 1). */
  lineStarts: Int32Array;
  directives: ParserDirective[];
  /** `\` by default, or `` ` `` from `# escape=`. */
  escapeChar: '\\' | '`';
  comments: Comment[];
  instructions: Instruction[];
  /** ARG instructions before the first FROM, with their defaults. */
  globalArgs: KeyValue[];
  stages: Stage[];
  /** Index of the final stage (the last one), or -1 when there is no FROM. */
  finalStage: number;
  errors: ParseError[];
  /**
   * How many keywords the parser read not written in upper case, those wrapped by ONBUILD and
   * HEALTHCHECK included. Nearly always 0, which tells a casing check there is nothing to walk.
   */
  keywordsNotUpper: number;
}

// ---------------------------------------------------------------- shell model

/** A word of a shell command. `value` has quotes and escapes removed; `$VAR`/`${X}`/`$(…)` are kept as written. */
export interface ShellWord {
  value: string;
  raw: string;
  range: Range;
  /** Any part of it was quoted. */
  quoted: boolean;
}

export type ShellOperator = '&&' | '||' | ';' | '|' | '&' | null;

export interface ShellCommand {
  /** The program name (`apt-get`, `pip3`, `python`), after leading `VAR=x` assignments; '' for a bare assignment. */
  name: string;
  nameWord: ShellWord | null;
  /** Words after the name. */
  args: ShellWord[];
  /** Leading `VAR=value` assignments (e.g. `DEBIAN_FRONTEND=noninteractive apt-get …`). */
  assignments: ShellWord[];
  /** Operator that joins this command to the previous one (null for the first). */
  operatorBefore: ShellOperator;
  /** Whether this command reads from a pipe or writes to one. */
  piped: boolean;
  range: Range;
}

export interface ShellScript {
  commands: ShellCommand[];
  /** `set -o pipefail` / `set -euo pipefail` seen before a pipe. */
  hasPipefail: boolean;
  /**
   * A quote, backtick, `$(` or `${` runs to the end of the script (the shell fails on it), or a
   * backslash ends it, or the script is an exec-form RUN's array: either way, text appended to the
   * script lands inside the construct (the quote, the array) or is escaped.
   */
  unterminated: boolean;
  range: Range;
}

// ---------------------------------------------------------------- findings and rules

export type RuleCategory = 'syntax' | 'base-image' | 'layers' | 'security' | 'runtime';

export interface LessonRef {
  /** Question number 1–10. */
  question: number;
  /** Heading id on the lesson page, e.g. `secret-management`. */
  anchor: string;
}

export interface RuleDocs {
  /** One line in Vietnamese: what the rule checks. */
  summary: string;
  /** Why it matters (Vietnamese, a short paragraph). */
  why: string;
  /** A Dockerfile that fires the rule. */
  bad: string;
  /** The same Dockerfile fixed. */
  good: string;
  /** How to fix it (Vietnamese). */
  fix: string;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** Ids of other linters' equivalent checks (DL3006, CKV_DOCKER_3, BuildKit check names…). */
  aliases: string[];
  lesson: LessonRef;
  /** Vietnamese messages keyed by message id, with `{{placeholder}}` slots. */
  messages: Record<string, string>;
  fixable: boolean;
  /** Off unless enabled by options (e.g. `base-image-official`). */
  defaultEnabled: boolean;
}

export interface Finding {
  rule: string;
  severity: Severity;
  messageId: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  aliases: string[];
  /** `/rules/<id>/` */
  docsUrl: string;
  /** `/docker/<slug>/#<anchor>` */
  lessonUrl: string;
  fix?: Fix;
}

/**
 * What a rule reports. Written as `{ messageId, range }`, `{ messageId, range, data }`,
 * `{ messageId, range, data, fix }` (data and fix may be undefined) or `{ messageId, range, data,
 * severity }`, in that order and never spread: analyze reads every report at the same places, and up
 * to four object shapes V8 reads there directly; a fifth sends each read through its shared
 * megamorphic cache, which the code that runs between analyses keeps emptying.
 */
export interface ReportDescriptor {
  messageId: string;
  range: Range;
  /** Overrides `meta.severity` for this finding (e.g. a weaker variant of a rule reported as info). */
  severity?: Severity;
  data?: Record<string, string | number>;
  fix?: Fix;
}

export interface AnalyzeOptions {
  /** Content of `.dockerignore`; undefined when none was given. */
  dockerignore?: string;
  /** Rules to enable beyond the defaults (e.g. `base-image-official`). */
  enable?: string[];
  /** Rules to turn off. */
  disable?: string[];
  /** Registries / image prefixes trusted by `base-image-official`. */
  trustedRegistries?: string[];
}

export interface RuleContext {
  ast: DockerfileAst;
  options: AnalyzeOptions;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
  /**
   * Present on rules that judge each instruction on its own; their `check` then inspects every
   * instruction in order. analyze runs all such rules on one instruction before the next: a long
   * file's tree is read once instead of once per rule (each pass over a 10,000-line tree missed the
   * CPU cache, and that, not the work, made the rules twice as slow per line as on a short file).
   */
  inspect?(instruction: Instruction, context: RuleContext): void;
  /**
   * Present on rules that judge each stage on its own; their `check` then judges every stage in
   * order. analyze judges a stage right after inspecting its instructions, while they are still in
   * the CPU cache: on a 10,000-line file, each rule's own pass over all the stages read a tree too
   * large for the cache, and the rules took 19 times as long as on 1,000 lines.
   */
  inspectStage?(stage: Stage, context: RuleContext): void;
  /**
   * The instruction keywords an inspecting rule judges: it is shown only those instructions (absent:
   * every instruction). Each inspector used to be called on every instruction, to return at once
   * on most.
   */
  on?: readonly string[];
  /**
   * An inspecting rule's last step, once analyze has shown it every instruction: what it judges of
   * the file as a whole (no-secrets: secrets in comments as well), without walking the tree again.
   */
  finish?(context: RuleContext): void;
}
