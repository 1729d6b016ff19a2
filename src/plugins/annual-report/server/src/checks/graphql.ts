import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CheckSummary } from '../../../shared/contracts/checks';
import type { Auth } from '../../../shared/contracts/draft-access';
import { getService } from '../plugin-config';

const typeDefs = /* GraphQL */ `
  enum ReportFindingSeverity {
    error
    warning
  }

  type ReportFindingMessage {
    zhHans: String!
    en: String!
  }

  type ReportFinding {
    rule: String!
    severity: ReportFindingSeverity!
    "Content Manager field path down to the cell: tables, 2, cells, <row>, <column>"
    path: [String!]!
    message: ReportFindingMessage!
    "Where the rule comes from: a law, the official form, or 本系统统计口径 (docs/rules.md)"
    basis: ReportFindingMessage
    expected: JSON
    actual: JSON
    "On a finding that groups others (a table's blank cells): the paths of the findings it stands for"
    cells: [[String!]!]
  }

  type ReportChecks {
    errors: Int!
    warnings: Int!
    checkedAt: String!
    rulesVersion: String!
    findings: [ReportFinding!]!
  }

  extend type Query {
    "Checks of a report: published for everyone, drafts (status: DRAFT) with an API token"
    reportChecks(documentId: ID!, status: PublicationStatus): ReportChecks
  }
`;

const toGraphQL = (summary: CheckSummary) => ({
  ...summary,
  findings: summary.findings.map((finding) => ({
    ...finding,
    path: finding.path.map(String),
    cells: finding.cells?.map((cellPath) => cellPath.map(String)),
    message: { zhHans: finding.message['zh-Hans'], en: finding.message.en },
    basis: finding.basis && { zhHans: finding.basis['zh-Hans'], en: finding.basis.en },
  })),
});

interface Context {
  state: { auth?: Auth };
}

export const registerReportChecksQuery = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql.service('extension').use(() => ({
    typeDefs,
    resolvers: {
      Query: {
        async reportChecks(
          _parent: unknown,
          args: { documentId: string; status?: 'draft' | 'published' },
          ctx: Context,
        ) {
          const reader = getService(strapi, 'read-gate').content(ctx);
          try {
            const summary = await getService(strapi, 'checks').summaryOf(
              args.documentId,
              args.status ?? 'published',
              reader,
            );
            return toGraphQL(summary);
          } catch (error) {
            // A query for a report that does not exist answers null, as Strapi's own do.
            if (error instanceof errors.NotFoundError) return null;
            throw error;
          }
        },
      },
    },
    resolversConfig: {
      'Query.reportChecks': { auth: { scope: ['plugin::annual-report.checks.findOne'] } },
    },
  }));
};
