import type { DocumentAgency } from '../contracts/document';

/**
 * The contact paragraph in the wording most national reports print (淮安市 2024, 洪泽区 2023,
 * 沭阳县发改局 2023, 平潭 2022): 如对本报告有疑问，请与…联系（地址：…，邮编：…，电话：…，
 * 电子邮箱：…）。 Only the details the agency has are listed; 网址 closes the list when set. The
 * labels are those rule K1 recognises (地址：, 邮编：, 电话：), so a generated paragraph passes it.
 * null when the agency has none of the details: a sentence with nothing to contact says nothing.
 */
const ITEMS: Array<[keyof DocumentAgency, string]> = [
  ['address', '地址'],
  ['postcode', '邮编'],
  ['phone', '电话'],
  ['email', '电子邮箱'],
  ['website', '网址'],
];

export function contactParagraph(agency: DocumentAgency | null): string | null {
  if (!agency) return null;
  const items = ITEMS.flatMap(([field, label]) => {
    const value = agency[field];
    return typeof value === 'string' && value.trim() !== '' ? [`${label}：${value.trim()}`] : [];
  });
  if (items.length === 0) return null;
  const name = agency.name.trim();
  const whom = name ? `请与${name}联系` : '请联系';
  return `如对本报告有疑问，${whom}（${items.join('，')}）。`;
}
