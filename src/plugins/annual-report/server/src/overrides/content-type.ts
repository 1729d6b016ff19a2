/** One publication over check errors: who, when, which findings, why. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'annual_report_check_overrides',
    info: {
      singularName: 'check-override',
      pluralName: 'check-overrides',
      displayName: 'Check override',
    },
    options: { draftAndPublish: false },
    pluginOptions: {
      'content-manager': { visible: false },
      'content-type-builder': { visible: false },
    },
    attributes: {
      reportDocumentId: { type: 'string', required: true },
      reportTitle: { type: 'string' },
      reason: { type: 'text', required: true },
      findings: { type: 'json' },
      userId: { type: 'integer' },
      overriddenBy: { type: 'string' },
      overriddenAt: { type: 'datetime' },
    },
  },
};
