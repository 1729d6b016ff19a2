import type { Core } from '@strapi/strapi';
import type { ReportDocument } from '../../../shared/contracts/document';
import type { ReportData } from '../../../shared/contracts/report';
import type { Auth } from '../../../shared/contracts/draft-access';
import { getService } from '../plugin-config';
import { REPORT_UID } from '../../../shared/contracts/uids';

const typeDefs = /* GraphQL */ `
  type ReportTableColumn {
    key: String!
    label: String!
    "Header groups above the column, outermost first"
    group: [String!]!
    kind: String!
    unit: String
  }

  type ReportTableRow {
    key: String!
    "The row's own numbering as printed: 一、 （一） 1."
    number: String!
    label: String!
    level: Int!
    heading: Boolean!
    "One value per column, in column order; null is a blank cell"
    values: [Float]!
  }

  type ReportTable {
    key: String!
    number: String!
    title: String!
    unit: String
    corner: String!
    section: String!
    proseOnly: Boolean!
    note: String
    columns: [ReportTableColumn!]!
    rows: [ReportTableRow!]!
  }

  type ReportDocumentSection {
    key: String!
    number: String!
    heading: String!
    "Strapi blocks"
    body: JSON
    tables: [String!]!
  }

  type ReportDocumentAgency {
    name: String!
    level: String!
    levelLabel: String!
    region: String
    address: String
    postcode: String
    phone: String
    email: String
    website: String
  }

  "A published report laid out with every label: render it without knowing any template"
  type ReportDocument {
    documentId: ID
    title: String!
    year: Int!
    format: String!
    formatName: String!
    preface: JSON
    issuedOn: String
    publishedAt: String
    agency: ReportDocumentAgency
    contact: String
    sections: [ReportDocumentSection!]!
    tables: [ReportTable!]!
  }

  extend type Query {
    "A published report, labeled; a NOT_FOUND error when the document has no published version"
    annualReport(documentId: ID!): ReportDocument
    "Published reports, labeled, filtered and paged like the reports query"
    annualReports(
      filters: ReportFiltersInput
      pagination: PaginationArg = {}
      sort: [String] = []
    ): [ReportDocument!]!
  }
`;

interface Context {
  state?: { auth?: Auth };
}

/**
 * Typed GraphQL reads of the labeled document. Published versions only, whoever asks: the
 * filters pass through the content API sanitizer like the generated queries' do.
 */
/** What the read gate needs of a GraphQL context: Strapi puts the Koa state on it. */
type GateContext = { state: { auth?: Auth } };

export const registerAnnualReportQueries = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const uid = REPORT_UID;
  const documents = () => getService(strapi, 'report-document');

  graphql.service('extension').use(() => ({
    typeDefs,
    resolvers: {
      Query: {
        async annualReport(_parent: unknown, args: { documentId: string }, ctx: GateContext) {
          const reader = getService(strapi, 'read-gate').content(ctx);
          return documents().resolve(await reader.report(args.documentId, { status: 'published' }));
        },

        async annualReports(
          _parent: unknown,
          args: Record<string, unknown>,
          ctx: Context,
        ): Promise<ReportDocument[]> {
          const contentType = strapi.getModel(uid);
          const { transformArgs } = graphql.service('builders').utils;
          const query = transformArgs(args, { contentType, usePagination: true });
          await strapi.contentAPI.validate.query(query, contentType, { auth: ctx.state?.auth });
          const sanitized = await strapi.contentAPI.sanitize.query(query, contentType, {
            auth: ctx.state?.auth,
          });
          const found = await strapi.documents(uid).findMany({
            ...sanitized,
            status: 'published',
            populate: { sections: true, tables: true, agency: true },
          });
          return (found as unknown as ReportData[]).map((report) => documents().resolve(report));
        },
      },
    },
    resolversConfig: {
      'Query.annualReport': { auth: { scope: [`${uid}.findOne`] } },
      'Query.annualReports': { auth: { scope: [`${uid}.find`] } },
    },
  }));
};
