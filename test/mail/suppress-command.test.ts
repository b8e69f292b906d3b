/** Staff put an address on the suppression list from the command line. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mailCommand from '../../app/commands/mail.js';
import { freshSqlite, type FreshDatabase } from '../support/databases.js';

let database: FreshDatabase;
beforeAll(async () => {
  database = await freshSqlite();
  process.env.DATABASE_URL = database.url;
});
afterAll(async () => database?.drop());

describe('intake mail suppress', () => {
  it('records the address and the reason', async () => {
    expect(await mailCommand(['suppress', 'Robot@Example.org', 'ticket system loop'])).toBe(0);
    expect(await database.store.db.mailSuppression.findUnique({ where: { address: 'robot@example.org' } })).toMatchObject({
      reason: 'ticket system loop',
    });
  });

  it('refuses something that is not an address', async () => {
    expect(await mailCommand(['suppress', 'not-an-address'])).toBe(2);
  });
});
