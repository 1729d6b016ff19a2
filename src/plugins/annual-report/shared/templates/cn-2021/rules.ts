import type { ProseConcept, Rule, Term } from '../../contracts/rules';
import { documentConcepts, nationalVocabulary } from '../cn-common/prose-vocabulary';
import { BASIS } from '../rule-basis';
import {
  appealsRules,
  applicationsRules,
  commonStructureRules,
  coverageRules2021,
  nationalDeadlineRule,
  proseRule,
} from '../common-rules';

const activeRules = (row: string, column: string, previousYear = false): Term => ({
  table: 'active-rules',
  row,
  column,
  ...(previousYear ? { previousYear } : {}),
});

const OTHER_PROCESSING = [
  'other-processing-no-supplement',
  'other-processing-unpaid-fee',
  'other-processing-other',
];

const decisions = (table: string, row: string): Term[][] => [[{ table, row, column: 'decisions' }]];

/** Table 二 as the prose names it; 政策性文件 is wider than 行政规范性文件, so it is not here. */
const activeConcepts: ProseConcept[] = [
  ...documentConcepts(
    { issued: ['issued'], repealed: 'repealed', inForce: 'in-force' },
    '(?:行政)?规范性文件',
    true,
  ),
  {
    id: 'fees',
    names: ['行政事业性收费(?:金额)?'],
    form: ['行政事业性收费(?:金额)?'],
    readings: [[{ table: 'active-fees', row: 'administrative-fees', column: 'amount' }]],
  },
  {
    id: 'licensing-decisions',
    names: ['行政许可(?:处理)?决定(?:数量)?'],
    form: ['行政许可(?:处理)?决定(?:数量)?'],
    readings: decisions('active-licensing', 'administrative-licensing'),
  },
  {
    id: 'penalty-decisions',
    names: ['行政处罚(?:处理)?决定(?:数量)?'],
    form: ['行政处罚(?:处理)?决定(?:数量)?'],
    readings: decisions('active-enforcement', 'administrative-penalty'),
  },
  {
    id: 'coercion-decisions',
    names: ['行政强制(?:处理)?决定(?:数量)?'],
    form: ['行政强制(?:处理)?决定(?:数量)?'],
    readings: decisions('active-enforcement', 'administrative-coercion'),
  },
];

const row = (id: string, names: string[]): ProseConcept => ({
  id,
  names,
  readings: [[{ table: 'applications', row: id, column: 'total' }]],
  shareOf: 'total',
});

/** （六）其他处理's rows of 2021; its 3.其他 has no name of its own. */
const otherProcessingConcepts: ProseConcept[] = [
  row('other-processing-no-supplement', ['(?:无正当理由)?逾期(?:不|未)补正']),
  row('other-processing-unpaid-fee', [
    '逾期未(?:按收费通知要求)?缴纳(?:费用)?',
    '未缴纳(?:信息处理)?费',
  ]),
];

export const rules: Rule[] = [
  ...applicationsRules(OTHER_PROCESSING),
  ...appealsRules,
  {
    // Only a warning: revisions and documents expiring on their own break the identity.
    id: 'T2-2',
    basis: BASIS.table2,
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
  proseRule({
    vocabulary: nationalVocabulary(OTHER_PROCESSING, activeConcepts, otherProcessingConcepts),
  }),
  ...commonStructureRules,
  ...coverageRules2021,
  nationalDeadlineRule,
];
