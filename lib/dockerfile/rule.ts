// The shape every rule file exports: `export default defineRule({ meta, check })`.
import type { Rule, RuleMeta } from './types';

type RuleMetaInput = Omit<RuleMeta, 'defaultEnabled'> & { defaultEnabled?: boolean };

/**
 * A rule reads the whole file (`check`), judges each stage on its own (`inspectStage`), or judges
 * each instruction on its own (`inspect`), maybe only the instructions of the keywords named `on`.
 */
type RuleInput = { meta: RuleMetaInput } & (
  | { check: Rule['check'] }
  | { inspectStage: NonNullable<Rule['inspectStage']> }
  | { inspect: NonNullable<Rule['inspect']>; on?: readonly string[] }
);

/** Every rule object has the same fields, present or undefined: analyze reads them from one shape. */
export function defineRule(input: RuleInput): Rule {
  // Messages without a prototype: read by id for every finding, from 54 objects of as many shapes.
  const messages = Object.assign(Object.create(null) as Record<string, string>, input.meta.messages);
  const meta = { defaultEnabled: true, ...input.meta, messages };
  if ('check' in input) return { meta, check: input.check, inspect: undefined, inspectStage: undefined, on: undefined };
  if ('inspectStage' in input) {
    const { inspectStage } = input;
    return {
      meta,
      // On its own: every stage in order, as analyze does.
      check(context) {
        const stages = context.ast.stages;
        for (let s = 0; s < stages.length; s++) inspectStage(stages[s]!, context);
      },
      inspect: undefined,
      inspectStage,
      on: undefined,
    };
  }
  const { inspect, on } = input;
  return {
    meta,
    // On its own (tests, callers of one rule): the instructions it judges, in order, as analyze does.
    check(context) {
      const instructions = context.ast.instructions;
      for (let i = 0; i < instructions.length; i++) {
        const instruction = instructions[i]!;
        if (!on || on.includes(instruction.keyword)) inspect(instruction, context);
      }
    },
    inspect,
    inspectStage: undefined,
    on,
  };
}
