import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleCatalogue, builtInTemplates } from '../src/plugins/annual-report/shared';

/** Writes docs/rules.md from the rules' own data (tests/unit/checks/rule-catalogue.test.ts keeps it current). */
writeFileSync(join(__dirname, '..', 'docs', 'rules.md'), ruleCatalogue([...builtInTemplates]));
