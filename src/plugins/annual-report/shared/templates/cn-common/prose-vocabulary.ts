import type { ProseConcept, ProseVocabulary, Term } from '../../contracts/rules';
import { APPLICANT_KINDS } from './applications';

/**
 * What tables 三 and 四 of the national formats count, in the words reports use for it (N1). Each
 * format adds its table 二 concepts and its （六） rows. Names are regular expression sources on
 * text without whitespace; the reader (checks/prose-reader.ts) prefers the longer name where two
 * start at one character.
 */

const APPLICATIONS = 'applications';
const cell = (row: string, column = 'total'): Term => ({ table: APPLICATIONS, row, column });
const appeal = (column: string): Term => ({ table: 'appeals', row: 'cases', column });

/** Counted where the sentence speaks of this year's applications, with or without carry-over. */
const received = (column: string): Term[][] => [
  [cell('new', column)],
  [cell('new', column), cell('carried-over', column)],
];

const WITHHELD: Array<[string, ...string[]]> = [
  ['withheld-state-secret', '(?:属于)?国家秘密'],
  ['withheld-prohibited', '(?:其他)?法律(?:、)?行政法规禁止公开'],
  ['withheld-three-safeties', '危及[“"]?三安全一稳定[”"]?'],
  ['withheld-third-party', '(?:保护)?第三方合法权益'],
  ['withheld-internal-affairs', '(?:属于)?(?:三类)?内部事务(?:信息)?'],
  // 过程性性信息 is printed too.
  ['withheld-process-info', '(?:属于)?(?:四类)?过程性(?:性)?信息'],
  ['withheld-enforcement-files', '(?:属于)?行政执法案卷'],
  ['withheld-query-matters', '(?:属于)?行政查询事项'],
];
const UNAVAILABLE: Array<[string, ...string[]]> = [
  ['unavailable-not-held', '(?:本机关)?不掌握(?:相关)?(?:政府)?(?:信息)?', '信息不存在'],
  ['unavailable-needs-creation', '(?:没有现成信息)?需(?:要)?另行制作'],
  ['unavailable-unclear', '补正后(?:申请内容)?仍不明确'],
];
const NOT_PROCESSED: Array<[string, ...string[]]> = [
  ['not-processed-complaints', '信访举报投诉类?(?:申请)?'],
  ['not-processed-repeated', '重复申请'],
  ['not-processed-publications', '(?:要求)?提供公开出版物'],
  ['not-processed-excessive', '(?:无正当理由)?大量反复申请'],
  ['not-processed-confirmation', '(?:要求行政机关)?确认或重新出具(?:已获取信息)?'],
];

/**
 * Outcomes are shares of 办理结果总计 when a report prints 占X%. Their names are the form's own
 * row labels (予以公开, 属于国家秘密), unless `form` says which of them are.
 */
function outcome(id: string, names: string[], rows: string[], form = names): ProseConcept {
  return { id, names, form, readings: [rows.map((row) => cell(row))], shareOf: 'total' };
}

function subOutcomes(list: Array<[string, ...string[]]>): ProseConcept[] {
  return list.map(([row, ...names]) => outcome(row, names, [row]));
}

const APPLICANT_NAMES: Record<string, string> = {
  'natural-person': '自然人',
  commercial: '商业企业',
  research: '科研机构',
  'public-interest': '社会公益组织',
  'legal-services': '法律服务机构',
};

function applicantConcepts(): ProseConcept[] {
  const organisations = APPLICANT_KINDS.filter((kind) => kind !== 'natural-person');
  return [
    ...Object.entries(APPLICANT_NAMES).map(([column, name]) => ({
      id: column,
      names: [`${name}(?:提出|提交)?(?:的)?(?:申请)?`],
      readings: received(column),
    })),
    {
      id: 'organisations',
      names: ['法人(?:或|和|及)?其他组织(?:提出|提交)?(?:的)?(?:申请)?'],
      readings: [
        organisations.map((column) => cell('new', column)),
        organisations.flatMap((column) => [cell('new', column), cell('carried-over', column)]),
      ],
    },
  ];
}

function applicationConcepts(otherProcessingRows: string[]): ProseConcept[] {
  const withheld = WITHHELD.map(([row]) => row);
  const unavailable = UNAVAILABLE.map(([row]) => row);
  const notProcessed = NOT_PROCESSED.map(([row]) => row);
  return [
    {
      id: 'new',
      names: ['(?:本年度?)?新收(?:到)?(?:的)?(?:政府信息公开)?(?:申请)?(?:数量)?'],
      form: ['(?:本年度?)?新收(?:的)?(?:政府信息公开)?申请(?:数量)?'],
      readings: [[cell('new')]],
    },
    {
      id: 'carried-over',
      names: ['上一?年度?结转(?:的|来)?(?:政府信息公开)?(?:申请)?(?:数量)?'],
      form: ['上一?年度?结转(?:的)?(?:政府信息公开)?申请(?:数量)?'],
      readings: [[cell('carried-over')]],
    },
    {
      // 受理/收到 counts this year's new applications in most reports, new plus carried-over in some.
      id: 'received',
      names: [
        '(?:受理|收到|接收|接到)(?:[^，,；;。、（）()0-9]{0,10}?)申请(?:数量|总数)?',
        '(?:政府信息公开|依申请公开)申请(?:数量|总数)?',
      ],
      readings: received('total'),
    },
    {
      // 办理 may mean received or settled: only a warning.
      id: 'handled',
      names: ['办理(?:了)?(?:各类)?(?:政府信息公开)?申请'],
      readings: [[cell('total')], ...received('total')],
      ambiguous: true,
    },
    {
      id: 'total',
      names: [
        '办理结果总计',
        '(?:共|已)?办结',
        '答复(?!率|时限|期限)',
        '(?:共|已)办理(?:完毕|完成)?',
      ],
      form: ['办理结果总计'],
      readings: [[cell('total')]],
      // 办理/答复 are verbs: "共办理相关案件74件" is not about applications.
      gap: 2,
    },
    {
      id: 'carried-forward',
      names: [
        '(?:结转|顺延|转)(?:到|至|入)?下一?(?:个)?年(?:度)?(?:继续)?(?:办理|答复)?',
        '结转下年度继续办理',
        // "无下年度结转"
        '下一?年度?结转',
      ],
      form: ['结转(?:到|至)?下一?年度?继续办理'],
      readings: [[cell('carried-forward')]],
    },
    outcome('disclosed', ['(?<!主动|部分)予以公开'], ['disclosed'], ['予以公开']),
    outcome('partially-disclosed', ['部分公开'], ['partially-disclosed']),
    outcome('withheld', ['不予公开'], withheld),
    ...subOutcomes(WITHHELD),
    outcome('unavailable', ['无法提供'], unavailable),
    ...subOutcomes(UNAVAILABLE),
    outcome('not-processed', ['不予处理'], notProcessed),
    ...subOutcomes(NOT_PROCESSED),
    outcome('other-processing', ['其他处理'], otherProcessingRows),
    ...applicantConcepts(),
  ];
}

/** The three groups of table 四 and 行政诉讼 as both suit groups together. */
/** Each group: id, names, the form's own names (行政诉讼 spans two groups: none), columns. */
const APPEAL_GROUPS: Array<[string, string[], string[], string[]]> = [
  ['review', ['行政复议'], ['行政复议'], ['review']],
  [
    'suit',
    ['(?:行政)?诉讼', '被(?:提起)?(?:行政)?起诉', '行政应诉'],
    [],
    ['direct-suit', 'after-review-suit'],
  ],
  [
    'direct-suit',
    ['(?:未经复议)?直接(?:提起)?(?:行政)?(?:起诉|诉讼)'],
    ['未经复议直接(?:提起)?(?:行政)?(?:起诉|诉讼)'],
    ['direct-suit'],
  ],
  [
    'after-review-suit',
    ['复议后(?:提起)?(?:行政)?(?:起诉|诉讼)'],
    ['复议后(?:提起)?(?:行政)?(?:起诉|诉讼)'],
    ['after-review-suit'],
  ],
];
const OUTCOMES = ['upheld', 'corrected', 'other', 'pending'];

/** Outcomes named with their group in one word: "被复议纠错", "行政诉讼败诉". */
const OUTCOME_NAMES: Record<string, string[]> = {
  'review-corrected': ['(?:被)?(?:行政)?复议纠(?:错|正)'],
  'suit-corrected': ['(?:行政)?诉讼(?:中)?败诉'],
};

function appealConcepts(): ProseConcept[] {
  return APPEAL_GROUPS.flatMap(([id, names, form, columns]) => [
    { id, names, form, readings: [columns.map((column) => appeal(`${column}-total`))] },
    ...OUTCOMES.map((part) => ({
      id: `${id}-${part}`,
      ...(OUTCOME_NAMES[`${id}-${part}`] ? { names: OUTCOME_NAMES[`${id}-${part}`] } : {}),
      readings: [columns.map((column) => appeal(`${column}-${part}`))],
    })),
  ]);
}

/** Each name holds a literal (未, 没有) so that sentences without it skip its regex. */
export const NEGATIONS = [
  // A verb after 未: "超时未答复" says no answer was late, not that none was given.
  '未(?:发生|收到|受理|产生|出现|接到|有)',
  '没有(?:发生|收到|受理|产生|出现|接到)?',
  // "无下年度结转", "无上年结转申请": 无 alone is too common to negate anything else.
  '无(?=(?:上|下)一?年度?结转)',
];

/** 万元 is the unit of the fee cells; the counts are in 件 whatever unit the prose uses. */
const UNITS: Record<string, number> = {
  件: 1,
  项: 1,
  个: 1,
  条: 1,
  宗: 1,
  份: 1,
  起: 1,
  万元: 1,
  元: 0.0001,
};

export function nationalVocabulary(
  otherProcessingRows: string[],
  activeConcepts: ProseConcept[],
  otherProcessingConcepts: ProseConcept[] = [],
): ProseVocabulary {
  return {
    concepts: [
      ...applicationConcepts(otherProcessingRows),
      ...otherProcessingConcepts,
      ...appealConcepts(),
      ...activeConcepts,
    ],
    groups: APPEAL_GROUPS.map(([id]) => id),
    qualifiers: [
      { id: 'upheld', names: ['(?:结果)?维持(?:原)?(?:行政行为|决定)?'], form: ['结果维持'] },
      {
        id: 'corrected',
        names: ['(?:结果)?(?:被)?纠正', '(?:被)?纠错', '(?:被)?撤销'],
        form: ['结果纠正'],
      },
      // Not a bare 其他: "其他需要报告的事项等六个部分" follows 行政诉讼 in many prefaces.
      { id: 'other', names: ['其他结果'], form: ['其他结果'] },
      {
        id: 'pending',
        names: ['尚未审结', '未审结', '正在审理', '审理中', '尚未结案', '未结案'],
        form: ['尚未审结'],
      },
    ],
    outcomes: [
      {
        names: [
          '(?:均|全部|都)(?:获|被|予以|已|为)?(?:结果)?维持',
          '(?:无|未|没有)(?:被)?纠错',
          '(?:无|未|没有)(?:被)?纠正',
        ],
        zero: ['corrected', 'other', 'pending'],
      },
      { names: ['(?:均|全部|都)已?审结', '(?:均|全部|都)已?结案'], zero: ['pending'] },
    ],
    negations: NEGATIONS,
    references: ['(?:相关|上述|前述|以上)案件'],
    units: UNITS,
    formUnits: ['件', '万元'],
    narrowing: ['代表', '(?:县|市|区)直(?:各)?(?:单位|部门)', '各(?:乡镇|街道|部门|单位)(?:共)?'],
    gap: 12,
  };
}

/** Table 二 rows 规章 and 行政规范性文件: which column the verb before the name points at. */
export function documentConcepts(
  columns: { issued: string[]; repealed?: string; inForce: string },
  normativeName: string,
  /** The form's own phrasings (本年制发, 本年废止, 现行有效), where its columns are so labelled. */
  form = false,
): ProseConcept[] {
  const rules = (row: string, ...columnKeys: string[]): Term[][] =>
    columnKeys.map((column) => [{ table: 'active-rules', row, column }]);
  const kinds: Array<[string, string]> = [
    ['regulations', '规章(?!制度)'],
    ['normative-documents', `${normativeName}(?!类|库)`],
  ];
  const not = '(?:(?!现行|有效|废止|[，,；;。、（）()0-9]).)';
  return kinds.flatMap(([row, name]) => [
    {
      id: `${row}-issued`,
      names: [`(?:制发|新增|出台|印发|发布|公开|制定)(?:实施)?(?:了)?${not}{0,8}?${name}`],
      ...(form ? { form: [`制发(?:了)?${name}`] } : {}),
      readings: rules(row, ...columns.issued),
    },
    ...(columns.repealed
      ? [
          {
            id: `${row}-repealed`,
            names: [`(?:废止|废除|宣布失效)(?:了)?${not}{0,8}?${name}`],
            ...(form ? { form: [`废止(?:了)?${name}`] } : {}),
            readings: rules(row, columns.repealed),
          },
        ]
      : []),
    {
      id: `${row}-in-force`,
      names: [`现行有效(?:的)?${not}{0,8}?${name}`],
      ...(form ? { form: [`现行有效(?:的)?${name}`] } : {}),
      readings: rules(row, columns.inForce),
    },
    {
      // A bare name: issued this year or in force, a reviewer cannot tell.
      id: row,
      names: [name],
      readings: rules(row, ...columns.issued, columns.inForce),
      ambiguous: true,
    },
  ]);
}
