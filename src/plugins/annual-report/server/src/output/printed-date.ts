/**
 * A date as Chinese documents print it: 2025-01-20 → 2025年1月20日. Read from the ISO text itself
 * (never through Date) so the day cannot shift with the server's time zone; null when unreadable.
 */
export function printedDate(iso: string | null | undefined): string | null {
  const match = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim()) : null;
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}年${month}月${day}日`;
}
