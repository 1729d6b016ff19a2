import request from 'supertest';
import { demoReports } from '../src/demo';
import type { Instance } from '../tests/helpers/instances';

/**
 * `count` published copies of the 2021 demo report, each with an agency of its own, written
 * through the REST API with the instance's token (REST creates publish). Their documentIds.
 */
export const seedReports = async (server: Instance, count: number): Promise<string[]> => {
  const [, huaian] = demoReports;
  const auth = `Bearer ${server.token}`;
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const agency = await request(server.url)
      .post('/api/agencies')
      .set('Authorization', auth)
      .send({ data: { ...huaian.agency, name: `${huaian.agency.name}${i}` } })
      .expect(201);
    const report = await request(server.url)
      .post('/api/reports')
      .set('Authorization', auth)
      .send({ data: { ...huaian.report, agency: agency.body.data.documentId } })
      .expect(201);
    ids.push(report.body.data.documentId);
  }
  return ids;
};
