import type { Localized } from './template';
import { AGENCY_LEVEL_LABELS, AGENCY_LEVELS, type AgencyLevel } from './report';

/**
 * What an editor reads next to a field of the report, its agency and their parts, in both admin
 * languages. The admin turns these into translation messages; the server stores the Chinese label
 * as the Content Manager's default label (shown where Strapi does not translate, e.g. the column
 * picker of the list view).
 */
export interface FieldText {
  label: Localized;
  hint?: Localized;
}
export type FieldTexts = Readonly<Record<string, FieldText>>;

export const REPORT_FIELD_TEXTS: FieldTexts = {
  title: {
    label: { 'zh-Hans': '标题', en: 'Title' },
    hint: {
      'zh-Hans': '报告全称，如“××市人民政府2024年政府信息公开工作年度报告”',
      en: 'The full title as printed, e.g. "… 2024 Annual Report on Government Information Disclosure"',
    },
  },
  year: {
    label: { 'zh-Hans': '年度', en: 'Year' },
    hint: { 'zh-Hans': '报告所属年度，四位数字', en: 'The year reported on, four digits' },
  },
  agency: {
    label: { 'zh-Hans': '发布机关', en: 'Publishing agency' },
    hint: {
      'zh-Hans': '发布本报告的行政机关；其层级决定公开期限',
      en: 'The government body that publishes the report; its level sets the deadline',
    },
  },
  format: {
    label: { 'zh-Hans': '报告格式', en: 'Report format' },
    hint: {
      'zh-Hans': '报告依据的格式：2021年或2019年全国格式，或2019年以前的地方格式',
      en: 'The format followed: the 2021 or 2019 national format, or a pre-2019 regional one',
    },
  },
  preface: {
    label: { 'zh-Hans': '前言', en: 'Preface' },
    hint: {
      'zh-Hans': '各部分之前的说明：编制依据、报告组成、查阅方式和联系方式',
      en: 'Text before the numbered parts: legal basis, parts, where to read it, contact',
    },
  },
  issuedOn: {
    label: { 'zh-Hans': '公开日期', en: 'Publication date' },
    hint: {
      'zh-Hans': '机关公开本报告的日期，用于检查是否按期公开',
      en: 'The date the agency published the report, checked against the deadline',
    },
  },
  revision: {
    label: { 'zh-Hans': '修订号', en: 'Revision' },
    hint: {
      'zh-Hans': '每次保存内容加一，用于发现他人已先保存的修改',
      en: 'Moves with every content save, to detect a save made by someone else first',
    },
  },
  sections: {
    label: { 'zh-Hans': '章节', en: 'Sections' },
    hint: {
      'zh-Hans': '报告正文的各个部分，按格式规定的顺序编号',
      en: "The report's numbered parts, in the order the format sets",
    },
  },
  tables: {
    label: { 'zh-Hans': '统计表', en: 'Statistic tables' },
    hint: {
      'zh-Hans': '格式规定的统计表，按表中的行和列填写数字',
      en: "The format's tables, filled in by their rows and columns",
    },
  },
  checks: {
    label: { 'zh-Hans': '检查结果', en: 'Check results' },
    hint: {
      'zh-Hans': '最近一次保存时的检查结果，自动生成，不能编辑',
      en: 'The checks run at the last save; generated, not editable',
    },
  },
  errorCount: {
    label: { 'zh-Hans': '错误', en: 'Errors' },
    hint: {
      'zh-Hans': '最近一次检查的错误项数，有错误的报告不能发布；自动生成',
      en: 'Errors found by the last check; a report with errors cannot be published. Generated',
    },
  },
  warningCount: {
    label: { 'zh-Hans': '提示', en: 'Warnings' },
    hint: {
      'zh-Hans': '最近一次检查中尚未核实的提示项数；自动生成',
      en: 'Warnings of the last check not yet verified; generated',
    },
  },
  source: {
    label: { 'zh-Hans': '导入来源', en: 'Import source' },
    hint: {
      'zh-Hans': '导入时的原文及其出处',
      en: 'The original text of an imported report and where it came from',
    },
  },
  snapshot: {
    label: { 'zh-Hans': '发布快照', en: 'Published snapshot' },
    hint: {
      'zh-Hans': '公开接口提供的已发布版本，自动生成',
      en: 'The published version as the public interface serves it; generated',
    },
  },
};

export const AGENCY_FIELD_TEXTS: FieldTexts = {
  name: {
    label: { 'zh-Hans': '机关名称', en: 'Name' },
    hint: { 'zh-Hans': '机关全称，与报告署名一致', en: 'The full name, as the report is signed' },
  },
  level: {
    label: { 'zh-Hans': '层级', en: 'Level' },
    hint: {
      'zh-Hans': '决定公开期限：政府部门1月31日前，地方人民政府3月31日前',
      en: 'Sets the deadline: departments by 31 January, local governments by 31 March',
    },
  },
  parent: {
    label: { 'zh-Hans': '上级机关', en: 'Parent agency' },
    hint: {
      'zh-Hans': '汇总本机关报告的上级机关',
      en: "The body whose roll-up includes this agency's report",
    },
  },
  children: {
    label: { 'zh-Hans': '下级机关', en: 'Subordinate agencies' },
  },
  region: {
    label: { 'zh-Hans': '行政区划', en: 'Region' },
    hint: {
      'zh-Hans': '如“广东省广州市海珠区”',
      en: 'E.g. "Haizhu District, Guangzhou, Guangdong"',
    },
  },
  address: {
    label: { 'zh-Hans': '地址', en: 'Address' },
    hint: { 'zh-Hans': '受理政府信息公开申请的地址', en: 'Where disclosure requests are received' },
  },
  postcode: {
    label: { 'zh-Hans': '邮政编码', en: 'Postcode' },
    hint: { 'zh-Hans': '六位数字', en: 'Six digits' },
  },
  phone: {
    label: { 'zh-Hans': '联系电话', en: 'Phone' },
  },
  email: {
    label: { 'zh-Hans': '电子邮箱', en: 'Email' },
  },
  website: {
    label: { 'zh-Hans': '网站', en: 'Website' },
    hint: {
      'zh-Hans': '政府信息公开专栏的网址',
      en: 'The address of its government information disclosure column',
    },
  },
  reports: {
    label: { 'zh-Hans': '年度报告', en: 'Annual reports' },
  },
};

export const SECTION_FIELD_TEXTS: FieldTexts = {
  key: {
    label: { 'zh-Hans': '标识', en: 'Key' },
    hint: {
      'zh-Hans': '格式规定的章节标识，检查据此找到章节，请勿修改',
      en: "The format's section key, by which checks find the section; do not change it",
    },
  },
  number: {
    label: { 'zh-Hans': '序号', en: 'Number' },
    hint: { 'zh-Hans': '如“一”“二”', en: 'As printed, e.g. 一, 二' },
  },
  heading: {
    label: { 'zh-Hans': '标题', en: 'Heading' },
    hint: { 'zh-Hans': '如“总体情况”', en: 'As printed, e.g. 总体情况 (Overview)' },
  },
  body: {
    label: { 'zh-Hans': '正文', en: 'Text' },
  },
};

export const STATISTIC_TABLE_FIELD_TEXTS: FieldTexts = {
  key: {
    label: { 'zh-Hans': '统计表', en: 'Table' },
    hint: {
      'zh-Hans': '格式规定的表格，由模板确定，不可修改',
      en: 'The table the format prescribes, set by the template',
    },
  },
  title: {
    label: { 'zh-Hans': '表名', en: 'Title' },
    hint: { 'zh-Hans': '如“主动公开政府信息情况”', en: 'As printed, e.g. 主动公开政府信息情况' },
  },
  unit: {
    label: { 'zh-Hans': '单位', en: 'Unit' },
    hint: { 'zh-Hans': '如“件”“条”', en: 'As printed, e.g. 件 or 条' },
  },
  cells: {
    label: { 'zh-Hans': '数据', en: 'Figures' },
    hint: {
      'zh-Hans': '按格式的行和列填写；空白与0不同，空白会被检查出来',
      en: "By the format's rows and columns; a blank is not a zero and is reported",
    },
  },
  note: {
    label: { 'zh-Hans': '备注', en: 'Note' },
  },
};

/** Fields Strapi adds to every content type, shown in list views, filters and the side panel. */
export const SYSTEM_FIELD_TEXTS: FieldTexts = {
  id: { label: { 'zh-Hans': 'ID', en: 'ID' } },
  documentId: { label: { 'zh-Hans': '文档ID', en: 'Document ID' } },
  createdAt: { label: { 'zh-Hans': '创建时间', en: 'Created at' } },
  updatedAt: { label: { 'zh-Hans': '更新时间', en: 'Updated at' } },
  publishedAt: { label: { 'zh-Hans': '发布时间', en: 'Published at' } },
  createdBy: { label: { 'zh-Hans': '创建人', en: 'Created by' } },
  updatedBy: { label: { 'zh-Hans': '更新人', en: 'Updated by' } },
};

const AGENCY_LEVEL_NAMES_EN: Record<AgencyLevel, string> = {
  state_council_department: 'State Council department',
  province: 'Province',
  prefecture: 'Prefecture',
  county: 'County',
  township: 'Township',
  government_department: 'Government department',
};

/** The agency levels as the admin shows them; the Chinese are the printed AGENCY_LEVEL_LABELS. */
export const AGENCY_LEVEL_TEXTS: Readonly<Record<AgencyLevel, Localized>> = Object.fromEntries(
  AGENCY_LEVELS.map((level) => [
    level,
    { 'zh-Hans': AGENCY_LEVEL_LABELS[level], en: AGENCY_LEVEL_NAMES_EN[level] },
  ]),
) as Record<AgencyLevel, Localized>;
