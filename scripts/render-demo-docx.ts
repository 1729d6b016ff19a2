import { mkdirSync, writeFileSync } from 'fs';
import path from 'path';
import { demoReports } from '../src/demo';
import { reportDocx } from '../src/plugins/annual-report/server/src/public';
import { resolveReport, builtInTemplates } from '../src/plugins/annual-report/shared';

/**
 * Writes the demo reports as Word documents, to open and look at: `npx tsx scripts/render-demo-docx.ts [dir]`
 * (default /tmp/ar-docx). The demo data gives no publication date, so an example one is printed.
 */
const ISSUED_ON_EXAMPLE = '2025-01-20';

async function main(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const { agency, report } of demoReports) {
    const template = builtInTemplates.find((candidate) => candidate.key === report.format);
    if (!template) throw new Error(`No template ${report.format}`);
    const document = resolveReport(
      { ...report, agency, issuedOn: report.issuedOn ?? ISSUED_ON_EXAMPLE },
      template,
    );
    const file = path.join(dir, `${report.format}-${report.year}-${agency.name}.docx`);
    writeFileSync(file, await reportDocx(document));
    console.log(file);
  }
}

main(process.argv[2] ?? '/tmp/ar-docx').catch((error) => {
  console.error(error);
  process.exit(1);
});
