import type { Template } from '../../contracts/template';
import { sections, tables } from './layout';
import { rules } from './rules';

export const gzLegacy: Template = {
  key: 'gz-legacy',
  name: { 'zh-Hans': '2019年前格式（广州区级）', en: 'Pre-2019 format (Guangzhou districts)' },
  years: { to: 2018 },
  sections,
  tables,
  rules,
};
