// The shape every rule file exports: `export default defineRule({ meta, check })`.
import type { Rule, RuleMeta } from './types';

/** What defineRule fills in when a rule leaves it out: a rule writes only where it differs. */
type Defaulted = 'defaultEnabled' | 'severity' | 'fixable' | 'aliases';
type RuleMetaInput = Omit<RuleMeta, Defaulted> & Partial<Pick<RuleMeta, Defaulted>>;

/**
 * A rule reads the whole file (`check`), judges each stage on its own (`inspectStage`), or judges
 * each instruction on its own (`inspect`), maybe only the instructions of the keywords named `on`.
 */
type RuleInput = { meta: RuleMetaInput } & (
  | { check: Rule['check'] }
  | { inspectStage: NonNullable<Rule['inspectStage']> }
  | { inspect: NonNullable<Rule['inspect']>; on?: readonly string[]; finish?: Rule['finish'] }
);

/** Every rule object has the same fields, present or undefined: analyze reads them from one shape. */
export function defineRule(input: RuleInput): Rule {
  // Messages without a prototype: read by id for every finding, from 54 objects of as many shapes.
  const messages = Object.assign(Object.create(null) as Record<string, string>, input.meta.messages);
  // On by default, a warning, with no quick fix and no other linter's id: what most rules are.
  const meta: RuleMeta = { defaultEnabled: true, severity: 'warning', fixable: false, aliases: [], ...input.meta, messages };
  const inspect = 'inspect' in input ? input.inspect : undefined;
  const inspectStage = 'inspectStage' in input ? input.inspectStage : undefined;
  const on = 'on' in input ? input.on : undefined;
  const finish = 'finish' in input ? input.finish : undefined;
  // On its own (tests, callers of one rule), a rule that inspects is shown what analyze shows it, in order.
  const check: Rule['check'] =
    'check' in input
      ? input.check
      : (context) => {
          if (inspectStage) for (const stage of context.ast.stages) inspectStage(stage, context);
          else for (const instruction of context.ast.instructions) if (!on || on.includes(instruction.keyword)) inspect!(instruction, context);
          finish?.(context);
        };
  return { meta, check, inspect, inspectStage, on, finish };
}
