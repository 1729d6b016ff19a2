/** A content type or component as the content API filters it: its attributes and their targets. */
export interface Attribute {
  type: string;
  target?: string;
  component?: string;
}
export interface Model {
  uid: string;
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, Attribute>;
}
export type GetModel = (uid: string) => Model | undefined;

/** Not among a model's attributes, but filterable: the row id, an integer column (`increments`). */
const ID: Attribute = { type: 'increments' };

/** The attribute a filter key names, the row id included. */
export const attributeOf = (model: Model, key: string): Attribute | undefined =>
  Object.prototype.hasOwnProperty.call(model.attributes, key)
    ? model.attributes[key]
    : key === 'id'
      ? ID
      : undefined;

export const hasDraftAndPublish = (model: Model | undefined) =>
  model?.options?.draftAndPublish === true;

/** The model an attribute leads to, for relations and components; undefined for other fields. */
export const nextModel = (attribute: Attribute | undefined, getModel: GetModel) => {
  if (attribute?.type === 'relation' && attribute.target) return getModel(attribute.target);
  if (attribute?.type === 'component' && attribute.component) return getModel(attribute.component);
  return undefined;
};
