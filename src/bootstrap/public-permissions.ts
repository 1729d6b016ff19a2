import type { Core } from '@strapi/strapi';

/** What anonymous visitors may read. Drafts stay hidden: content API reads return published versions. */
export const PUBLIC_ACTIONS = [
  'api::report.report.find',
  'api::report.report.findOne',
  'api::agency.agency.find',
  'api::agency.agency.findOne',
  'plugin::annual-report.checks.findOne',
  ...['document', 'html', 'csv', 'docx', 'pdf'].map(
    (output) => `plugin::annual-report.outputs.${output}`,
  ),
];

export const grantPublicRead = async (
  strapi: Core.Strapi,
  actions: string[] = PUBLIC_ACTIONS,
  roleType: 'public' | 'authenticated' = 'public',
) => {
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: roleType } });
  if (!role) return;
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of actions) {
    const granted = await permissions.findOne({ where: { action, role: role.id } });
    if (!granted) await permissions.create({ data: { action, role: role.id } });
  }
};
