// The shape every rule file exports: `export default defineRule({ meta, check })`.
import type { Rule, RuleMeta } from './types';

type RuleMetaInput = Omit<RuleMeta, 'defaultEnabled'> & { defaultEnabled?: boolean };

/** A rule reads the whole file (`check`), or judges each instruction on its own (`inspect`). */
type RuleInput = { meta: RuleMetaInput; check: Rule['check'] } | { meta: RuleMetaInput; inspect: NonNullable<Rule['inspect']> };

export function defineRule(input: RuleInput): Rule {
  const meta = { defaultEnabled: true, ...input.meta };
  if ('check' in input) return { meta, check: input.check };
  const { inspect } = input;
  return {
    meta,
    inspect,
    // On its own (tests, callers of one rule): every instruction in order, as analyze does.
    check(context) {
      const instructions = context.ast.instructions;
      for (let i = 0; i < instructions.length; i++) inspect(instructions[i]!, context);
    },
  };
}
