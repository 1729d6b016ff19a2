export type {
  CellKind,
  Localized,
  Template,
  TemplateColumn,
  TemplateRow,
  TemplateSection,
  TemplateTable,
} from '../contracts/template';
export { cn2019 } from './cn-2019';
export { cn2021 } from './cn-2021';
export { gzLegacy } from './gz-legacy';
export { builtInTemplates, createTemplateRegistry } from './registry';
export type { TemplateRegistry } from './registry';
export { templateSchema } from './template-schema';
export { blankCells, newReportFromTemplate } from './new-report';
export type { NewReport } from './new-report';
