import {
  isConnectionError,
  isIdempotentRead,
} from '../../../src/plugins/annual-report/server/src/database/connection-errors';

describe('isConnectionError', () => {
  it.each([
    [{ code: '57P01', message: 'terminating connection due to administrator command' }],
    [new Error('Connection terminated unexpectedly')],
    [new Error('select 1 - Client has encountered a connection error and is not queryable')],
    [Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    [new Error('Transaction query already complete, run with DEBUG=knex:tx for more info')],
  ])('a lost connection: %p', (error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it.each([
    [new Error('duplicate key value violates unique constraint')],
    [{ code: '23505' }],
    ['Connection terminated'],
    [null],
  ])('not a lost connection: %p', (error) => {
    expect(isConnectionError(error)).toBe(false);
  });
});

describe('isIdempotentRead', () => {
  it.each([
    'select "id" from "reports" where "document_id" = $1',
    { sql: '  SELECT count(*) from reports' },
    { sql: 'with t as (select 1) select * from t' },
    { sql: "select 'update x set y' as text" },
  ])('a read: %p', (query) => {
    expect(isIdempotentRead(query)).toBe(true);
  });

  it.each([
    { sql: 'insert into reports (title) values ($1)' },
    { sql: 'update reports set title = $1' },
    { sql: 'select id from reports where document_id = $1 for update' },
    { sql: 'with d as (delete from reports where id = 1 returning id) select * from d' },
    { sql: 'select pg_advisory_xact_lock(1)' },
  ])('not to be run twice: %p', (query) => {
    expect(isIdempotentRead(query)).toBe(false);
  });
});
