import type { Rule, Term } from '../../checks/rule-types';
import {
  appealsRules,
  applicationsRules,
  commonStructureRules,
  coverageRules2021,
  nationalDeadlineRule,
  nationalProsePhrases,
  proseRule,
} from '../common-rules';

const activeRules = (row: string, column: string, previousYear = false): Term => ({
  table: 'active-rules',
  row,
  column,
  ...(previousYear ? { previousYear } : {}),
});

export const rules: Rule[] = [
  ...applicationsRules([
    'other-processing-no-supplement',
    'other-processing-unpaid-fee',
    'other-processing-other',
  ]),
  ...appealsRules,
  {
    // Only a warning: revisions and documents expiring on their own break the identity.
    id: 'T2-2',
    kind: 'relation',
    severity: 'warning',
    title: {
      'zh-Hans': '上一年度现行有效件数加本年制发件数减本年废止件数',
      en: 'last year’s in force + issued − repealed',
    },
    left: [activeRules('$row', 'in-force')],
    op: '=',
    right: [
      activeRules('$row', 'in-force', true),
      activeRules('$row', 'issued'),
      { ...activeRules('$row', 'repealed'), sign: -1 },
    ],
    each: { rows: ['regulations', 'normative-documents'] },
  },
  proseRule([
    ...nationalProsePhrases,
    // 政策性文件 is wider than 行政规范性文件, so only the exact names restate table 二.
    {
      pattern: '(?:制发|新增(?:公开)?|出台|印发)[^。,;]{0,6}?规章{n}件',
      values: [{ sum: [activeRules('regulations', 'issued')] }],
    },
    {
      pattern: '(?:制发|新增(?:公开)?|出台|印发)[^。,;]{0,6}?行政规范性文件{n}件',
      values: [{ sum: [activeRules('normative-documents', 'issued')] }],
    },
  ]),
  ...commonStructureRules,
  ...coverageRules2021,
  nationalDeadlineRule,
];
