import type { TemplateColumn, TemplateSection, TemplateTable } from '../../contracts/template';
import { applicationsTable } from '../cn-common/applications';
import { appealsTable } from '../cn-common/appeals';
import { nationalSections } from '../cn-common/sections';

/** 国办公开办函〔2019〕60号. Table 二 has no 第（七）项 block; 本年增/减 may be negative. */

export const sections: TemplateSection[] = nationalSections();

const previousItems: TemplateColumn = { key: 'previous-items', label: '上一年项目数量' };
const change: TemplateColumn = { key: 'change', label: '本年增/减', kind: 'delta' };
const decisions: TemplateColumn = { key: 'decisions', label: '处理决定数量' };

export const tables: TemplateTable[] = [
  {
    key: 'active-rules',
    section: 'active',
    title: '第二十条第（一）项',
    corner: '信息内容',
    columns: [
      { key: 'new-made', label: '本年新制作数量' },
      { key: 'new-published', label: '本年新公开数量' },
      { key: 'total-published', label: '对外公开总数量' },
    ],
    rows: [
      { key: 'regulations', label: '规章', level: 0 },
      { key: 'normative-documents', label: '规范性文件', level: 0 },
    ],
  },
  {
    key: 'active-licensing',
    section: 'active',
    title: '第二十条第（五）项',
    corner: '信息内容',
    columns: [previousItems, change, decisions],
    rows: [
      { key: 'administrative-licensing', label: '行政许可', level: 0 },
      { key: 'other-management-services', label: '其他对外管理服务事项', level: 0 },
    ],
  },
  {
    key: 'active-enforcement',
    section: 'active',
    title: '第二十条第（六）项',
    corner: '信息内容',
    columns: [previousItems, change, decisions],
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
    columns: [previousItems, change],
    rows: [{ key: 'administrative-fees', label: '行政事业性收费', level: 0 }],
  },
  {
    key: 'active-procurement',
    section: 'active',
    title: '第二十条第（九）项',
    corner: '信息内容',
    columns: [
      { key: 'projects', label: '采购项目数量' },
      { key: 'amount', label: '采购总金额', kind: 'money', unit: '元' },
    ],
    rows: [{ key: 'centralized-procurement', label: '政府集中采购', level: 0 }],
  },
  applicationsTable([{ key: 'other-processing', label: '（六）其他处理', level: 1 }]),
  appealsTable,
];
