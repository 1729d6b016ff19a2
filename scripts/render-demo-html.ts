// `npx tsx scripts/render-demo-html.ts [dir]`: writes the demo reports as published HTML pages
// (default /tmp/ar-html), to look at them in a browser or print them with Chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { haizhu2018 } from '../src/demo/haizhu-2018';
import { huaian2024 } from '../src/demo/huaian-2024';
import { resolveReport, builtInTemplates } from '../src/plugins/annual-report/shared';
import { renderReportPage } from '../src/plugins/annual-report/server/src/public';

const demos = { 'haizhu-2018': haizhu2018, 'huaian-2024': huaian2024 };
const dir = process.argv[2] ?? '/tmp/ar-html';

mkdirSync(dir, { recursive: true });
for (const [name, { agency, report }] of Object.entries(demos)) {
  const template = builtInTemplates.find((candidate) => candidate.key === report.format);
  if (!template) throw new Error(`${name}: no template ${report.format}`);
  const { html } = renderReportPage(resolveReport({ ...report, agency }, template));
  const file = join(dir, `${name}.html`);
  writeFileSync(file, html);
  console.log(file);
}
