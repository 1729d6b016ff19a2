import type { Finding, Severity } from '../contracts/checks';
import { BASIS } from '../templates/rule-basis';
import type { Localized } from '../contracts/template';

/** What a finding takes from its rule: who it is, how grave, and on what basis. */
export interface FindingRule {
  id: string;
  severity: Severity;
  basis?: Localized;
}

export type FindingFields = Omit<Finding, 'rule' | 'severity' | 'basis'> & { severity?: Severity };

/**
 * The one way evaluators make findings: the rule's id, its severity unless the reading lowers it
 * (a prose figure that is not certain), and its basis. Every finding cites where its rule comes from.
 */
export function findingOf(rule: FindingRule): (fields: FindingFields) => Finding {
  // A site's own rule without a basis is cited as the site's.
  const basis = rule.basis ?? BASIS.site;
  return ({ severity, ...fields }) => ({
    rule: rule.id,
    severity: severity ?? rule.severity,
    basis,
    ...fields,
  });
}
