import {
  formatTemplate,
  needsSiteTemplates,
} from '../../../src/plugins/annual-report/admin/src/live-checks/format-template';
import { cn2021 } from '../../../src/plugins/annual-report/shared/templates/cn-2021';
import type { Template } from '../../../src/plugins/annual-report/shared/contracts/template';

/**
 * A report's template in the admin: the built-in ones from the bundle, a site's own from the
 * server's registry once read (the checks, the grids and the table headings read the same one).
 */

const site: Template = {
  ...cn2021,
  key: 'huli-2018',
  name: { 'zh-Hans': '湖里区2019年前格式', en: 'Huli district, pre-2019' },
};

describe('formatTemplate', () => {
  it('finds a built-in format without asking the server', () => {
    expect(needsSiteTemplates('cn-2021')).toBe(false);
    expect(formatTemplate('cn-2021', undefined)).toEqual({
      template: cn2021,
      pending: false,
      problem: null,
    });
  });

  it('asks the server for any other format, and waits for it', () => {
    expect(needsSiteTemplates('huli-2018')).toBe(true);
    expect(needsSiteTemplates('')).toBe(false);
    expect(formatTemplate('huli-2018', undefined)).toEqual({
      template: null,
      pending: true,
      problem: null,
    });
    expect(formatTemplate('huli-2018', { state: 'loading' }).pending).toBe(true);
  });

  it('gives the site’s template once read', () => {
    expect(formatTemplate('huli-2018', { state: 'done', value: [site] })).toEqual({
      template: site,
      pending: false,
      problem: null,
    });
  });

  it('knows no template for a format the site does not have, or when the registry fails', () => {
    expect(formatTemplate('nowhere', { state: 'done', value: [site] })).toEqual({
      template: null,
      pending: false,
      problem: null,
    });
    expect(formatTemplate('', undefined)).toEqual({
      template: null,
      pending: false,
      problem: null,
    });
    expect(formatTemplate('huli-2018', { state: 'failed', error: 'Forbidden' })).toEqual({
      template: null,
      pending: false,
      problem: 'Forbidden',
    });
  });
});
