import request from 'supertest';
import { startStrapi, type TestApp } from '../../helpers/strapi';
import { createAgency } from '../../helpers/fixtures';
import { createFullAccessToken } from '../../helpers/api-token';
import { clone } from '../../helpers/report-builder';
import { demoReports } from '../../../src/demo';
import { validate } from '../../../src/plugins/annual-report/shared/checks/validate';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import type { ReportData } from '../../../src/plugins/annual-report/shared/contracts/report';
import { reportInput, tablesInput, type ReportInput } from '../../../src/api/report/document-input';

/**
 * No write path publishes what the engine would reject: structure the template does not have is
 * refused at save, values are checked as they will be stored, and the stored summary is always the
 * engine's verdict on the stored content.
 */
let app: TestApp;
let server: Parameters<typeof request>[0];
let token: string;

const [, huaian] = demoReports;
const tableIndex = (key: string) => huaian.report.tables.findIndex((t) => t.key === key);

beforeAll(async () => {
  app = await startStrapi();
  server = app.strapi.server.httpServer;
  token = await createFullAccessToken(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

const documents = () => app.strapi.documents('api::report.report');

/** 淮安 2024 for an agency of its own, so no report is another's previous year. */
const report = async () => ({
  ...clone(huaian.report),
  agency: (await createAgency(app.strapi, { ...huaian.agency, name: `淮安${Math.random()}` }))
    .documentId,
});

/** REST POST publishes by default, as a careless API client would. */
const post = (data: unknown) =>
  request(server).post('/api/reports').set('Authorization', `Bearer ${token}`).send({ data });

const errorPaths = (body: { error: { details: { errors: Array<{ path: unknown[] }> } } }) =>
  body.error.details.errors.map((e) => e.path.join('.'));

describe('structure the template does not have is refused with a 400 naming the path', () => {
  it('a second table of one key with nonsense figures', async () => {
    const data = await report();
    const appeals = clone(data.tables[tableIndex('appeals')]);
    appeals.cells.cases['review-total'] = 999999;
    data.tables.push(appeals);
    const res = await post(data).expect(400);
    expect(errorPaths(res.body)).toEqual([`tables.${data.tables.length - 1}.key`]);
    expect(res.body.error.message).toContain('appears twice');
  });

  it('a table of another format, an unknown row and an unknown column', async () => {
    const data = await report();
    data.tables.push({ key: 'annex-1', title: '附表1', cells: {} });
    (data.tables[0].cells as Record<string, unknown>).invented = { total: 1 };
    (data.tables[0].cells[Object.keys(data.tables[0].cells)[0]] as Record<string, unknown>).extra =
      1;
    const res = await post(data).expect(400);
    expect(errorPaths(res.body)).toEqual(
      expect.arrayContaining([
        `tables.${data.tables.length - 1}.key`,
        'tables.0.cells.invented',
        `tables.0.cells.${Object.keys(data.tables[0].cells)[0]}.extra`,
      ]),
    );
  });

  it('the Document Service refuses a duplicate table too (imports, scripts)', async () => {
    const data = await report();
    data.tables.push(clone(data.tables[tableIndex('appeals')]));
    await expect(
      documents().create({ data: reportInput(data), status: 'published' }),
    ).rejects.toThrow(/appears twice/);
  });
});

it('cells of 1e303 and 9e303 do not add up to an equal Infinity: publication refused (V5)', async () => {
  const data = await report();
  const cells = data.tables[tableIndex('applications')].cells;
  cells.new['natural-person'] = 9e303;
  cells.new.total = 1e303;
  const res = await post(data).expect(400);
  const rules = res.body.error.details.errors.map((e: { rule: string }) => e.rule);
  expect(rules).toContain('V5');
});

describe('values are checked as they will be stored', () => {
  it('year sent as the text "2019" is cast first, and the year rule refuses a 2024 title', async () => {
    const res = await post({ ...(await report()), year: '2019' }).expect(400);
    expect(res.body.error.details.errors.map((e: { rule: string }) => e.rule)).toContain('Y1');
  });

  it('year sent as the text "2024" is stored as the number 2024 and publishes', async () => {
    const res = await post({ ...(await report()), year: '2024' }).expect(201);
    expect(res.body.data.year).toBe(2024);
  });

  it('cells sent as JSON text are stored as JSON, and the summary counts them', async () => {
    const draft = await documents().create({ data: reportInput(await report()) });
    const tables = clone(huaian.report.tables).map((t) => ({
      ...t,
      cells: JSON.stringify(t.cells),
    }));
    await documents().update({
      documentId: draft.documentId,
      // Cells as JSON text, which the plain ReportTable does not describe: a JSON value all the same.
      data: { tables: tables as ReportInput['tables'] },
    });
    const stored = (await documents().findOne({
      documentId: draft.documentId,
      populate: ['tables', 'sections', 'agency'],
    })) as unknown as ReportData & { checks: { errors: number } };
    expect(stored.tables[0].cells).toEqual(huaian.report.tables[0].cells);
    expect(stored.checks.errors).toBe(0);
  });

  it('cells that are not JSON are refused, not saved as a blank table', async () => {
    const draft = await documents().create({ data: reportInput(await report()) });
    const tables = clone(huaian.report.tables);
    (tables[0] as { cells: unknown }).cells = '{"new": {"total": 3,}';
    await expect(
      documents().update({ documentId: draft.documentId, data: { tables: tablesInput(tables) } }),
    ).rejects.toThrow(/tables\.0\.cells: not valid JSON/);
  });
});

describe('the stored summary is always the verdict on the stored content', () => {
  const verdictOf = (stored: ReportData) =>
    validate(stored, cn2021).map((f) => `${f.rule}:${f.path.join('.')}`);

  it('a clone recomputes checks instead of keeping a forged summary', async () => {
    const source = await documents().create({ data: reportInput(await report()) });
    const tables = clone(huaian.report.tables);
    tables[tableIndex('appeals')].cells.cases['review-total'] = 0;
    const forged = { errors: 0, warnings: 0, findings: [], forged: true };
    const changes: Partial<ReportInput> = { tables: tablesInput(tables), checks: forged };
    const cloned = await documents().clone({
      documentId: source.documentId,
      // Merged into the copy of the source, though the generated type asks for a whole report.
      data: changes as ReportInput,
    });
    const stored = (await documents().findOne({
      documentId: cloned!.documentId!,
      populate: ['tables', 'sections', 'agency'],
    })) as unknown as ReportData & {
      checks: { errors: number; forged?: boolean; findings: Array<{ rule: string; path: [] }> };
    };
    expect(stored.checks.forged).toBeUndefined();
    expect(stored.checks.errors).toBeGreaterThan(0);
    expect(stored.checks.findings.map((f) => `${f.rule}:${f.path.join('.')}`)).toEqual(
      verdictOf(stored),
    );
  });

  it('checks sent by a client are replaced by the computed ones', async () => {
    const data = { ...(await report()), checks: { errors: 0, findings: [], forged: true } };
    const res = await post(data).expect(201);
    expect(res.body.data.checks.forged).toBeUndefined();
    expect(res.body.data.checks.rulesVersion).toEqual(expect.any(String));
  });
});
