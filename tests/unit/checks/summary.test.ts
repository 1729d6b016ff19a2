import {
  findingFingerprint,
  RULES_VERSION,
  summarize,
  type Finding,
} from '../../../src/plugins/annual-report/shared/contracts/checks';

const finding = (severity: Finding['severity']): Finding => ({
  rule: 'X1',
  severity,
  path: ['title'],
  message: { 'zh-Hans': '示例', en: 'example' },
});

describe('summarize', () => {
  it('counts errors and warnings and stamps the time and rules version', () => {
    const findings = [finding('error'), finding('warning'), finding('error')];
    expect(summarize(findings, new Date('2024-02-01T00:00:00Z'))).toEqual({
      errors: 2,
      warnings: 1,
      acknowledged: 0,
      checkedAt: '2024-02-01T00:00:00.000Z',
      rulesVersion: RULES_VERSION,
      findings,
    });
  });

  it('counts acknowledged warnings apart and marks them; an error is never acknowledged', () => {
    const warning = finding('warning');
    const error = finding('error');
    const marked = new Set([findingFingerprint(warning), findingFingerprint(error)]);
    const summary = summarize([error, warning], new Date('2024-02-01T00:00:00Z'), marked);
    expect(summary).toMatchObject({ errors: 1, warnings: 0, acknowledged: 1 });
    expect(summary.findings).toEqual([error, { ...warning, acknowledged: true }]);
    // Counted again without the mark, the stored flag goes.
    expect(summarize(summary.findings).findings).toEqual([error, warning]);
  });

  it('fingerprints a finding by rule, place and message: a changed figure is another finding', () => {
    const warning = finding('warning');
    expect(findingFingerprint(warning)).toMatch(/^[0-9a-f]{16}$/);
    const withFigure: Finding = { ...warning, expected: 99 };
    expect(findingFingerprint(withFigure)).toBe(findingFingerprint(warning));
    expect(
      findingFingerprint({ ...warning, message: { ...warning.message, 'zh-Hans': '另一句' } }),
    ).not.toBe(findingFingerprint(warning));
    expect(findingFingerprint({ ...warning, path: ['preface'] })).not.toBe(
      findingFingerprint(warning),
    );
  });
});
