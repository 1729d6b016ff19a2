import type { MessageDescriptor } from 'react-intl';
import type { FindingPath } from '../../../shared/contracts/checks';

export interface PlaceContext {
  /** The content type's uid, as the Content Manager names its fields' labels. */
  model: string;
  attributes: Record<string, { type?: string; component?: string }>;
  values: Record<string, unknown>;
}

/** A part of a finding's place: a label to translate, or text shown as it is. */
export type PlacePart = string | MessageDescriptor;

const itemName = (item: Record<string, unknown> | undefined, index: number) => {
  const name = item?.heading || item?.title;
  return typeof name === 'string' ? name : String(index + 1);
};

/**
 * Where a finding points, in the edit view's words: the field's label, the section's heading or
 * the table's title, the component field's label; the template's row and column keys follow.
 * Labels use the Content Manager's own message ids, so they read as the form does.
 */
export const findingPlace = (
  path: FindingPath,
  { model, attributes, values }: PlaceContext,
): PlacePart[] => {
  const [field, index, subField, ...rest] = path;
  if (typeof field !== 'string') return path.map(String);
  const parts: PlacePart[] = [
    { id: `content-manager.content-types.${model}.${field}`, defaultMessage: field },
  ];
  if (index === undefined) return parts;
  const items = values[field];
  parts.push(
    typeof index === 'number' && Array.isArray(items)
      ? itemName(items[index] as Record<string, unknown> | undefined, index)
      : String(index),
  );
  if (subField === undefined) return parts;
  const component = attributes[field]?.component;
  parts.push(
    component && typeof subField === 'string'
      ? { id: `content-manager.components.${component}.${subField}`, defaultMessage: subField }
      : String(subField),
  );
  return [...parts, ...rest.map(String)];
};
