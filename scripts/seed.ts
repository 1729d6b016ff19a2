// `npm run seed`: loads the demo reports into the configured database (nothing is added twice).
import { loadDemoData } from '../src/bootstrap/demo-data';
import { loadStrapi } from './load-strapi';

const main = async () => {
  process.env.DEMO_DATA = 'false';
  const strapi = await loadStrapi();
  try {
    const before = await strapi.documents('api::report.report').count({});
    await loadDemoData(strapi);
    const after = await strapi.documents('api::report.report').count({});
    console.log(`Demo data: ${after - before} report(s) added, ${after} in all.`);
  } finally {
    await strapi.destroy();
  }
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
