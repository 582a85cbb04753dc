// The shape every rule file exports: `export default defineRule({ meta, check })`.
import type { Rule, RuleMeta } from './types';

type RuleInput = {
  meta: Omit<RuleMeta, 'defaultEnabled'> & { defaultEnabled?: boolean };
  check: Rule['check'];
};

export function defineRule(input: RuleInput): Rule {
  return { meta: { defaultEnabled: true, ...input.meta }, check: input.check };
}
