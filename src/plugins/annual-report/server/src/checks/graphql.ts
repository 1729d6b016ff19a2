import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CheckSummary } from '../../../shared/contracts/checks';
import { mayReadDrafts, type Auth } from '../../../shared/contracts/draft-access';
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
  state?: { auth?: Auth };
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
          const status = args.status ?? 'published';
          if (status === 'draft' && !mayReadDrafts(ctx.state?.auth)) {
            throw new errors.ForbiddenError('Checks of a draft need an API token');
          }
          const summary = await getService(strapi, 'checks').summaryOf(args.documentId, status);
          return summary && toGraphQL(summary);
        },
      },
    },
    resolversConfig: {
      'Query.reportChecks': { auth: { scope: ['plugin::annual-report.checks.findOne'] } },
    },
  }));
};
