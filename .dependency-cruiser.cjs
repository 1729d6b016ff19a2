/**
 * The layering the project keeps (shared/ARCHITECTURE.md), checked by `npm run lint:deps` in
 * `npm test`. Tests may import plugin internals and are not cruised.
 * tests/unit/architecture/dependency-rules.test.ts shows each rule able to fail.
 */
const PLUGIN = '^src/plugins/annual-report/';
const SHARED = `${PLUGIN}shared/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'No module reaches itself again at run time (a type-only loop, as getService’s, is allowed).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'shared-no-circular',
      comment:
        'shared/ has no loop at all, types included: rule and template types live in contracts/.',
      severity: 'error',
      from: { path: SHARED },
      to: { path: SHARED, circular: true },
    },
    {
      name: 'shared-is-pure',
      comment:
        'shared/ runs in the server and in the browser: no Strapi runtime, no server or admin code.',
      severity: 'error',
      from: { path: SHARED },
      to: {
        path: [
          `${PLUGIN}(server|admin)/`,
          '^node_modules/@strapi/(strapi|core|utils|database|types|admin|content-manager)/',
        ],
      },
    },
    {
      name: 'templates-do-not-import-checks',
      comment: 'Checks read templates; templates are data and never import the engine.',
      severity: 'error',
      from: { path: `${SHARED}templates/` },
      to: { path: `${SHARED}checks/` },
    },
    {
      name: 'live-checks-are-not-ui',
      comment:
        'admin/src/live-checks holds the state the grid, panel and preview share; the UI reads it.',
      severity: 'error',
      from: { path: `${PLUGIN}admin/src/live-checks/` },
      to: { path: `${PLUGIN}admin/src/(checks|grid|preview)/` },
    },
    {
      name: 'app-uses-the-public-faces',
      comment:
        'The app, scripts and benchmarks import the plugin through shared/index.ts and server/src/public.ts only.',
      severity: 'error',
      from: { path: '^(src/(?!plugins/)|scripts/|bench/|config/)' },
      to: {
        path: PLUGIN,
        pathNot: `${PLUGIN}(shared/index\\.ts|server/src/public\\.ts)$`,
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)dist/', '^src/plugins/annual-report/(admin|server)/custom\\.d\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
