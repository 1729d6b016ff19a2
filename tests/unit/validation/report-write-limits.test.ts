import { reportWriteSchema } from '../../../src/plugins/annual-report/server/src/validation/report-write';
import { cn2021, Contracts } from '../../../src/plugins/annual-report/shared';
import { reportAtLimits } from '../../helpers/report-at-limits';

/** Every field at its limit is taken; one beyond is named (the request body limit counts on it). */
const schema = reportWriteSchema(cn2021);
const { REPORT_LIMITS: LIMITS } = Contracts;

it('takes a report with every field at its limit', () => {
  expect(schema.safeParse(reportAtLimits()).success).toBe(true);
});

it('refuses a table whose cells are larger than the limit, naming them', () => {
  const report = reportAtLimits();
  const table = report.tables[0];
  const [row] = Object.keys(table.cells);
  const many = Object.fromEntries(
    Array.from({ length: LIMITS.cellsSize / 5 }, (_, index) => [`c${index}`, 1]),
  );
  report.tables[0] = { ...table, cells: { ...table.cells, [row]: many } };
  const result = schema.safeParse(report);
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]).toMatchObject({
    path: ['tables', 0, 'cells'],
    message: `larger than ${LIMITS.cellsSize} characters of JSON`,
  });
});
