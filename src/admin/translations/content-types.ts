import reportSchema from '../../api/report/content-types/report/schema.json';
import agencySchema from '../../api/agency/content-types/agency/schema.json';
import {
  type Localized,
  AGENCY_FIELD_TEXTS,
  AGENCY_LEVEL_TEXTS,
  REPORT_FIELD_TEXTS,
  SECTION_FIELD_TEXTS,
  STATISTIC_TABLE_FIELD_TEXTS,
  SYSTEM_FIELD_TEXTS,
  type FieldTexts,
} from '../../plugins/annual-report/shared';

export interface ContentTypeTexts {
  uid: string;
  /** The schema's displayName: the Content Manager's menu and list title use it as a message id. */
  displayName: string;
  name: Localized;
  fields: FieldTexts;
}

export const CONTENT_TYPES: readonly ContentTypeTexts[] = [
  {
    uid: 'api::report.report',
    displayName: reportSchema.info.displayName,
    name: { 'zh-Hans': '年度报告', en: 'Annual report' },
    fields: { ...SYSTEM_FIELD_TEXTS, ...REPORT_FIELD_TEXTS },
  },
  {
    uid: 'api::agency.agency',
    displayName: agencySchema.info.displayName,
    name: { 'zh-Hans': '机关', en: 'Agency' },
    fields: { ...SYSTEM_FIELD_TEXTS, ...AGENCY_FIELD_TEXTS },
  },
];

export const COMPONENTS: Readonly<Record<string, FieldTexts>> = {
  'report.section': SECTION_FIELD_TEXTS,
  'report.statistic-table': STATISTIC_TABLE_FIELD_TEXTS,
};

/** Every enumeration value the Content Manager shows, keyed by the value itself. */
export const ENUMERATION_VALUES: Readonly<Record<string, Localized>> = AGENCY_LEVEL_TEXTS;

/**
 * The Content Manager looks a field's label up under these ids and falls back to the label stored
 * in the view configuration (content-manager FormLayout, Repeatable/NonRepeatable components and
 * ListViewPage).
 */
export const contentTypeLabelId = (uid: string, field: string) =>
  `content-manager.content-types.${uid}.${field}`;
export const componentLabelId = (uid: string, field: string) =>
  `content-manager.components.${uid}.${field}`;
/** Strapi has no id for hints; the edit-view hook (content-manager/field-hints) uses these. */
export const hintId = (uid: string, field: string) => `field-hints.${uid}.${field}`;

export const contentTypeByDisplayName = (displayName: string | undefined) =>
  CONTENT_TYPES.find((contentType) => contentType.displayName === displayName);
