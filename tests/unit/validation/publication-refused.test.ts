import type { Finding } from '../../../src/plugins/annual-report/shared/contracts/checks';
import { publicationRefused } from '../../../src/plugins/annual-report/server/src/document-middleware/publication-refused';

const total: Finding = {
  rule: 'T3-1',
  severity: 'error',
  path: ['tables', 4, 'cells', 'new', 'total'],
  message: { 'zh-Hans': '总计应为 3119，实为 3120', en: 'total should be 3119, is 3120' },
  expected: 3119,
  actual: 3120,
};
const warning: Finding = { ...total, rule: 'N1', severity: 'warning', path: ['preface'] };

describe('a refused publication', () => {
  it('is no refusal without an error', () => {
    expect(publicationRefused([warning])).toBeNull();
  });

  it('speaks the language the admin chose, and both when it is not known', () => {
    expect(publicationRefused([total, warning], 'zh-Hans')?.message).toBe(
      '发布被拒绝：报告有 1 项错误',
    );
    expect(publicationRefused([total], 'en')?.message).toBe(
      'Publication refused: 1 error(s) in the report',
    );
    expect(publicationRefused([total])?.message).toBe(
      '发布被拒绝：报告有 1 项错误 (Publication refused: 1 error(s) in the report)',
    );
  });

  it("names each erring field in that language, with the cell's own path", () => {
    const [zh] = (
      publicationRefused([total], 'zh-Hans')?.details as { errors: Array<Record<string, unknown>> }
    ).errors;
    const [en] = (
      publicationRefused([total], 'en')?.details as { errors: Array<Record<string, unknown>> }
    ).errors;
    expect(zh).toMatchObject({ path: ['tables', 4, 'cells'], message: '总计应为 3119，实为 3120' });
    expect(en).toMatchObject({ message: 'total should be 3119, is 3120', findingPath: total.path });
  });
});
