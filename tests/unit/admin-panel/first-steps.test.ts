import { firstSteps } from '../../../src/plugins/annual-report/admin/src/first-steps/first-steps';

/** What the edit view says a report still needs, once, at the top of its side panels. */
describe('first steps', () => {
  const complete = { format: 'cn-2021', year: 2024, agency: { connect: [], disconnect: [] } };

  it('a new, empty report needs a format, a year, an agency and a first save', () => {
    expect(firstSteps({}, { saved: false })).toEqual(['format', 'year', 'agency', 'save']);
  });

  it('a new report with everything chosen still needs its first save', () => {
    const values = { ...complete, agency: { connect: [{ apiData: { documentId: 'a1' } }] } };
    expect(firstSteps(values, { saved: false })).toEqual(['save']);
  });

  it('a stored report keeps its stored agency while the form leaves it alone', () => {
    expect(firstSteps(complete, { saved: true, agency: { count: 1 } })).toEqual([]);
  });

  it('a stored report without an agency is told to choose one', () => {
    expect(firstSteps(complete, { saved: true, agency: { count: 0 } })).toEqual(['agency']);
    expect(firstSteps(complete, { saved: true })).toEqual(['agency']);
  });

  it('an agency removed in the form counts as none, one connected as chosen', () => {
    const removed = { ...complete, agency: { connect: [], disconnect: [{ id: 3 }] } };
    expect(firstSteps(removed, { saved: true, agency: { count: 1 } })).toEqual(['agency']);
    const chosen = { ...complete, agency: { connect: [{ documentId: 'a2' }], disconnect: [] } };
    expect(firstSteps(chosen, { saved: true, agency: { count: 0 } })).toEqual([]);
  });

  it('a year being typed as text is not a year yet', () => {
    expect(firstSteps({ ...complete, year: '202' }, { saved: true, agency: { count: 1 } })).toEqual(
      ['year'],
    );
  });
});
