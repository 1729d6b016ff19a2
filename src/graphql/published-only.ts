import { mayReadDrafts, type Auth } from '../plugins/annual-report/shared';

interface FieldEvent {
  source: unknown;
  args: Record<string, unknown>;
  contextValue: {
    state?: { auth?: Auth };
    rootQueryArgsByPath?: Map<string | number, Record<string, unknown>>;
  };
  info: { path: { key: string | number }; operation: { operation: string } };
}

const PUBLICATION_ARGS = ['hasPublishedVersion', 'publicationFilter'];

const forcePublished = (args: Record<string, unknown>) => {
  args.status = 'published';
  for (const key of PUBLICATION_ARGS) delete args[key];
};

/**
 * Apollo plugin: GraphQL readers without draft access read published versions only. Root query
 * arguments are also rewritten where the GraphQL plugin keeps them for nested relations
 * (agency → reports); filters are held to published rows by the content API query sanitizer.
 */
export const publishedOnlyPlugin = {
  async requestDidStart() {
    return {
      async executionDidStart() {
        return {
          willResolveField({ source, args, contextValue, info }: FieldEvent) {
            if (
              source ||
              info.operation.operation !== 'query' ||
              mayReadDrafts(contextValue.state?.auth)
            )
              return;
            if ('status' in args || PUBLICATION_ARGS.some((key) => key in args))
              forcePublished(args);
            const rootArgs = contextValue.rootQueryArgsByPath?.get(info.path.key);
            if (rootArgs) forcePublished(rootArgs);
          },
        };
      },
    };
  },
};
