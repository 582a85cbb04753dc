// Runs every enabled rule over one parsed Dockerfile and returns findings sorted by position.
// Never throws: a rule that fails is skipped and named in `ruleErrors`, so one bug costs one rule.
import { parse } from './parse';
import type { InstructionNode } from './parse/instructions';
import { lessonUrl, ruleUrl } from './lessons';
import { shippedStages } from './query';
import { rules } from './rules';
import type { AnalyzeOptions, DockerfileAst, Finding, Rule, RuleContext } from './types';

export const PRAGMA = 'hocdocker-ignore';

export interface Analysis {
  ast: DockerfileAst;
  findings: Finding[];
  /** Rules that threw (a bug): reported for tests and the console, never to the learner. */
  ruleErrors: { rule: string; error: string }[];
  /**
   * Findings an ignore comment silenced: not shown in the editor or the CLI, yet still graded, so a
   * comment above the line cannot turn a failed checklist item into a passed one.
   */
  suppressed: Finding[];
}

/** A `{{ key }}` placeholder, blanks allowed around the key: captured as written, then its key. */
const PLACEHOLDER = /(\{\{\s*(\w+)\s*\}\})/;

/**
 * Templates read so far, each split at its placeholders: text, then (placeholder as written, key,
 * text) for each placeholder. Rule messages are a few hundred at most; capped for any other caller.
 */
const templates = new Map<string, string[]>();
const MAX_TEMPLATES = 1_000;

/**
 * Fills `{{ key }}` placeholders from `data`; unknown keys stay as written. Each template is split
 * once and kept: a file reports a finding every few lines, and scanning the template and slicing
 * its keys anew (each key a new string to look up) was most of what reporting one cost.
 */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  let parts = templates.get(template);
  if (parts === undefined) {
    parts = template.split(PLACEHOLDER);
    if (templates.size < MAX_TEMPLATES) templates.set(template, parts);
  }
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    let value = parts[i]!;
    // Each rule passes its own shape of `data`: `data[key]` read at one place for all of them was a
    // megamorphic access, and Object.keys with Object.values two lists per finding (133 KB on a
    // 10k file). A for-in reads each value through the shape's own enumeration cache.
    for (const name in data) {
      if (name === parts[i + 1]) {
        value = String(data[name]);
        break;
      }
    }
    out += value + parts[i + 2]!;
  }
  return out;
}

export function isRuleEnabled(rule: Rule, options: AnalyzeOptions): boolean {
  if (options.disable?.includes(rule.meta.id)) return false;
  return rule.meta.defaultEnabled || (options.enable?.includes(rule.meta.id) ?? false);
}

/** The rules in force for one set of options, arranged for analyze. */
interface Plan {
  /** Rules that read the whole file, and inspecting rules that finish on it, in catalog order. */
  checks: Rule[];
  /** Rules that judge each stage on its own, in catalog order. */
  stageRules: Rule[];
  /** For each keyword some inspecting rule names in `on`: the inspecting rules it is shown to, in catalog order. */
  inspectors: Map<string, Rule[]>;
  /** The inspecting rules shown every instruction: what any other keyword is shown. */
  anyKeyword: Rule[];
}

/** The plan for the default options, built on first use (a test may swap a rule's functions, never its `on`). */
let defaultPlan: Plan | undefined;

function planFor(options: AnalyzeOptions): Plan {
  const customised = Boolean(options.enable?.length || options.disable?.length);
  return customised ? buildPlan(options) : (defaultPlan ??= buildPlan(options));
}

function buildPlan(options: AnalyzeOptions): Plan {
  const enabled = rules.filter((rule) => isRuleEnabled(rule, options));
  const inspecting = enabled.filter((rule) => rule.inspect);
  const keywords = new Set(inspecting.flatMap((rule) => rule.on ?? []));
  return {
    checks: enabled.filter((rule) => rule.finish || (!rule.inspect && !rule.inspectStage)),
    stageRules: enabled.filter((rule) => rule.inspectStage),
    inspectors: new Map([...keywords].map((keyword) => [keyword, inspecting.filter((rule) => !rule.on || rule.on.includes(keyword))])),
    anyKeyword: inspecting.filter((rule) => !rule.on),
  };
}

/** Each rule's docs and lesson links, built once: every finding of a rule links to the same pages. */
const links = new Map(rules.map((rule) => [rule, { docsUrl: ruleUrl(rule.meta.id), lessonUrl: lessonUrl(rule.meta.lesson.question, rule.meta.lesson.anchor) }]));

export function analyze(source: string, options: AnalyzeOptions = {}): Analysis {
  const text = typeof source === 'string' ? source : '';
  const ast = parse(text);
  const isIgnored = collectIgnores(ast);
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  const ruleErrors: Analysis['ruleErrors'] = [];

  // One context for all rules (they report synchronously, while `current` is theirs): on a short
  // file a context and a closure per rule were most of what an analysis allocated.
  let current = rules[0]!;
  const context: RuleContext = {
    ast,
    options,
    report(descriptor) {
      const { meta } = current;
      const template = meta.messages[descriptor.messageId] ?? descriptor.messageId;
      const { docsUrl, lessonUrl } = links.get(current)!;
      const finding: Finding = {
        rule: meta.id,
        severity: descriptor.severity ?? meta.severity,
        messageId: descriptor.messageId,
        message: formatMessage(template, descriptor.data),
        line: descriptor.range.line,
        column: descriptor.range.column,
        endLine: descriptor.range.endLine,
        endColumn: descriptor.range.endColumn,
        aliases: meta.aliases,
        docsUrl,
        lessonUrl,
      };
      if (descriptor.fix) finding.fix = descriptor.fix;
      (isIgnored !== null && isIgnored(finding) ? suppressed : findings).push(finding);
    },
  };

  const plan = planFor(options);
  const instructions = ast.instructions;

  // One pass over the tree: every inspecting rule on one instruction, then the next, each shown only
  // the keywords it judges; and as soon as a stage's instructions are all inspected, every rule that
  // judges stages, while those instructions are still in the CPU cache. A rule that throws stops
  // there, as its own `check` would, and the others go on.
  // Typed by assertion: it is only set inside `stop`, and TypeScript would otherwise narrow it to null.
  let stopped = null as Set<Rule> | null;
  const stop = (rule: Rule, error: unknown) => {
    ruleErrors.push({ rule: rule.meta.id, error: error instanceof Error ? error.message : String(error) });
    (stopped ??= new Set()).add(rule);
  };
  const stages = ast.stages;
  const shipped = shippedStages(ast);
  let judged = 0;
  const judgeStagesBefore = (end: number) => {
    for (; judged < end; judged++) {
      const stage = stages[judged]!;
      for (let r = 0; r < plan.stageRules.length; r++) {
        current = plan.stageRules[r]!;
        if (stopped !== null && stopped.has(current)) continue;
        try {
          current.inspectStage!(stage, context);
        } catch (error) {
          stop(current, error);
        }
      }
      // Judged: its commands are not kept while the next stages are (see InstructionNode.release),
      // unless the image ships it: the rules of the whole file read those stages' commands again.
      // Every instruction of a tree `parse` built is an InstructionNode.
      if (!shipped.includes(stage)) for (const instruction of stage.instructions) (instruction as InstructionNode).release();
    }
  };
  for (let i = 0; i < instructions.length; i++) {
    const instruction = instructions[i]!;
    if (instruction.stageIndex > judged) judgeStagesBefore(Math.min(instruction.stageIndex, stages.length));
    const inspectors = plan.inspectors.get(instruction.keyword) ?? plan.anyKeyword;
    for (let r = 0; r < inspectors.length; r++) {
      current = inspectors[r]!;
      if (stopped !== null && stopped.has(current)) continue;
      try {
        current.inspect!(instruction, context);
      } catch (error) {
        stop(current, error);
      }
    }
  }
  judgeStagesBefore(stages.length);

  for (let r = 0; r < plan.checks.length; r++) {
    current = plan.checks[r]!;
    if (stopped !== null && stopped.has(current)) continue;
    try {
      if (current.finish) current.finish(context);
      else current.check(context);
    } catch (error) {
      stop(current, error);
    }
  }

  findings.sort(byPosition);
  return { ast, findings, ruleErrors, suppressed: suppressed.sort(byPosition) };
}

/** Line, column, then rule id (ids are lower-case ASCII: code-unit order, without the cost of ICU's `localeCompare`). */
function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * An ignore pragma after the comment's `#`: `hocdocker-ignore ids` or `hadolint ignore=ids` for the
 * next instruction; with `-file` or `global` (captured first or second) for the whole file; the ids third.
 */
const IGNORE_PRAGMA = /^#\s*(?:hocdocker-ignore(-file)?\s+|hadolint\s+(global\s+)?ignore\s*=\s*)([\w,\s-]+)/;

/**
 * Inline ignores: `# hocdocker-ignore id[,id]` or `# hadolint ignore=DLxxxx[,…]` on the line above an
 * instruction; `# hocdocker-ignore-file id` or `# hadolint global ignore=…` anywhere for the whole file.
 * Returns the test of whether a finding is ignored, or null when no comment is a pragma.
 */
function collectIgnores(ast: DockerfileAst): ((finding: Finding) => boolean) | null {
  const byLine = new Map<number, Set<string>>();
  const wholeFile = new Set<string>();
  for (const comment of ast.comments) {
    // Most comments are prose: one substring test before the regex.
    if (!comment.text.includes('ignore')) continue;
    const pragma = IGNORE_PRAGMA.exec(comment.text);
    if (!pragma) continue;
    // Rule ids and aliases start with a letter: an empty or stray word split off here never matches one.
    const ids = pragma[3]!.split(/[,\s]+/);
    if (pragma[1] || pragma[2]) for (const id of ids) wholeFile.add(id);
    else byLine.set(comment.range.line, new Set(ids));
  }
  if (byLine.size === 0 && wholeFile.size === 0) return null;
  // A pragma covers the instruction that starts on the next line, across all its lines.
  const covered: { start: number; end: number; ids: Set<string> }[] = [];
  for (const instruction of ast.instructions) {
    const ids = byLine.get(instruction.range.line - 1);
    if (ids) covered.push({ start: instruction.range.line, end: instruction.range.endLine, ids });
  }
  const matches = (ids: Set<string>, finding: Finding) =>
    ids.has(finding.rule) || finding.aliases.some((alias) => ids.has(alias));
  return (finding) =>
    matches(wholeFile, finding) || covered.some((c) => finding.line >= c.start && finding.line <= c.end && matches(c.ids, finding));
}
