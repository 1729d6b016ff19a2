import { readFileSync } from 'fs';
import { join } from 'path';
import * as OpenCC from 'opencc-js';
import { haizhu2018 } from '../../../src/demo/haizhu-2018';
import { gzLegacy } from '../../../src/plugins/annual-report/shared/templates/gz-legacy';
import {
  blockTexts,
  figuresInPrintedOrder,
  reportCellKeys,
  reportTexts,
  templateCellKeys,
  type PrintedFigures,
} from '../../helpers/report-data';
import expected from '../../fixtures/demo/haizhu-2018.expected.json';

const { agency, report } = haizhu2018;
const fixture = expected as { sections: string[]; tables: PrintedFigures };

// The seed as an importer reads it: pinyin stripped (docs/architecture.md "Text defects"), then Traditional → Simplified.
const PINYIN =
  /([\u3400-\u9FFF\uF900-\uFAFF])[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)[)）]/g;
const hkToCn = OpenCC.Converter({ from: 'hk', to: 'cn' });
const sourceLines = readFileSync(join(__dirname, '../../fixtures/sources/haizhu-2018.txt'), 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => hkToCn(line.replace(PINYIN, '$1')));

const DAMAGED = '?。ㄈ╅_展';
const REPAIRED = '（三）开展';

/** The converted source's lines under each section heading, keyed by the heading as printed. */
function sourceSections(): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of sourceLines.slice(2)) {
    if (/^[一二三四五六七]、/.test(line)) sections.set(line, (current = []));
    else current?.push(line);
  }
  return sections;
}

describe('demo report: 海珠区政务管理办公室 2018', () => {
  it('has the seven gz-legacy sections, headed as printed', () => {
    expect(report.format).toBe('gz-legacy');
    expect(report.sections.map((s) => `${s.number}、${s.heading}`)).toEqual(fixture.sections);
    expect(report.sections.map((s) => s.key)).toEqual(gzLegacy.sections.map((s) => s.key));
  });

  it('holds every figure of the 附表 and of the prose-only breakdowns as printed', () => {
    expect(figuresInPrintedOrder(report, gzLegacy)).toEqual(fixture.tables);
  });

  it('has exactly the cells the template lays out, none blank', () => {
    expect(reportCellKeys(report)).toEqual(templateCellKeys(gzLegacy));
    for (const table of report.tables) {
      for (const cells of Object.values(table.cells)) {
        for (const value of Object.values(cells)) expect(typeof value).toBe('number');
      }
    }
  });

  it('takes title and preface from the first two lines of the source', () => {
    expect(report.title).toBe(sourceLines[0]);
    expect(blockTexts(report.preface)).toEqual([sourceLines[1]]);
  });

  it('keeps every section text of the source, changing only the damaged heading', () => {
    const source = sourceSections();
    expect([...source.keys()]).toEqual(fixture.sections);
    report.sections.forEach((section) => {
      const lines = source.get(`${section.number}、${section.heading}`) ?? [];
      // 七 holds only the 附表, which are tables here, not text.
      const expectedBody =
        section.key === 'annex' ? [] : lines.map((line) => line.replace(DAMAGED, REPAIRED));
      expect(blockTexts(section.body)).toEqual(expectedBody);
    });
    expect(sourceLines.filter((line) => line.startsWith(DAMAGED))).toHaveLength(1);
  });

  it('is Simplified throughout, with no pinyin left', () => {
    const tToCn = OpenCC.Converter({ from: 't', to: 'cn' });
    const texts = [...reportTexts(report), agency.name, agency.region ?? '', agency.address ?? ''];
    for (const text of texts) {
      expect(tToCn(text)).toBe(text);
      expect(text).not.toMatch(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/i);
    }
  });

  it('restores the damaged heading line to （三）', () => {
    expect(blockTexts(report.sections[0].body)[3]).toMatch(/^（三）开展政府网站考评。/);
    expect(reportTexts(report).join('\n')).not.toMatch(
      /[\u3100-\u312F\u2500-\u257F\uE000-\uF8FF\uFFFD]/,
    );
  });

  it('describes the agency from the preface', () => {
    expect(agency).toEqual({
      name: '广州市海珠区人民政府政务管理办公室',
      level: 'government_department',
      region: '广东省广州市海珠区',
      address: '广州市海珠区石榴岗路480号',
      postcode: '510310',
      phone: '020-66662394',
      email: null,
      website: null,
    });
    expect(report.year).toBe(2018);
    expect(report.issuedOn).toBeNull();
  });
});
