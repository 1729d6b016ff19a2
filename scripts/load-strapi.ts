import path from 'path';
import { compileStrapi, createStrapi } from '@strapi/strapi';

const appDir = path.resolve(__dirname, '..');

/** Compiles the app and loads Strapi without the admin panel, for scripts and benchmarks. */
export const loadStrapi = async () => {
  const { distDir } = await compileStrapi({ appDir });
  return createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
};
