import { mapValues } from 'lodash';
import {
  COMPONENTS,
  CONTENT_TYPES,
  ENUMERATION_VALUES,
  componentLabelId,
  contentTypeLabelId,
  hintId,
} from './content-types';
import { type FieldTexts } from '../../plugins/annual-report/shared';

export type AdminLocale = 'zh-Hans' | 'en';
export type Messages = Record<string, string>;

const fieldMessages = (
  uid: string,
  fields: FieldTexts,
  labelId: (uid: string, field: string) => string,
  locale: AdminLocale,
): Messages =>
  Object.fromEntries(
    Object.entries(fields).flatMap(([field, { label, hint }]) => [
      [labelId(uid, field), label[locale]],
      ...(hint ? [[hintId(uid, field), hint[locale]]] : []),
    ]),
  );

/** The app's own messages: content type names, field labels and hints, enumeration values. */
export const appMessages = (locale: AdminLocale): Messages => ({
  ...Object.fromEntries(CONTENT_TYPES.map(({ displayName, name }) => [displayName, name[locale]])),
  ...Object.assign(
    {},
    ...CONTENT_TYPES.map(({ uid, fields }) =>
      fieldMessages(uid, fields, contentTypeLabelId, locale),
    ),
    ...Object.entries(COMPONENTS).map(([uid, fields]) =>
      fieldMessages(uid, fields, componentLabelId, locale),
    ),
  ),
  ...mapValues(ENUMERATION_VALUES, (text) => text[locale]),
});
