import { joinConditions, relationConditions } from '../../../src/content-api/relation-filter';

describe('relationConditions', () => {
  it('reads a bare value, or a list of them, as the related id', () => {
    expect(relationConditions(5)).toEqual([{ id: { $eq: 5 } }]);
    expect(relationConditions(['5', '6'])).toEqual([{ id: { $eq: ['5', '6'] } }]);
  });

  it('moves comparisons on the relation to its id and keeps fields and $and/$or/$not', () => {
    expect(
      relationConditions({ $in: [1], $ne: 2, title: 'a', $or: [{ year: 1 }], $not: { year: 2 } }),
    ).toEqual([
      { title: 'a', $or: [{ year: 1 }], $not: { year: 2 } },
      { id: { $in: [1], $ne: 2 } },
    ]);
  });

  it('gives no condition for an empty filter', () => {
    expect(relationConditions({})).toEqual([]);
  });
});

describe('joinConditions', () => {
  it('merges conditions on distinct fields', () => {
    expect(joinConditions([{ title: 'a' }, { id: { $eq: 1 } }])).toEqual({
      title: 'a',
      id: { $eq: 1 },
    });
    expect(joinConditions([])).toEqual({});
  });

  it('joins under $and when a condition holds an operator or two name the same field', () => {
    expect(joinConditions([{ $or: [{ title: 'a' }] }])).toEqual({
      $and: [{ $or: [{ title: 'a' }] }],
    });
    expect(joinConditions([{ publishedAt: { $null: true } }, { publishedAt: 1 }])).toEqual({
      $and: [{ publishedAt: { $null: true } }, { publishedAt: 1 }],
    });
  });
});
