/** One 已核实 mark: a plugin table keyed by the report's documentId and the finding's fingerprint. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'annual_report_acknowledgements',
    info: {
      singularName: 'acknowledgement',
      pluralName: 'acknowledgements',
      displayName: 'Acknowledgement',
    },
    options: { draftAndPublish: false },
    pluginOptions: {
      'content-manager': { visible: false },
      'content-type-builder': { visible: false },
    },
    attributes: {
      reportDocumentId: { type: 'string', required: true },
      fingerprint: { type: 'string', required: true },
      rule: { type: 'string', required: true },
      note: { type: 'text', required: true },
      userId: { type: 'integer' },
      acknowledgedBy: { type: 'string' },
      acknowledgedAt: { type: 'datetime' },
    },
  },
};
