import path from 'path';
import { compileStrapi } from '@strapi/strapi';

/** Compiles the app to dist/ for processes that boot it from there (bench/load's server). */
compileStrapi({ appDir: path.resolve(__dirname, '..') }).then(() => process.exit(0));
