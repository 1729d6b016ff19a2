import { haizhu2018 } from '../../src/demo/haizhu-2018';
import { huaian2024 } from '../../src/demo/huaian-2024';
import type { ReportDocument } from '../../src/plugins/annual-report/shared/contracts/document';
import { resolveReport } from '../../src/plugins/annual-report/shared/layout/resolve';
import { builtInTemplates } from '../../src/plugins/annual-report/shared/templates/registry';
import type { PrintedFigures } from './report-data';
import haizhuExpected from '../fixtures/demo/haizhu-2018.expected.json';
import huaianExpected from '../fixtures/demo/huaian-2024.expected.json';

/** The demo reports as labeled documents, beside what their printed sources show. */
export const demoDocuments: Array<{
  name: string;
  document: ReportDocument;
  expected: { sections: string[]; tables: PrintedFigures };
}> = [
  { name: 'haizhu-2018 (gz-legacy)', demo: haizhu2018, expected: haizhuExpected },
  { name: 'huaian-2024 (cn-2021)', demo: huaian2024, expected: huaianExpected },
].map(({ name, demo, expected }) => {
  const template = builtInTemplates.find((candidate) => candidate.key === demo.report.format)!;
  return {
    name,
    document: resolveReport({ ...demo.report, agency: demo.agency }, template),
    expected,
  };
});

export function demoDocument(format: string): ReportDocument {
  return demoDocuments.find(({ document }) => document.format === format)!.document;
}
