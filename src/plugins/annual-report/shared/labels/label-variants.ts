/**
 * Labels real forms print for the template's own, as normalised words (normaliseLabel): each
 * group is one label. Kept to what reports are known to print (shared/domain/report-formats.md
 * §1d); anything else close to a label is matched as a near miss, which asks first.
 */
export const LABEL_VARIANTS: ReadonlyArray<readonly string[]> = [
  ['行政规范性文件', '规范性文件'],
  ['结转下年度继续办理', '结转下一年度继续办理'],
  // 2021-era reports that print （六）其他处理 as one row call it （六）其他.
  ['其他处理', '其他'],
  ['法人或其他组织', '法人或者其他组织'],
  ['总计', '合计'],
];

const groupOf = new Map<string, number>(
  LABEL_VARIANTS.flatMap((group, index) => group.map((label) => [label, index] as const)),
);

/** Whether two normalised labels are printings of the same label by the table above. */
export const areVariants = (a: string, b: string): boolean =>
  a !== b && groupOf.has(a) && groupOf.get(a) === groupOf.get(b);
