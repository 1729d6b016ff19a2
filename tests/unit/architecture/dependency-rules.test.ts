import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The layering rules of .dependency-cruiser.cjs can fail: a small tree with one break of each,
 * cruised with the project's own configuration, gets every rule's name back.
 */

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

const BROKEN: Record<string, string> = {
  'tsconfig.json': '{ "compilerOptions": { "module": "commonjs" } }',
  'src/plugins/annual-report/shared/checks/engine.ts': 'export const engine = 1;\n',
  // A template that imports the engine.
  'src/plugins/annual-report/shared/templates/format.ts':
    "import { engine } from '../checks/engine';\nexport const format = engine;\n",
  // A loop inside shared/.
  'src/plugins/annual-report/shared/layout/a.ts':
    "import { b } from './b';\nexport const a = (): unknown => b;\n",
  'src/plugins/annual-report/shared/layout/b.ts':
    "import { a } from './a';\nexport const b = (): unknown => a;\n",
  // shared/ reaching into the server.
  'src/plugins/annual-report/server/src/service.ts': 'export const service = 1;\n',
  'src/plugins/annual-report/shared/impure.ts':
    "import { service } from '../server/src/service';\nexport const impure = service;\n",
  // Live-check state reaching into the panel's UI.
  'src/plugins/annual-report/admin/src/checks/Panel.tsx': 'export const Panel = 1;\n',
  'src/plugins/annual-report/admin/src/live-checks/state.ts':
    "import { Panel } from '../checks/Panel';\nexport const state = Panel;\n",
  // The app past the public faces.
  'src/app.ts':
    "import { engine } from './plugins/annual-report/shared/checks/engine';\nexport default engine;\n",
};

it('reports each broken rule by name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'depcruise-'));
  try {
    for (const [path, text] of Object.entries(BROKEN)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    let output: string;
    try {
      output = execFileSync(
        process.execPath,
        [CLI, 'src', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'],
        { cwd: dir, encoding: 'utf8' },
      );
    } catch (error) {
      // Errors may make the command fail: its output is still the report.
      output = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(output) as {
      summary: { violations: Array<{ rule: { name: string } }> };
    };
    const broken = new Set(report.summary.violations.map((violation) => violation.rule.name));
    expect([...broken].sort()).toEqual([
      'app-uses-the-public-faces',
      'live-checks-are-not-ui',
      'no-circular',
      'shared-is-pure',
      'shared-no-circular',
      'templates-do-not-import-checks',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
