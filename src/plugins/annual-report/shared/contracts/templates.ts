import type { Template } from './template';

/** GET /annual-report/templates (admin) */
export declare namespace ListTemplates {
  interface Response {
    data: Template[];
  }
}
