import { compileReader } from '../../src/plugins/annual-report/shared/checks/prose-reader';
import type { ProseVocabulary } from '../../src/plugins/annual-report/shared/contracts/rules';
import { cn2019 } from '../../src/plugins/annual-report/shared/templates/cn-2019';
import { cn2021 } from '../../src/plugins/annual-report/shared/templates/cn-2021';
import { gzLegacy } from '../../src/plugins/annual-report/shared/templates/gz-legacy';
import type { Template } from '../../src/plugins/annual-report/shared/contracts/template';

function vocabularyOf(template: Template): ProseVocabulary {
  for (const rule of template.rules) {
    if (rule.kind === 'prose' && rule.vocabulary) return rule.vocabulary;
  }
  throw new Error(`${template.key} has no N1 vocabulary`);
}

/** N1's sentence reader of each built-in format, as the labelled-prose tests run it. */
export const sentenceReaders = Object.fromEntries(
  [cn2019, cn2021, gzLegacy].map((template) => [
    template.key,
    compileReader(vocabularyOf(template)).sentence,
  ]),
) as Record<'cn-2019' | 'cn-2021' | 'gz-legacy', ReturnType<typeof compileReader>['sentence']>;
