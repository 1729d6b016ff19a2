/** POST /annual-report/reports/:documentId/next-year (admin) — 201, or 409 naming the existing one. */
export declare namespace StartNextYear {
  interface Response {
    data: { documentId: string; year: number; format: string };
  }
}
