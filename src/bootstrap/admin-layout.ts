import type { Core } from '@strapi/strapi';

interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: Record<string, unknown>;
}

const LAYOUT_VERSION = 'admin-layout-1';

/** Labels as an office's editors speak; repeatable items named by their heading, not their id. */
const REPORT_LABELS: Record<string, string> = {
  title: '标题',
  year: '年度',
  agency: '发布机关',
  format: '报告格式',
  preface: '前言',
  issuedOn: '公开日期',
  sections: '正文',
  tables: '统计表',
  checks: '检查结果（自动生成）',
  source: '导入来源',
};
const AGENCY_LABELS: Record<string, string> = {
  name: '机关名称',
  level: '层级',
  parent: '上级机关',
  children: '下级机关',
  region: '行政区划',
  address: '地址',
  postcode: '邮政编码',
  phone: '联系电话',
  email: '电子邮箱',
  website: '网站',
  reports: '年度报告',
};
const READ_ONLY = new Set(['checks']);
const COMPONENT_MAIN_FIELDS: Record<string, string> = {
  'report.section': 'heading',
  'report.statistic-table': 'title',
};

const labelled = (configuration: Configuration, labels: Record<string, string>): Configuration => ({
  ...configuration,
  metadatas: Object.fromEntries(
    Object.entries(configuration.metadatas).map(([field, meta]) => [
      field,
      labels[field]
        ? {
            edit: {
              ...meta.edit,
              label: labels[field],
              ...(READ_ONLY.has(field) ? { editable: false } : {}),
            },
            list: { ...meta.list, label: labels[field] },
          }
        : meta,
    ]),
  ),
});

/**
 * Sets the Content Manager's labels and component titles once; later changes made in the admin
 * ("Configure the view") are the editors' and are kept.
 */
export const configureAdminLayout = async (strapi: Core.Strapi) => {
  const store = strapi.store({ type: 'core', name: 'annual-report' });
  if (await store.get({ key: LAYOUT_VERSION })) return;

  const contentManager = strapi.plugin('content-manager');
  const contentTypes = contentManager.service('content-types');
  for (const [uid, labels] of [
    ['api::report.report', REPORT_LABELS],
    ['api::agency.agency', AGENCY_LABELS],
  ] as const) {
    const contentType = strapi.contentType(uid);
    const { uid: _uid, ...configuration } = await contentTypes.findConfiguration(contentType);
    await contentTypes.updateConfiguration(
      contentType,
      labelled(configuration as Configuration, labels),
    );
  }

  const components = contentManager.service('components');
  for (const [uid, mainField] of Object.entries(COMPONENT_MAIN_FIELDS)) {
    const component = components.findComponent(uid);
    const {
      uid: _uid,
      category: _category,
      ...configuration
    } = await components.findConfiguration(component);
    await components.updateConfiguration(component, {
      ...configuration,
      settings: { ...configuration.settings, mainField },
    });
  }

  await store.set({ key: LAYOUT_VERSION, value: true });
};
