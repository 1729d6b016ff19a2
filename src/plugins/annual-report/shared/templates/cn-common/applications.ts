import type { TemplateColumn, TemplateRow, TemplateTable } from '../../contracts/template';

/**
 * Table 三 of the national formats. 2019 and 2021 print the same table except for （六）其他处理,
 * so each format passes its own （六） rows; the keys stay the same so years compare across formats.
 */

const APPLICANT = '申请人情况';
const ORGANISATION = '法人或其他组织';

const columns: TemplateColumn[] = [
  { key: 'natural-person', label: '自然人', groups: [APPLICANT] },
  { key: 'commercial', label: '商业企业', groups: [APPLICANT, ORGANISATION] },
  { key: 'research', label: '科研机构', groups: [APPLICANT, ORGANISATION] },
  { key: 'public-interest', label: '社会公益组织', groups: [APPLICANT, ORGANISATION] },
  { key: 'legal-services', label: '法律服务机构', groups: [APPLICANT, ORGANISATION] },
  { key: 'other-org', label: '其他', groups: [APPLICANT, ORGANISATION] },
  { key: 'total', label: '总计', groups: [APPLICANT] },
];

/** Table 三's column keys in printed order: the six applicant kinds, then 总计. */
export const APPLICATION_COLUMNS = columns.map((column) => column.key);
export const APPLICANT_KINDS = APPLICATION_COLUMNS.filter((key) => key !== 'total');

const rowsBeforeOtherProcessing: TemplateRow[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', level: 0 },
  { key: 'carried-over', label: '二、上年结转政府信息公开申请数量', level: 0 },
  { key: 'results', label: '三、本年度办理结果', level: 0, heading: true },
  { key: 'disclosed', label: '（一）予以公开', level: 1 },
  {
    key: 'partially-disclosed',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    level: 1,
  },
  { key: 'withheld', label: '（三）不予公开', level: 1, heading: true },
  { key: 'withheld-state-secret', label: '1.属于国家秘密', level: 2 },
  { key: 'withheld-prohibited', label: '2.其他法律行政法规禁止公开', level: 2 },
  { key: 'withheld-three-safeties', label: '3.危及“三安全一稳定”', level: 2 },
  { key: 'withheld-third-party', label: '4.保护第三方合法权益', level: 2 },
  { key: 'withheld-internal-affairs', label: '5.属于三类内部事务信息', level: 2 },
  { key: 'withheld-process-info', label: '6.属于四类过程性信息', level: 2 },
  { key: 'withheld-enforcement-files', label: '7.属于行政执法案卷', level: 2 },
  { key: 'withheld-query-matters', label: '8.属于行政查询事项', level: 2 },
  { key: 'unavailable', label: '（四）无法提供', level: 1, heading: true },
  { key: 'unavailable-not-held', label: '1.本机关不掌握相关政府信息', level: 2 },
  { key: 'unavailable-needs-creation', label: '2.没有现成信息需要另行制作', level: 2 },
  { key: 'unavailable-unclear', label: '3.补正后申请内容仍不明确', level: 2 },
  { key: 'not-processed', label: '（五）不予处理', level: 1, heading: true },
  { key: 'not-processed-complaints', label: '1.信访举报投诉类申请', level: 2 },
  { key: 'not-processed-repeated', label: '2.重复申请', level: 2 },
  { key: 'not-processed-publications', label: '3.要求提供公开出版物', level: 2 },
  { key: 'not-processed-excessive', label: '4.无正当理由大量反复申请', level: 2 },
  { key: 'not-processed-confirmation', label: '5.要求行政机关确认或重新出具已获取信息', level: 2 },
];

const rowsAfterOtherProcessing: TemplateRow[] = [
  { key: 'total', label: '（七）总计', level: 1 },
  { key: 'carried-forward', label: '四、结转下年度继续办理', level: 0 },
];

export function applicationsTable(otherProcessing: TemplateRow[]): TemplateTable {
  return {
    key: 'applications',
    section: 'applications',
    title: '收到和处理政府信息公开申请情况',
    unit: '件',
    corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    columns,
    rows: [...rowsBeforeOtherProcessing, ...otherProcessing, ...rowsAfterOtherProcessing],
  };
}
