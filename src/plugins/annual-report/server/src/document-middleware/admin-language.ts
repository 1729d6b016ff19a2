import type { Core } from '@strapi/strapi';
import type { RefusalLanguage } from './publication-refused';

interface RequestState {
  user?: { preferedLanguage?: string | null };
  auth?: { strategy?: { name?: string } };
}

/**
 * The interface language of the signed-in admin: the one they chose in their profile (Strapi
 * applies it on sign-in), else 中文, the admin's default (src/admin/first-visit). Undefined
 * outside an admin request (API tokens, scripts): their reader's language is unknown.
 */
export const adminLanguage = (strapi: Core.Strapi): RefusalLanguage => {
  const state = strapi.requestContext.get()?.state as RequestState | undefined;
  if (state?.auth?.strategy?.name !== 'admin' || !state.user) return undefined;
  const language = state.user.preferedLanguage ?? '';
  if (language.startsWith('en')) return 'en';
  return 'zh-Hans';
};
