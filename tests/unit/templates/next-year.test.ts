import { cloneDeep } from 'lodash';
import { huaian2024 } from '../../../src/demo/huaian-2024';
import { haizhu2018 } from '../../../src/demo/haizhu-2018';
import { builtInTemplates } from '../../../src/plugins/annual-report/shared/templates/registry';
import {
  formatForYear,
  nextYearReport,
} from '../../../src/plugins/annual-report/shared/templates/next-year';
import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';

const template = (key: string) => builtInTemplates.find((candidate) => candidate.key === key)!;
const previous: ReportData = { ...cloneDeep(huaian2024.report), agency: huaian2024.agency };

describe('next year’s report from last year’s', () => {
  const draft = nextYearReport(previous, template('cn-2021'));
  const cells = (key: string) => draft.tables.find((table) => table.key === key)!.cells;
  const lastYear = (key: string) => previous.tables.find((table) => table.key === key)!.cells;

  it('is next year’s, for the same agency, with the same headings and empty bodies', () => {
    expect(draft.year).toBe(2025);
    expect(draft.title).toBe(`${huaian2024.agency.name}2025年政府信息公开工作年度报告`);
    expect(draft.sections.map((section) => section.heading)).toEqual(
      previous.sections.map((section) => section.heading),
    );
    expect(draft.sections.every((section) => section.body?.length === 0)).toBe(true);
  });

  it('carries 四、结转下年度继续办理 into 二、上年结转 column by column (T3-4)', () => {
    expect(cells('applications')['carried-over']).toEqual(
      lastYear('applications')['carried-forward'],
    );
  });

  it('starts 现行有效件数 from last year’s (T2-2) and leaves this year’s figures blank', () => {
    for (const row of ['regulations', 'normative-documents']) {
      expect(cells('active-rules')[row]['in-force']).toBe(
        lastYear('active-rules')[row]['in-force'],
      );
      expect(cells('active-rules')[row].issued).toBeNull();
    }
    expect(cells('applications').new).toEqual(
      Object.fromEntries(Object.keys(lastYear('applications').new).map((key) => [key, null])),
    );
  });

  it('leaves no cross-year finding for the prefilled cells', () => {
    const findings = validate(
      { ...draft, agency: previous.agency } as ReportData,
      template('cn-2021'),
      {
        previous,
      },
    );
    expect(findings.filter((finding) => ['T3-4', 'T2-2'].includes(finding.rule))).toEqual([]);
  });

  it('skips cells last year left blank instead of inventing them', () => {
    const blanked = cloneDeep(previous);
    blanked.tables.find((table) => table.key === 'applications')!.cells['carried-forward'].total =
      null;
    const next = nextYearReport(blanked, template('cn-2021'));
    expect(
      next.tables.find((table) => table.key === 'applications')!.cells['carried-over'].total,
    ).toBeNull();
  });
});

describe('the format of next year', () => {
  it('stays the same while it applies and moves on when it ends', () => {
    expect(formatForYear('cn-2021', 2025, builtInTemplates)?.key).toBe('cn-2021');
    expect(formatForYear('cn-2019', 2021, builtInTemplates)?.key).toBe('cn-2021');
    expect(formatForYear('gz-legacy', 2019, builtInTemplates)?.key).toBe('cn-2019');
  });

  it('a legacy report seeds a national one without throwing', () => {
    const next = nextYearReport(
      { ...cloneDeep(haizhu2018.report), agency: haizhu2018.agency },
      template('cn-2019'),
    );
    expect(next.format).toBe('cn-2019');
    expect(next.year).toBe(2019);
  });
});
