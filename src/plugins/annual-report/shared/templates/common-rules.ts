import type {
  ContactRule,
  ContentRule,
  CoverageRule,
  DeadlineRule,
  ProseRule,
  RelationRule,
  Rule,
  SectionsRule,
  SimilarityRule,
  Term,
  YearRule,
} from '../contracts/rules';
import { APPLICANT_KINDS, APPLICATION_COLUMNS } from './cn-common/applications';
import { BASIS } from './rule-basis';

/**
 * Rules shared by several formats: the table 三/四 arithmetic and prose of the two national formats
 * (identical apart from the （六） rows), and the structural checks every format gets.
 */

const APPLICATIONS = 'applications';
const APPEALS = 'appeals';

/** 三、本年度办理结果 （一）–（五）; each format appends its own （六）. */
const RESULT_ROWS = [
  'disclosed',
  'partially-disclosed',
  'withheld-state-secret',
  'withheld-prohibited',
  'withheld-three-safeties',
  'withheld-third-party',
  'withheld-internal-affairs',
  'withheld-process-info',
  'withheld-enforcement-files',
  'withheld-query-matters',
  'unavailable-not-held',
  'unavailable-needs-creation',
  'unavailable-unclear',
  'not-processed-complaints',
  'not-processed-repeated',
  'not-processed-publications',
  'not-processed-excessive',
  'not-processed-confirmation',
];

const APPEAL_GROUPS = ['review', 'direct-suit', 'after-review-suit'];
const OUTCOMES = ['upheld', 'corrected', 'other', 'pending'];

const application = (row: string, column = 'total', extra: Partial<Term> = {}): Term => ({
  table: APPLICATIONS,
  row,
  column,
  ...extra,
});
const appeal = (column: string): Term => ({ table: APPEALS, row: 'cases', column });

/** T3-1 … T3-4 for a national format whose （六） has these data rows. */
export function applicationsRules(otherProcessingRows: string[]): RelationRule[] {
  const results = [...RESULT_ROWS, ...otherProcessingRows];
  return [
    {
      id: 'T3-1',
      basis: BASIS.table3,
      kind: 'relation',
      severity: 'error',
      title: { 'zh-Hans': '六类申请人之和', en: 'the sum of the six applicant columns' },
      left: [application('$row')],
      op: '=',
      right: APPLICANT_KINDS.map((column) => application('$row', column)),
      each: { rows: ['new', 'carried-over', ...results, 'total', 'carried-forward'] },
    },
    {
      id: 'T3-2',
      basis: BASIS.table3,
      kind: 'relation',
      severity: 'error',
      title: { 'zh-Hans': '各项办理结果之和', en: 'the sum of the outcomes' },
      left: [application('total', '$col')],
      op: '=',
      right: results.map((row) => application(row, '$col')),
      each: { columns: APPLICATION_COLUMNS },
    },
    {
      id: 'T3-3',
      basis: BASIS.table3,
      kind: 'relation',
      severity: 'error',
      title: {
        'zh-Hans': '一加二减三（七）：第一项加第二项之和，等于第三项加第四项之和',
        en: 'item 一 + item 二 − item 三(七): 一 + 二 must equal 三 + 四',
      },
      left: [application('carried-forward', '$col')],
      op: '=',
      right: [
        application('new', '$col'),
        application('carried-over', '$col'),
        application('total', '$col', { sign: -1 }),
      ],
      each: { columns: APPLICATION_COLUMNS },
    },
    {
      id: 'T3-4',
      basis: BASIS.carryOver,
      kind: 'relation',
      severity: 'warning',
      title: {
        'zh-Hans': '上一年度报告的“结转下年度继续办理”',
        en: 'last year’s “carried forward to the next year”',
      },
      left: [application('carried-over', '$col')],
      op: '=',
      right: [application('carried-forward', '$col', { previousYear: true })],
      each: { columns: APPLICATION_COLUMNS },
    },
  ];
}

/** T4-1: each of 行政复议, 未经复议直接起诉, 复议后起诉 totals its four outcomes. */
export const appealsRules: RelationRule[] = APPEAL_GROUPS.map((group) => ({
  id: 'T4-1',
  basis: BASIS.table4,
  kind: 'relation',
  severity: 'error',
  title: {
    'zh-Hans': '结果维持、结果纠正、其他结果、尚未审结之和',
    en: 'upheld + corrected + other + pending',
  },
  left: [appeal(`${group}-total`)],
  op: '=',
  right: OUTCOMES.map((outcome) => appeal(`${group}-${outcome}`)),
}));

export const sectionsRule: SectionsRule = {
  id: 'S1',
  basis: BASIS.sections,
  kind: 'sections',
  severity: 'error',
  title: {
    'zh-Hans': '各部分齐全、有序、编号连续',
    en: 'all parts present, in order, numbered without gaps',
  },
};

export const yearRule: YearRule = {
  id: 'Y1',
  basis: BASIS.year,
  kind: 'year',
  severity: 'error',
  title: {
    'zh-Hans': '标题、统计期限和正文的年度一致',
    en: 'the same year in the title, period and text',
  },
  openers: ['overview'],
};

/**
 * Not required by law, but every model report carries it; a warning. Each item is recognised by
 * its form, not by a word: "更新办公地址" or "电话沟通" give no address or phone.
 * - address: a street with its number (石榴岗路480号, 翔宇南道1号, 洪泽湖大道90号), a numbered
 *   building (7号楼), or whatever follows an "地址：" label (管委会大楼主楼14层);
 * - postcode: six digits after 邮编/邮政编码;
 * - phone: 区号-号码 (0517-83605210, 0527—83593059, (0591)23165385), a mobile number, the 12345
 *   hotline, or a local number after an 电话 label (电话:5722721).
 */
export const contactRule: ContactRule = {
  id: 'K1',
  basis: BASIS.contact,
  kind: 'contact',
  severity: 'warning',
  title: { 'zh-Hans': '联系方式', en: 'contact details' },
  items: [
    {
      label: { 'zh-Hans': '地址', en: 'address' },
      pattern:
        '[\\u4e00-\\u9fa5](?:大道|大街|路|街|巷|弄|道)[东西南北中]{0,2}段?[0-9０-９一二三四五六七八九十百零〇]+(?:-[0-9]+)?号|(?<!第)[0-9０-９]+号(?:楼|院)|地址[:：][\\u4e00-\\u9fa5]{4}',
    },
    {
      label: { 'zh-Hans': '邮编', en: 'postcode' },
      pattern: '(?:邮编|邮政编码)(?:为|是)?[:：]?[0-9０-９]{6}(?![0-9０-９])',
    },
    {
      label: { 'zh-Hans': '电话', en: 'phone' },
      pattern:
        '(?<![0-9])(?:[(（]0[0-9]{2,3}[)）]|0[0-9]{2,3}[-－—–]+)[0-9]{7,8}(?![0-9])|(?<![0-9])1[3-9][0-9]{9}(?![0-9])|(?<![0-9])12345(?![0-9])|电话(?:号码)?[:：][0-9]{7,8}(?![0-9])',
    },
  ],
};

/** Since the 2019 revision (条例第五十条): departments by 1月31日, governments by 3月31日. */
export const nationalDeadlineRule: DeadlineRule = {
  id: 'D1',
  basis: BASIS.deadline,
  kind: 'deadline',
  severity: 'warning',
  title: { 'zh-Hans': '按时公布', en: 'published on time' },
  due: { month: 3, day: 31 },
  dateRequired: true,
  dueByLevel: {
    government_department: { month: 1, day: 31 },
    state_council_department: { month: 1, day: 31 },
  },
};

const similarityRule: SimilarityRule = {
  id: 'C1',
  basis: BASIS.similarity,
  kind: 'similarity',
  severity: 'warning',
  title: { 'zh-Hans': '与上一年度报告内容雷同', en: 'copied from last year’s report' },
  threshold: 0.9,
};

/** Errors: an empty preface or section body must not publish. */
export const contentRule: ContentRule = {
  id: 'R1',
  basis: BASIS.content,
  kind: 'content',
  severity: 'error',
  title: { 'zh-Hans': '前言和各部分都有内容', en: 'the preface and every part have content' },
};

/** The rules of every format that read the text, not the tables (docs/rules.md). */
export const commonStructureRules: Rule[] = [
  sectionsRule,
  contentRule,
  yearRule,
  contactRule,
  similarityRule,
];

/**
 * 国办公开办函〔2021〕30号: 总体情况 covers 主动公开、依申请公开、政府信息管理、平台建设、监督保障,
 * and 其他需要报告的事项 reports the 信息处理费 charged (国办函〔2020〕109号), even when none was.
 */
export const coverageRules2021: CoverageRule[] = [
  {
    id: 'R2',
    basis: BASIS.coverage,
    kind: 'coverage',
    severity: 'warning',
    title: { 'zh-Hans': '总体情况涵盖五个方面', en: 'the overview covers the five areas' },
    section: 'overview',
    topics: [
      { label: { 'zh-Hans': '主动公开', en: 'proactive disclosure' }, pattern: '主动公开' },
      {
        label: { 'zh-Hans': '依申请公开', en: 'disclosure on request' },
        pattern: '依申请|政府信息公开申请',
      },
      {
        label: { 'zh-Hans': '政府信息管理', en: 'information management' },
        pattern: '信息管理|信息公开管理',
      },
      { label: { 'zh-Hans': '平台建设', en: 'platforms' }, pattern: '平台' },
      { label: { 'zh-Hans': '监督保障', en: 'oversight and support' }, pattern: '监督|保障' },
    ],
  },
  {
    id: 'R2',
    basis: BASIS.coverage,
    kind: 'coverage',
    severity: 'warning',
    title: { 'zh-Hans': '报告信息处理费', en: 'information processing fees reported' },
    section: 'other',
    topics: [
      {
        label: {
          'zh-Hans': '信息处理费（收取或未收取）',
          en: 'information processing fees (charged or not)',
        },
        pattern: '处理费|(?:未|不|没有|无)收取(?:任何)?费用',
      },
    ],
  },
];

export function proseRule(reading: Pick<ProseRule, 'vocabulary' | 'phrases'>): ProseRule {
  return {
    id: 'N1',
    basis: BASIS.prose,
    kind: 'prose',
    severity: 'error',
    title: { 'zh-Hans': '正文数字与表格一致', en: 'figures in the text agree with the tables' },
    ...reading,
  };
}
