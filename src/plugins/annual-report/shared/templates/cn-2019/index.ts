import type { Template } from '../../contracts/template';
import { sections, tables } from './layout';
import { rules } from './rules';

export const cn2019: Template = {
  key: 'cn-2019',
  name: { 'zh-Hans': '2019年全国统一格式', en: 'National format, 2019' },
  basis: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  sections,
  tables,
  rules,
};
