import type { ProseConcept, ProseVocabulary, Rule, Term } from '../../contracts/rules';
import { NEGATIONS } from '../cn-common/prose-vocabulary';
import { commonStructureRules, proseRule } from '../common-rules';
import { BASIS } from '../rule-basis';

const value = (table: string, row: string): Term => ({ table, row, column: 'value' });
const annex1 = (row: string) => value('annex-1', row);
const annex2 = (row: string) => value('annex-2', row);

const CATEGORIES = [
  'organization',
  'department-documents',
  'news',
  'law-enforcement',
  'service-guides',
  'budgets',
  'other',
];
const CHANNELS = ['gazette', 'website', 'weibo-wechat', 'media'];
const RESPONSE_CHANNELS = [
  'press-conferences',
  'online-interviews',
  'interpretations',
  'weibo-wechat',
  'other',
];
const APPLICATION_CHANNELS = ['online', 'letter', 'in-person', 'fax', 'other-channel'];
const REPLIES = [
  'agreed',
  'partially-agreed',
  'refused',
  'out-of-scope',
  'not-held',
  'unrelated',
  'unclear',
  'other-reply',
];

/**
 * What the Guangzhou 附表 and 二's breakdowns count, in the words pre-2019 reports use (N1). The
 * names are the 附表's own labels unless `form` says which of them are.
 */
const counted = (id: string, names: string[], term?: Term, form = names): ProseConcept => ({
  id,
  names,
  form,
  ...(term ? { readings: [[term]] } : {}),
});

const concepts: ProseConcept[] = [
  counted(
    'active-total',
    // "主动公开的2026条政府信息": the name is split by its number.
    ['主动公开(?:的)?(?:政府)?(?:信息|文件)(?:数)?', '主动公开的(?=[0-9０-９])'],
    annex1('total'),
  ),
  counted('organization', ['组织机构类(?:信息)?'], annex1('organization')),
  counted('department-documents', ['部门文件类(?:信息)?'], annex1('department-documents')),
  counted('news', ['动态类(?:信息)?'], annex1('news')),
  counted('law-enforcement', ['行政执法类(?:信息)?'], annex1('law-enforcement')),
  counted('service-guides', ['办事指南类(?:信息)?'], annex1('service-guides')),
  counted('budgets', ['财政预决算(?:类)?(?:信息)?'], annex1('budgets')),
  counted('other', ['其他(?:类)?信息'], annex1('other')),
  counted(
    'channel-gazette',
    ['政府公报(?:发布|公开)(?:信息)?(?:数)?'],
    value('channels', 'gazette'),
  ),
  counted(
    'channel-website',
    ['政府网站(?:发布|公开)(?:信息)?(?:数)?'],
    value('channels', 'website'),
  ),
  counted(
    'channel-weibo-wechat',
    ['微博微信(?:发布|公开)(?:信息)?'],
    value('channels', 'weibo-wechat'),
  ),
  counted('channel-media', ['新闻媒体(?:发布|公开)(?:信息)?'], value('channels', 'media')),
  counted('hotspots', ['回应(?:公众关注)?热点(?:或重大舆情)?'], value('responses', 'hotspots')),
  counted('press-conferences', ['新闻发布会'], value('responses', 'press-conferences')),
  counted('online-interviews', ['(?:政府网站)?在线访谈'], value('responses', 'online-interviews')),
  counted('interpretations', ['政策解读稿'], value('responses', 'interpretations')),
  counted('response-weibo-wechat', ['微博微信回应(?:事件)?'], value('responses', 'weibo-wechat')),
  counted('response-other', ['其他方式回应(?:事件)?'], value('responses', 'other')),
  counted(
    'applications',
    [
      '(?:受理|收到|接收|接到)[^，,；;。、（）()0-9]{0,10}?申请(?:数|总数)?',
      '(?:政府信息公开|依申请公开)申请(?:数|总数)?',
      '受理依申请公开信息总数',
      '申请总数',
    ],
    annex2('applications-total'),
    ['受理依申请公开信息总数', '申请总数'],
  ),
  counted('online', ['网上申请(?:数)?'], annex2('online')),
  counted('letter', ['信函申请(?:数)?'], annex2('letter')),
  counted('in-person', ['当面申请(?:数)?'], annex2('in-person')),
  counted('fax', ['传真申请(?:数)?'], annex2('fax')),
  counted('other-channel', ['其[他它](?:形式)?申请(?:数)?'], annex2('other-channel')),
  // Other pre-2019 tables have a row for e-mail; the Guangzhou one does not.
  counted('email', ['电子邮件申请(?:数)?']),
  counted('replies-total', ['(?:对申请的)?答复总数', '对申请的答复数'], annex2('replies-total')),
  counted('agreed', ['同意公开(?:答复)?(?:数)?'], annex2('agreed')),
  counted('partially-agreed', ['同意部分公开(?:答复)?(?:数)?'], annex2('partially-agreed')),
  // 不予公开信息N条 counts information withheld, not replies.
  counted(
    'refused',
    ['不同意公开(?:答复)?(?:数)?', '(?:不予|否决|免于)公开答复(?:数)?'],
    annex2('refused'),
  ),
  counted('out-of-scope', ['不属于(?:政府信息公开范围|政府信息)'], annex2('out-of-scope')),
  counted('not-held', ['非本机关(?:掌握)?(?:或信息不存在)?', '信息不存在'], annex2('not-held')),
  counted('unrelated', ['与生产生活科研需要无关'], annex2('unrelated')),
  counted('unclear', ['申请内容不明确'], annex2('unclear')),
  counted('other-reply', ['其[他它]类型答复(?:数)?'], annex2('other-reply')),
  counted('reviews', ['行政复议(?:数)?'], value('annex-3', 'reviews')),
  counted('suits', ['(?:行政)?诉讼(?:数)?'], value('annex-3', 'suits')),
];

const vocabulary: ProseVocabulary = {
  concepts,
  negations: NEGATIONS,
  units: { 条: 1, 次: 1, 篇: 1, 件: 1, 个: 1, 项: 1 },
  formUnits: ['条', '件', '次', '篇'],
  narrowing: ['(?:县|市|区)直(?:各)?(?:单位|部门)', '各(?:乡镇|街道)', '管委会及'],
  gap: 12,
};

export const rules: Rule[] = [
  {
    id: 'L1',
    basis: BASIS.legacyTables,
    kind: 'relation',
    severity: 'error',
    title: { 'zh-Hans': '七类信息之和', en: 'the sum of the seven categories' },
    left: [annex1('total')],
    op: '=',
    right: CATEGORIES.map(annex1),
  },
  {
    // A warning: an item published on two channels may have been counted once in the total.
    id: 'L2',
    basis: BASIS.legacyChannels,
    kind: 'relation',
    severity: 'warning',
    title: { 'zh-Hans': '各渠道发布信息之和', en: 'the sum over the publication channels' },
    left: [annex1('total')],
    op: '=',
    right: CHANNELS.map((row) => value('channels', row)),
  },
  {
    // One hotspot answered two ways counts once, so the channels may add up to more.
    id: 'L3',
    basis: BASIS.legacyChannels,
    kind: 'relation',
    severity: 'warning',
    title: { 'zh-Hans': '各回应渠道之和', en: 'the sum over the response channels' },
    left: [value('responses', 'hotspots')],
    op: '<=',
    right: RESPONSE_CHANNELS.map((row) => value('responses', row)),
  },
  {
    id: 'L4',
    basis: BASIS.legacyTables,
    kind: 'relation',
    severity: 'error',
    title: { 'zh-Hans': '五种申请方式之和', en: 'the sum of the five ways of applying' },
    left: [annex2('applications-total')],
    op: '=',
    right: APPLICATION_CHANNELS.map(annex2),
  },
  {
    id: 'L5',
    basis: BASIS.legacyTables,
    kind: 'relation',
    severity: 'error',
    title: { 'zh-Hans': '八类答复之和', en: 'the sum of the eight kinds of reply' },
    left: [annex2('replies-total')],
    op: '=',
    right: REPLIES.map(annex2),
  },
  {
    // Before 2019 carry-over was not tabulated, so more replies than applications is only suspicious.
    id: 'L6',
    basis: BASIS.legacyTables,
    kind: 'relation',
    severity: 'warning',
    title: { 'zh-Hans': '申请总数', en: 'the number of applications' },
    left: [annex2('replies-total')],
    op: '<=',
    right: [annex2('applications-total')],
  },
  proseRule({ vocabulary }),
  ...commonStructureRules,
  {
    // Before the 2019 revision every body published by 3月31日.
    id: 'D1',
    basis: BASIS.deadlineLegacy,
    kind: 'deadline',
    severity: 'warning',
    title: { 'zh-Hans': '按时公布', en: 'published on time' },
    due: { month: 3, day: 31 },
  },
];
