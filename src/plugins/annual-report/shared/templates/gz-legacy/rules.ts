import type { ProsePhrase, Rule, Term } from '../../checks/rule-types';
import { commonStructureRules, noAppealsPhrases, proseRule } from '../common-rules';

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

/** How 二 words each figure of 附表1 and of the channel/response breakdowns (the seed's wording). */
const activePhrases: Array<[string, Term]> = [
  ['主动公开政府信息{n}条', annex1('total')],
  ['组织机构类信息{n}条', annex1('organization')],
  ['部门文件类信息{n}条', annex1('department-documents')],
  ['动态类信息{n}条', annex1('news')],
  ['行政执法类信息{n}条', annex1('law-enforcement')],
  ['办事指南类信息{n}条', annex1('service-guides')],
  ['财政预决算(?:类)?信息{n}条', annex1('budgets')],
  ['其他(?:类)?信息{n}条', annex1('other')],
  ['政府公报发布信息{n}条', value('channels', 'gazette')],
  ['政府网站发布信息{n}条', value('channels', 'website')],
  ['微博微信发布信息{n}条', value('channels', 'weibo-wechat')],
  ['新闻媒体发布信息{n}条', value('channels', 'media')],
  ['回应公众关注热点或重大舆情{n}次', value('responses', 'hotspots')],
  ['新闻发布会{n}次', value('responses', 'press-conferences')],
  ['在线访谈{n}次', value('responses', 'online-interviews')],
  ['政策解读稿{n}篇', value('responses', 'interpretations')],
  ['微博微信回应事件{n}次', value('responses', 'weibo-wechat')],
  ['其他方式回应事件{n}次', value('responses', 'other')],
];

const phrases: ProsePhrase[] = [
  ...activePhrases.map(([pattern, term]) => ({
    pattern,
    sections: ['active'],
    values: [{ sum: [term] }],
  })),
  {
    pattern: '(?:受理|收到)(?:政府信息公开)?申请(?:共计|共)?{n}[件条]',
    sections: ['applications'],
    values: [{ sum: [annex2('applications-total')] }],
  },
  {
    pattern: '未(?:受理|收到)(?:任何)?(?:政府信息公开)?申请',
    sections: ['applications'],
    values: [{ sum: [annex2('applications-total')], stated: 0 }],
  },
  {
    pattern: '行政复议(?:案件)?{n}件',
    sections: ['appeals'],
    values: [{ sum: [value('annex-3', 'reviews')] }],
  },
  {
    pattern: '行政诉讼(?:案件)?{n}件',
    sections: ['appeals'],
    values: [{ sum: [value('annex-3', 'suits')] }],
  },
  ...noAppealsPhrases([value('annex-3', 'reviews')], [value('annex-3', 'suits')], ['appeals']),
];

export const rules: Rule[] = [
  {
    id: 'L1',
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
    kind: 'relation',
    severity: 'warning',
    title: { 'zh-Hans': '各回应渠道之和', en: 'the sum over the response channels' },
    left: [value('responses', 'hotspots')],
    op: '<=',
    right: RESPONSE_CHANNELS.map((row) => value('responses', row)),
  },
  {
    id: 'L4',
    kind: 'relation',
    severity: 'error',
    title: { 'zh-Hans': '五种申请方式之和', en: 'the sum of the five ways of applying' },
    left: [annex2('applications-total')],
    op: '=',
    right: APPLICATION_CHANNELS.map(annex2),
  },
  {
    id: 'L5',
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
    kind: 'relation',
    severity: 'warning',
    title: { 'zh-Hans': '申请总数', en: 'the number of applications' },
    left: [annex2('replies-total')],
    op: '<=',
    right: [annex2('applications-total')],
  },
  proseRule({ phrases }),
  ...commonStructureRules,
  {
    // Before the 2019 revision every body published by 3月31日.
    id: 'D1',
    kind: 'deadline',
    severity: 'warning',
    title: { 'zh-Hans': '按时公布', en: 'published on time' },
    due: { month: 3, day: 31 },
  },
];
