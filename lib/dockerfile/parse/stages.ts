// Build stages: `FROM [--platform=…] image [AS name]`, the base image after global ARG substitution,
// the stage it builds on, and the ARG / ENV / USER state visible at its end.
import type { ImageRef, Instruction, KeyValue, Range, Stage } from '../types';
import { literalTagSpan, splitImageRef } from './image-ref';
import { substitute, type SubstituteOptions, type Substitution, type VariableLookup } from './variables';
import { unquote } from './words';

/**
 * A stage as the parser builds it, with a slot query.ts fills on first ask (see parse/index.ts
 * ParsedTree). A class, not an object literal: V8 notes where each literal is made, and once most
 * objects from one place outlive a scavenge, it makes them in the old generation from then on. A
 * stage made there held its young instructions alive through every scavenge until the next full
 * collection, long after its tree was dropped: analysing a 10,000-line file again and again, each
 * scavenge promoted 3.9 MB of dropped trees (1.9 MB with this class). Instances of a class never are.
 */
export class StageNode implements Stage {
  declare readonly index: number;
  declare readonly name: string | null;
  declare readonly nameRange: Range | null;
  declare readonly from: Instruction;
  declare readonly base: ImageRef;
  declare readonly baseStage: number | null;
  /** Set once the next FROM (or the end of the file) closes the stage. */
  instructions: Instruction[] = NO_INSTRUCTIONS;
  declare env: Record<string, string>;
  declare user: Stage['user'];
  withParentsMemo: readonly Instruction[] | undefined = undefined;
  readonly #parent: Stage | undefined;
  #args: Record<string, string | null> | undefined;

  /** Opens the stage of FROM `from`, after `stages`; `byName` holds the earlier stages' lower-cased names. */
  constructor(from: Instruction, stages: Stage[], byName: Map<string, number>, substituteGlobals: (text: string) => Substitution, escapeChar: string) {
    const [image, as, name] = from.args;
    this.index = stages.length;
    const nameWord = as?.value.toLowerCase() === 'as' ? name : undefined;
    this.name = nameWord?.value ?? null;
    this.nameRange = nameWord?.range ?? null;
    this.from = from;
    this.base = new ImageRefNode(image?.value ?? '', image ?? { range: from.keywordRange }, substituteGlobals, escapeChar);
    this.baseStage = byName.get(this.base.resolved.toLowerCase()) ?? null;
    const parent = this.baseStage === null ? undefined : stages[this.baseStage];
    this.env = variables(parent?.env);
    this.user = parent?.user ?? null;
    this.#parent = parent;
  }

  /**
   * Made on first use: few stages declare an ARG or are asked for one, and an empty dictionary
   * is 184 bytes. The parent is closed before its child opens, so a late copy copies the same.
   */
  get args(): Record<string, string | null> {
    return (this.#args ??= variables(this.#parent?.args));
  }
}

/** Every stage's list until it is closed: never written. */
const NO_INSTRUCTIONS: Instruction[] = [];

export function buildStages(instructions: Instruction[], globalArgs: KeyValue[], escapeChar: string): StageNode[] {
  // Defaults of the global ARGs (before the first FROM), each resolved against the ones before it.
  const defaults = new Map<string, string | null>();
  const substituteGlobals = (text: string) => substitute(text, (name) => defaults.get(name), { escapeChar });
  for (const arg of globalArgs) defaults.set(arg.key, arg.value === null ? null : substituteGlobals(arg.value).value);
  const stages: StageNode[] = [];
  // Lower-cased stage name → index of the last stage so named: a lookup per FROM, where a scan of
  // every earlier stage (lower-casing each name) made a file of many stages quadratic.
  const byName = new Map<string, number>();
  const resolveOptions: SubstituteOptions = { escapeChar, keepUnresolved: true };
  // A stage's instructions run from its FROM to the next one: each list is one exact-size slice.
  // Instructions before the first FROM belong to no stage.
  let stage: StageNode | undefined;
  let first = 0;
  for (let i = 0; i < instructions.length; i++) {
    const instruction = instructions[i]!;
    if (instruction.keyword === 'FROM') {
      if (stage) stage.instructions = instructions.slice(first, i);
      first = i;
      stage = new StageNode(instruction, stages, byName, substituteGlobals, escapeChar);
      stages.push(stage);
      if (stage.name !== null) byName.set(stage.name.toLowerCase(), stage.index);
    } else if (stage) {
      applyToStage(stage, instruction, defaults, resolveOptions);
    }
  }
  if (stage) stage.instructions = instructions.slice(first);
  return stages;
}

/**
 * A stage's ENV or ARG values: a dictionary without a prototype, so a variable named `constructor`
 * or `__proto__` is a variable like any other. Each file has its own names: as plain objects, every
 * read of one (`env.PORT`, `env[name]`) went through V8's shared megamorphic cache, which the code
 * running between two analyses (an editor, other linters) keeps emptying.
 */
function variables<T>(copyOf: Record<string, T> | undefined): Record<string, T> {
  const values = Object.create(null) as Record<string, T>;
  return copyOf ? Object.assign(values, copyOf) : values;
}

/**
 * A FROM's image reference, whose ranges are worked out when read: a rule reads them only to
 * report on the FROM, and a range, the tag's offsets and the tag's range were 170 bytes a stage.
 */
class ImageRefNode implements ImageRef {
  declare readonly raw: string;
  declare readonly resolved: string;
  declare readonly unresolved: boolean;
  declare readonly registry: string | null;
  declare readonly repository: string;
  declare readonly tag: string | null;
  declare readonly digest: string | null;
  /** The image word, or what stands for it in a FROM without one (its keyword). */
  readonly #word: { readonly range: Range };

  constructor(raw: string, word: { readonly range: Range }, substituteGlobals: (text: string) => Substitution, escapeChar: string) {
    const substitution = substituteGlobals(unquote(raw, escapeChar));
    const parts = splitImageRef(substitution.value);
    this.raw = raw;
    this.resolved = substitution.value;
    this.unresolved = substitution.unresolved;
    this.registry = parts.registry;
    this.repository = parts.repository;
    this.tag = parts.tag;
    this.digest = parts.digest;
    this.#word = word;
  }

  get range(): Range {
    return this.#word.range;
  }

  get tagRange(): Range | null {
    const range = this.range;
    const span = literalTagSpan(this.raw);
    // Columns can be offset only when the word sits on one line.
    return span && range.line === range.endLine && range.endColumn - range.column === this.raw.length
      ? { line: range.line, column: range.column + span[0], endLine: range.line, endColumn: range.column + span[1] }
      : null;
  }
}

function applyToStage(stage: Stage, instruction: Instruction, defaults: Map<string, string | null>, options: SubstituteOptions): void {
  const { keyword } = instruction;
  if (keyword === 'ARG') {
    for (const pair of instruction.pairs) {
      // `ARG NAME` inside a stage takes the global default of the same name.
      stage.args[pair.key] = pair.value === null ? (defaults.get(pair.key) ?? null) : resolveIn(stage, pair.value, options);
    }
  } else if (keyword === 'ENV') {
    for (const pair of instruction.pairs) {
      stage.env[pair.key] = resolveIn(stage, pair.value ?? '', options);
    }
  } else if (keyword === 'USER' && instruction.argsText) {
    stage.user = { value: resolveIn(stage, instruction.argsText, options), instruction };
  }
}

/** `value` with the stage's ENV and ARG values substituted; most values hold no `$` and are kept as they are. */
function resolveIn(stage: Stage, value: string, options: SubstituteOptions): string {
  if (value.indexOf('$') < 0) return value;
  const lookup: VariableLookup = (name) => (Object.hasOwn(stage.env, name) ? stage.env[name] : Object.hasOwn(stage.args, name) ? stage.args[name] : undefined);
  return substitute(value, lookup, options).value;
}
