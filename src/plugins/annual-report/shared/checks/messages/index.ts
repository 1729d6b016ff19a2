import type { Localized } from '../../contracts/text';
import { en } from './en';
import type { CheckMessages } from './types';
import { zhHans } from './zh-Hans';

export type { CheckMessages };

/** One message of the engine in both admin languages. */
export function say<K extends keyof CheckMessages>(
  key: K,
  ...args: Parameters<CheckMessages[K]>
): Localized {
  const zh = zhHans[key] as (...values: Parameters<CheckMessages[K]>) => string;
  const english = en[key] as (...values: Parameters<CheckMessages[K]>) => string;
  return { 'zh-Hans': zh(...args), en: english(...args) };
}
