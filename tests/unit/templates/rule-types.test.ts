import type { z } from 'zod';
import type { Rule } from '../../../src/plugins/annual-report/shared/contracts/rules';
import type { Template } from '../../../src/plugins/annual-report/shared/contracts/template';
import { ruleSchema } from '../../../src/plugins/annual-report/shared/templates/rule-schema';
import { templateSchema } from '../../../src/plugins/annual-report/shared/templates/template-schema';
import { builtInTemplates } from '../../../src/plugins/annual-report/shared/templates/registry';

/**
 * The rule and template types (shared/contracts) and the zod schemas that parse a site's own
 * (shared/templates) say the same: each is assignable to the other, checked by `npm run
 * typecheck`; and every built-in template parses.
 */
const schemaToType = (rule: z.output<typeof ruleSchema>): Rule => rule;
const typeToSchema = (rule: Rule): z.input<typeof ruleSchema> => rule;
const templateToType = (template: z.output<typeof templateSchema>): Template => template;
const typeToTemplate = (template: Template): z.input<typeof templateSchema> => template;

it('keeps the types and the schemas of rules and templates in step', () => {
  for (const template of builtInTemplates) {
    const parsed = templateSchema.parse(template);
    expect(templateToType(parsed).key).toBe(template.key);
    expect(typeToTemplate(template)).toBe(template);
    for (const rule of template.rules) {
      expect(schemaToType(ruleSchema.parse(typeToSchema(rule))).id).toBe(rule.id);
    }
  }
});
