/**
 * A table's title as stored: its printed number first (表三 收到和处理政府信息公开申请情况), so that
 * every list naming tables by title — the edit view's items, a portal reading the REST answer —
 * tells 表三 from section 三 of the same heading. The labeled document keeps number and title apart.
 */
export const numberedTitle = (number: string, title: string) =>
  number === '' ? title : `${number} ${title}`;

/** The title without the number numberedTitle put before it; any other title as it is. */
export const unnumberedTitle = (title: string, number: string) =>
  number !== '' && title.startsWith(`${number} `) ? title.slice(number.length + 1) : title;
