/**
 * A table of the plugin's own records (acknowledgements, overrides): a content type that neither
 * the Content Manager nor the Content-Type Builder shows, written only through the plugin's routes.
 */
export const pluginTable = (
  collectionName: string,
  info: { singularName: string; pluralName: string; displayName: string },
  attributes: Record<string, { type: string; required?: boolean }>,
) => ({
  schema: {
    kind: 'collectionType',
    collectionName,
    info,
    options: { draftAndPublish: false },
    pluginOptions: {
      'content-manager': { visible: false },
      'content-type-builder': { visible: false },
    },
    attributes,
  },
});
