import { env } from '@strapi/utils';
import middlewares from '../../../config/middlewares';
import plugins from '../../../config/plugins';
import {
  cn2021,
  Contracts,
  REPORT_BODY_BYTES,
  validate,
} from '../../../src/plugins/annual-report/shared';
import { reportAtLimits } from '../../helpers/report-at-limits';

/** The JSON body limits are REPORT_LIMITS in bytes, in one place: a report at its limits is read. */

it('strapi::body and the GraphQL body parser take the same limit, derived from REPORT_LIMITS', () => {
  const body = middlewares.find(
    (entry) => typeof entry === 'object' && entry.name === 'strapi::body',
  ) as { config: { jsonLimit: number } };
  const graphql = (
    plugins({ env } as never) as unknown as {
      graphql: { config: { apolloServer: { bodyParserConfig: { jsonLimit: number } } } };
    }
  ).graphql.config.apolloServer.bodyParserConfig;
  expect(body.config.jsonLimit).toBe(REPORT_BODY_BYTES);
  expect(graphql.jsonLimit).toBe(REPORT_BODY_BYTES);
  expect(REPORT_BODY_BYTES).toBe(Contracts.reportBodyBytes(Contracts.REPORT_LIMITS));
});

it('a report at every limit, sent back by the Content Manager with its check summary, fits', () => {
  const report = reportAtLimits();
  const checks = Contracts.summarize(validate(report as never, cn2021));
  const bytes = Buffer.byteLength(JSON.stringify({ data: { ...report, checks } }));
  expect(bytes).toBeLessThanOrEqual(REPORT_BODY_BYTES);
  // The limit is that report's size with room for what it may carry, not a number picked far above.
  expect(bytes).toBeGreaterThan(REPORT_BODY_BYTES / 2);
});

it('the limit grows with the limits it is derived from', () => {
  const { REPORT_LIMITS, reportBodyBytes } = Contracts;
  const larger = { ...REPORT_LIMITS, sourceSize: REPORT_LIMITS.sourceSize + 1000 };
  expect(reportBodyBytes(larger)).toBe(REPORT_BODY_BYTES + 3000);
});
