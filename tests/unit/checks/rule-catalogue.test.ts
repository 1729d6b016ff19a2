import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleCatalogue } from '../../../src/plugins/annual-report/shared/checks/rule-catalogue';
import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { builtInTemplates } from '../../../src/plugins/annual-report/shared/templates';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import { brief, cells, clone, filledReport } from '../../helpers/report-builder';

/** docs/rules.md is the rules' own data, and every finding cites its rule's basis. */

describe('the rule catalogue', () => {
  it('docs/rules.md is current (npm run docs:rules writes it)', () => {
    const file = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8');
    expect(file).toBe(ruleCatalogue([...builtInTemplates]));
  });

  it('every built-in rule names its basis', () => {
    const missing = builtInTemplates.flatMap((template) =>
      template.rules.filter((rule) => !rule.basis).map((rule) => `${template.key}:${rule.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('every finding carries its rule’s basis', () => {
    const report = clone(filledReport(cn2021));
    cells(report, 'applications').new.total = 999;
    cells(report, 'applications').disclosed.research = null;
    cells(report, 'appeals').cases['review-total'] = 1;
    report.title = '1999年报告';
    const findings = validate(report, cn2021);
    expect(new Set(brief(findings).map(({ rule }) => rule))).toEqual(
      new Set(['T3-1', 'T3-2', 'T3-3', 'T4-1', 'V1', 'Y1']),
    );
    for (const finding of findings) {
      expect(finding.basis?.['zh-Hans']).toEqual(expect.any(String));
      expect(finding.basis?.en).toEqual(expect.any(String));
    }
    const t31 = findings.find((finding) => finding.rule === 'T3-1');
    expect(t31?.basis?.['zh-Hans']).toContain('国办公开办函〔2021〕30号');
  });
});
