import { z } from 'zod';

/** Pieces shared by the template and rule schemas. */

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// A refinement rather than .regex() so the message can quote the offending value.
export const slug = z.string().superRefine((value, ctx) => {
  if (!SLUG.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a slug (lowercase letters and digits, joined by single hyphens)`,
    });
  }
});

export const text = z.string().min(1);

export const localized = z.object({ 'zh-Hans': text, en: text }).strict();
