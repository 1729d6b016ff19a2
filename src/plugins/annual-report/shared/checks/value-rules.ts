import { BASIS } from '../templates/rule-basis';
import type { FindingRule } from './finding-of';

/** The rules every template implies: values of their kind (V1–V6) and tables as printed (V7). */
const IDS = ['V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7'] as const;

export type ValueRuleId = (typeof IDS)[number];

export const VALUE_RULES = Object.fromEntries(
  IDS.map((id) => [id, { id, severity: 'error', basis: BASIS.values }]),
) as Record<ValueRuleId, FindingRule>;

export const VALUE_RULE_IDS: readonly ValueRuleId[] = IDS;
