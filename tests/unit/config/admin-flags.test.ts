import { env } from '@strapi/utils';
import admin from '../../../config/admin';

/** Strapi's survey and Enterprise promotion stay off unless a site turns them on. */
const flags = (vars: Record<string, string | undefined>) => {
  const saved = { ...process.env };
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    return (admin({ env } as never) as unknown as { flags: Record<string, boolean> }).flags;
  } finally {
    process.env = saved;
  }
};

it('turns off the NPS survey and the Enterprise promotion by default', () => {
  expect(flags({ FLAG_NPS: undefined, FLAG_PROMOTE_EE: undefined })).toMatchObject({
    nps: false,
    promoteEE: false,
  });
});

it('lets a site turn them back on', () => {
  expect(flags({ FLAG_NPS: 'true', FLAG_PROMOTE_EE: 'true' })).toMatchObject({
    nps: true,
    promoteEE: true,
  });
});
