import { relationTarget } from '../../../src/plugins/annual-report/shared/contracts/relation-target';

/** Which agency a write or the edit form's unsaved values point the report to. */

describe('relationTarget', () => {
  it('reads the Document Service shorthands', () => {
    expect(relationTarget('abc')).toBe('abc');
    expect(relationTarget({ documentId: 'abc' })).toBe('abc');
    expect(relationTarget(null)).toBeNull();
    expect(relationTarget(undefined)).toBeUndefined();
  });

  it('reads connect and set, the last one winning', () => {
    expect(relationTarget({ connect: [{ documentId: 'a' }, { documentId: 'b' }] })).toBe('b');
    expect(relationTarget({ set: [] })).toBeNull();
    expect(relationTarget({ set: ['c'] })).toBe('c');
  });

  it('reads the Content Manager form: unchanged, replaced, cleared', () => {
    expect(relationTarget({ connect: [], disconnect: [] })).toBeUndefined();
    const picked = {
      id: 7,
      apiData: { id: 7, documentId: 'new-agency', isTemporary: true },
      label: '淮安市人民政府',
    };
    expect(
      relationTarget({
        connect: [picked],
        disconnect: [{ id: 3, apiData: { id: 3, documentId: 'old' } }],
      }),
    ).toBe('new-agency');
    expect(
      relationTarget({
        connect: [],
        disconnect: [{ id: 3, apiData: { id: 3, documentId: 'old' } }],
      }),
    ).toBeNull();
  });
});
