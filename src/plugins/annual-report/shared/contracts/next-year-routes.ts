/** POST /annual-report/reports/:documentId/next-year (admin) — 201, or 409 naming the existing one. */
export declare namespace StartNextYear {
  interface Response {
    data: { documentId: string; year: number; format: string };
  }
}

/** GET /annual-report/next-year/candidates (admin) — each agency's latest report the caller may read. */
export declare namespace NextYearCandidates {
  interface Response {
    data: Array<{ documentId: string; year: number; title: string; agency: string }>;
  }
}
