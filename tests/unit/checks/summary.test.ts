import {
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
      checkedAt: '2024-02-01T00:00:00.000Z',
      rulesVersion: RULES_VERSION,
      findings,
    });
  });
});
