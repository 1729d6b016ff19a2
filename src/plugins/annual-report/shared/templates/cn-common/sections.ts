import type { TemplateSection } from '../../contracts/template';

/**
 * The six parts of the national formats (2019 and 2021 print the same headings); a format adds
 * its own hints on what a part should cover.
 */
export const nationalSections = (hints: Record<string, string> = {}): TemplateSection[] =>
  [
    { key: 'overview', number: '一', heading: '总体情况' },
    { key: 'active', number: '二', heading: '主动公开政府信息情况' },
    { key: 'applications', number: '三', heading: '收到和处理政府信息公开申请情况' },
    { key: 'appeals', number: '四', heading: '政府信息公开行政复议、行政诉讼情况' },
    { key: 'problems', number: '五', heading: '存在的主要问题及改进情况' },
    { key: 'other', number: '六', heading: '其他需要报告的事项' },
  ].map((section) => (hints[section.key] ? { ...section, hint: hints[section.key] } : section));
