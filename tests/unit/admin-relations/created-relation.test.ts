import {
  connectValue,
  createdSince,
} from '../../../src/plugins/annual-report/admin/src/relations/created-relation';

const isAgency = (fields: Record<string, unknown>) => typeof fields.level === 'string';
const created = (started: number, data: Record<string, unknown>, status = 'fulfilled') => ({
  status,
  endpointName: 'createDocument',
  startedTimeStamp: started,
  data: { data, meta: {} },
});

describe('documents created from a relation picker', () => {
  const mutations = {
    old: created(5, { id: 1, documentId: 'a1', name: '旧机关', level: 'county' }),
    other: created(20, { id: 2, documentId: 'r1', title: '报告' }),
    pending: created(30, { id: 3, documentId: 'a3', name: '待定', level: 'county' }, 'pending'),
    update: {
      ...created(40, { id: 4, documentId: 'a4', name: '改名', level: 'county' }),
      endpointName: 'updateDocument',
    },
    second: created(50, { id: 6, documentId: 'a6', name: '乙', level: 'county' }),
    first: created(15, { id: 5, documentId: 'a5', name: '甲', level: 'province', locale: null }),
  };

  it('are the fulfilled creations of the model since the form opened, oldest first', () => {
    expect(createdSince(mutations, isAgency, 10).map((document) => document.documentId)).toEqual([
      'a5',
      'a6',
    ]);
    expect(createdSince(undefined, isAgency, 0)).toEqual([]);
  });

  it('are attached as the relation input attaches a picked document', () => {
    const [document] = createdSince(mutations, isAgency, 10);
    const value = connectValue(document, 'api::agency.agency', 'name');
    expect(value.disconnect).toEqual([]);
    expect(value.connect).toEqual([
      expect.objectContaining({
        id: 5,
        apiData: { id: 5, documentId: 'a5', locale: null, isTemporary: true },
        name: '甲',
        label: '甲',
        href: '../collection-types/api::agency.agency/a5',
      }),
    ]);
  });
});
