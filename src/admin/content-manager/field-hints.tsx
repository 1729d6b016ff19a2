import * as React from 'react';
import { mapValues } from 'lodash';
import { FormattedMessage } from 'react-intl';
import { COMPONENTS, contentTypeByDisplayName, hintId } from '../translations/content-types';
import { type FieldTexts } from '../../plugins/annual-report/shared';

interface Field {
  name: string;
  hint?: React.ReactNode;
}
type Row = Field[];

export interface EditLayout {
  layout: Row[][];
  components: Record<string, { layout: Row[] }>;
  settings: { displayName?: string };
}

// One element per hint, so the memoised inputs see the same prop on every layout pass.
const hints = new Map<string, React.ReactElement>();
const hintElement = (id: string, defaultMessage: string) => {
  if (!hints.has(id)) hints.set(id, <FormattedMessage id={id} defaultMessage={defaultMessage} />);
  return hints.get(id)!;
};

const withHints = (uid: string, fields: FieldTexts) => (row: Row) =>
  row.map((field) => {
    const hint = fields[field.name]?.hint;
    // A description typed in "Configure the view" is the editors' own and stays.
    return hint && !field.hint
      ? { ...field, hint: hintElement(hintId(uid, field.name), hint.en) }
      : field;
  });

/**
 * The Content Manager shows a field's hint from the view configuration's `description`, one text
 * for every interface language. This waterfall hook (Admin/CM/pages/EditView/mutate-edit-view-layout)
 * gives the report's, the agency's and their components' fields a hint that follows the language.
 */
export const fieldHints = <Args extends { layout: EditLayout }>(args: Args): Args => {
  const { layout } = args;
  const contentType = contentTypeByDisplayName(layout.settings?.displayName);
  return {
    ...args,
    layout: {
      ...layout,
      layout: contentType
        ? layout.layout.map((panel) => panel.map(withHints(contentType.uid, contentType.fields)))
        : layout.layout,
      components: mapValues(layout.components, (component, uid) =>
        COMPONENTS[uid]
          ? { ...component, layout: component.layout.map(withHints(uid, COMPONENTS[uid])) }
          : component,
      ),
    },
  };
};
