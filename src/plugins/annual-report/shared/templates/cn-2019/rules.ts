import type { Rule } from '../../contracts/rules';
import { BASIS } from '../rule-basis';
import { documentConcepts, nationalVocabulary } from '../cn-common/prose-vocabulary';
import {
  appealsRules,
  applicationsRules,
  commonStructureRules,
  nationalDeadlineRule,
  proseRule,
} from '../common-rules';

export const rules: Rule[] = [
  ...applicationsRules(['other-processing']),
  ...appealsRules,
  {
    // A warning, like the 2021 table 二 rule: revisions and expiry break it (docs/rules.md).
    id: 'T2-1',
    basis: BASIS.table2,
    kind: 'relation',
    severity: 'warning',
    title: { 'zh-Hans': '对外公开总数量', en: 'the total published' },
    left: [{ table: 'active-rules', row: '$row', column: 'new-published' }],
    op: '<=',
    right: [{ table: 'active-rules', row: '$row', column: 'total-published' }],
    each: { rows: ['regulations', 'normative-documents'] },
  },
  proseRule({
    vocabulary: nationalVocabulary(
      ['other-processing'],
      documentConcepts(
        { issued: ['new-made', 'new-published'], inForce: 'total-published' },
        '(?:行政)?规范性文件',
      ),
    ),
  }),
  ...commonStructureRules,
  nationalDeadlineRule,
];
