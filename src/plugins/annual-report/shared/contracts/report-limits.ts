/**
 * What a real report holds, with room to spare. Writes beyond these are refused with a 400 naming
 * the field: they are mistakes or attacks, and unbounded ones block the server (5,000 sections
 * took 11 s to save and held SQLite for all of it).
 */
export const REPORT_LIMITS = {
  /** The 条例 took effect in 2008; reports name their year. */
  year: { min: 2000, max: 2100 },
  /** Strapi stores a string attribute as varchar(255): a longer title was a 500 on PostgreSQL. */
  title: 255,
  key: 64,
  sectionNumber: 8,
  heading: 200,
  sections: 40,
  /** A bound on the list only: each template table appears once (a second one is named). */
  tables: 20,
  tableTitle: 200,
  unit: 16,
  note: 4000,
  /** A cell's content that is not a number yet (kept for the editor, reported by V2). */
  cellText: 64,
  /** One table's cells, as JSON characters (a built-in table with text in every cell: 15,000). */
  cellsSize: 100_000,
  /** Preface or one section body (Strapi blocks), as JSON characters. */
  blocksSize: 200_000,
  /** Nesting of blocks and of the imported source (lists in lists stay far below). */
  jsonDepth: 32,
  /** The imported original (text and where it came from), as JSON characters. */
  sourceSize: 2_000_000,
} as const;

/** UTF-8 takes at most 3 bytes for one UTF-16 code unit (a CJK character; astral: 4 for 2). */
const UTF8_BYTES_PER_CHAR = 3;
/** Keys, quotes, brackets and ids of one section or table in JSON, and of the report around them. */
const JSON_STRUCTURE = 200;
/**
 * What the Content Manager sends back with a report besides its fields: ids, timestamps and the
 * stored check summary (120,000 characters for a built-in format's tables all wrong), in characters.
 */
const ECHOED_FIELDS = 500_000;

/**
 * The largest request body a report write takes, in bytes: the report with every field at its
 * limit above, as JSON.stringify writes it, in UTF-8. The JSON limits of `strapi::body`
 * (config/middlewares.ts) and of the GraphQL body parser (config/plugins.ts) are this one number, so
 * that a report the limits allow can always be saved, and nothing larger is read.
 */
export function reportBodyBytes(
  limits: Record<Exclude<keyof typeof REPORT_LIMITS, 'year'>, number>,
): number {
  const section =
    limits.key + limits.sectionNumber + limits.heading + limits.blocksSize + JSON_STRUCTURE;
  const table =
    limits.key + limits.tableTitle + limits.unit + limits.note + limits.cellsSize + JSON_STRUCTURE;
  const characters =
    limits.title +
    limits.key +
    JSON_STRUCTURE +
    limits.blocksSize +
    limits.sections * section +
    limits.tables * table +
    limits.sourceSize +
    ECHOED_FIELDS;
  return characters * UTF8_BYTES_PER_CHAR;
}

export const REPORT_BODY_BYTES = reportBodyBytes(REPORT_LIMITS);

/**
 * Bounds of a cell's value by kind (rule V5): counts are whole numbers up to a billion, money up to
 * ten billion in its unit. Within them every sum a rule takes, rounded to the 分, is exact.
 */
export const CELL_LIMITS = { maxCount: 1e9, maxMoney: 1e10 } as const;

/**
 * An amount is a whole number of 分 (V6): two decimals in 元, six in 万元 (2356.418207 万元 is
 * 23,564,182.07 元). Other units are taken as 元.
 */
export function moneyDecimals(unit: string | undefined): number {
  return unit === '万元' ? 6 : 2;
}
