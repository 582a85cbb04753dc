// The shape every rule file exports: `export default defineRule({ meta, check })`.
import type { Rule, RuleMeta } from './types';

type RuleMetaInput = Omit<RuleMeta, 'defaultEnabled'> & { defaultEnabled?: boolean };

/**
 * A rule reads the whole file (`check`), or judges each instruction on its own (`inspect`), maybe
 * only the instructions of the keywords named `on`.
 */
type RuleInput = { meta: RuleMetaInput } & ({ check: Rule['check'] } | { inspect: NonNullable<Rule['inspect']>; on?: readonly string[] });

/** Every rule object has the same fields, present or undefined: analyze reads them from one shape. */
export function defineRule(input: RuleInput): Rule {
  // Messages without a prototype: read by id for every finding, from 54 objects of as many shapes.
  const messages = Object.assign(Object.create(null) as Record<string, string>, input.meta.messages);
  const meta = { defaultEnabled: true, ...input.meta, messages };
  if ('check' in input) return { meta, check: input.check, inspect: undefined, on: undefined };
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
    on,
  };
}
