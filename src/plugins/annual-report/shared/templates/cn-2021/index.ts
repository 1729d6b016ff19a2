import type { Template } from '../../contracts/template';
import { sections, tables } from './layout';
import { rules } from './rules';

export const cn2021: Template = {
  key: 'cn-2021',
  name: { 'zh-Hans': '2021年全国统一格式', en: 'National format, 2021' },
  basis: '国办公开办函〔2021〕30号',
  years: { from: 2021 },
  sections,
  tables,
  rules,
};
