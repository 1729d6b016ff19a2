import type { TemplateColumn, TemplateSection, TemplateTable } from '../../contracts/template';

/**
 * Pre-2019 Guangzhou district format, after the seed (海珠区政务管理办公室 2018). Labels keep the
 * seed's own spelling (halfwidth colon in "其中:", the space in "2. 部门文件") so that imports match
 * them verbatim.
 */

export const sections: TemplateSection[] = [
  { key: 'overview', number: '一', heading: '概述' },
  { key: 'active', number: '二', heading: '主动公开政府信息情况' },
  { key: 'applications', number: '三', heading: '依申请公开政府信息情况' },
  { key: 'fees', number: '四', heading: '政府信息公开收费情况' },
  { key: 'appeals', number: '五', heading: '申请行政复议和提起行政诉讼情况' },
  { key: 'problems', number: '六', heading: '存在问题及改进措施' },
  { key: 'annex', number: '七', heading: '说明与附表' },
];

const value: TemplateColumn = { key: 'value', label: '数量' };
const CORNER = '指标';

export const tables: TemplateTable[] = [
  // These two are stated only in the prose of 二; keeping them as tables lets the checks
  // (L2, L3) and the prose check (N1) address their figures like any other cell.
  {
    key: 'channels',
    section: 'active',
    title: '通过不同渠道和方式发布政府信息情况',
    unit: '条',
    corner: CORNER,
    proseOnly: true,
    columns: [value],
    rows: [
      { key: 'gazette', label: '政府公报', level: 0 },
      { key: 'website', label: '政府网站', level: 0 },
      { key: 'weibo-wechat', label: '微博微信', level: 0 },
      { key: 'media', label: '新闻媒体', level: 0 },
    ],
  },
  {
    key: 'responses',
    section: 'active',
    title: '回应解读情况',
    unit: '次',
    corner: CORNER,
    proseOnly: true,
    columns: [value],
    // The channels break the responses down without summing to them (one response may use two).
    rows: [
      { key: 'hotspots', label: '回应公众关注热点或重大舆情', level: 0 },
      { key: 'press-conferences', label: '新闻发布会', level: 1 },
      { key: 'online-interviews', label: '政府网站在线访谈', level: 1 },
      { key: 'interpretations', label: '政策解读稿', level: 1 },
      { key: 'weibo-wechat', label: '微博微信回应', level: 1 },
      { key: 'other', label: '其他方式', level: 1 },
    ],
  },
  {
    key: 'annex-1',
    section: 'annex',
    title: '主动公开情况统计',
    unit: '条',
    corner: CORNER,
    columns: [value],
    rows: [
      { key: 'total', label: '主动公开信息数', level: 0 },
      { key: 'organization', label: '其中:1.组织机构', level: 1 },
      { key: 'department-documents', label: '2. 部门文件', level: 1 },
      { key: 'news', label: '3. 动态类信息', level: 1 },
      { key: 'law-enforcement', label: '4. 行政执法', level: 1 },
      { key: 'service-guides', label: '5. 办事指南', level: 1 },
      { key: 'budgets', label: '6. 财政预决算', level: 1 },
      { key: 'other', label: '7. 其他信息', level: 1 },
    ],
  },
  {
    key: 'annex-2',
    section: 'annex',
    title: '依申请公开情况统计',
    unit: '条',
    corner: CORNER,
    columns: [value],
    rows: [
      { key: 'applications-total', label: '申请总数', level: 0 },
      { key: 'online', label: '其中:1.网上申请数', level: 1 },
      { key: 'letter', label: '2.信函申请数', level: 1 },
      { key: 'in-person', label: '3.当面申请数', level: 1 },
      { key: 'fax', label: '4.传真申请数', level: 1 },
      { key: 'other-channel', label: '5.其他形式申请数', level: 1 },
      { key: 'replies-total', label: '对申请的答复总数', level: 0 },
      { key: 'agreed', label: '其中:1.同意公开', level: 1 },
      { key: 'partially-agreed', label: '2.同意部分公开', level: 1 },
      { key: 'refused', label: '3.不同意公开', level: 1 },
      { key: 'out-of-scope', label: '4.不属于政府信息公开范围', level: 1 },
      { key: 'not-held', label: '5.非本机关或信息不存在', level: 1 },
      { key: 'unrelated', label: '6.与生产生活科研需要无关', level: 1 },
      { key: 'unclear', label: '7.申请内容不明确', level: 1 },
      { key: 'other-reply', label: '8.其他', level: 1 },
    ],
  },
  {
    key: 'annex-3',
    section: 'annex',
    title: '申诉情况统计表',
    unit: '件',
    corner: CORNER,
    columns: [value],
    rows: [
      { key: 'reviews', label: '行政复议数', level: 0 },
      { key: 'suits', label: '行政诉讼数', level: 0 },
    ],
  },
];
