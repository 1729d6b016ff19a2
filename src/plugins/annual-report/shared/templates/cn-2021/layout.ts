import type { TemplateColumn, TemplateSection, TemplateTable } from '../../contracts/template';
import { applicationsTable } from '../cn-common/applications';
import { appealsTable } from '../cn-common/appeals';
import { nationalSections } from '../cn-common/sections';

/** 国办公开办函〔2021〕30号: labels as printed in the official blank form. */

export const sections: TemplateSection[] = nationalSections({
  overview: '应涵盖主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面。',
  other:
    '收取信息处理费情况在此处报告（国办函〔2020〕109号），如“收取信息处理费共计380元”或“未收取”。',
});

const decisions: TemplateColumn = { key: 'decisions', label: '本年处理决定数量' };

export const tables: TemplateTable[] = [
  {
    key: 'active-rules',
    section: 'active',
    title: '第二十条第（一）项',
    corner: '信息内容',
    columns: [
      { key: 'issued', label: '本年制发件数' },
      { key: 'repealed', label: '本年废止件数' },
      { key: 'in-force', label: '现行有效件数' },
    ],
    rows: [
      { key: 'regulations', label: '规章', level: 0 },
      { key: 'normative-documents', label: '行政规范性文件', level: 0 },
    ],
  },
  {
    key: 'active-licensing',
    section: 'active',
    title: '第二十条第（五）项',
    corner: '信息内容',
    columns: [decisions],
    rows: [{ key: 'administrative-licensing', label: '行政许可', level: 0 }],
  },
  {
    key: 'active-enforcement',
    section: 'active',
    title: '第二十条第（六）项',
    corner: '信息内容',
    columns: [decisions],
    rows: [
      { key: 'administrative-penalty', label: '行政处罚', level: 0 },
      { key: 'administrative-coercion', label: '行政强制', level: 0 },
    ],
  },
  {
    key: 'active-fees',
    section: 'active',
    title: '第二十条第（八）项',
    corner: '信息内容',
    columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', kind: 'money', unit: '万元' }],
    rows: [{ key: 'administrative-fees', label: '行政事业性收费', level: 0 }],
  },
  applicationsTable([
    { key: 'other-processing', label: '（六）其他处理', level: 1, heading: true },
    {
      key: 'other-processing-no-supplement',
      label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      level: 2,
    },
    {
      key: 'other-processing-unpaid-fee',
      label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      level: 2,
    },
    { key: 'other-processing-other', label: '3.其他', level: 2 },
  ]),
  appealsTable,
];
