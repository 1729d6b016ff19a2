import type { Template } from '../templates/types';

/** GET /annual-report/templates (admin) */
export declare namespace ListTemplates {
  interface Response {
    data: Template[];
  }
}
