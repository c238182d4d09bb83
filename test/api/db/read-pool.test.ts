// The read pool's statements skip PostgreSQL's Describe once their columns are known
// (db/planned-query.ts): the rows must stay exactly what pg's own Query gives, on every connection,
// and a failing statement must fail cleanly without poisoning the next ones.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { ReadPool } from '../../../api/src/db/read-pool.js';
import { fileDatabaseUrl } from '../../helpers/db.js';

let url: string;
let pool: ReadPool;
beforeAll(async () => {
  url = await fileDatabaseUrl();
  pool = new ReadPool(url, 3);
});
afterAll(async () => {
  await pool.end();
});

const TEXT = `select $1::int as n, $2::timestamptz as at, 12.5::numeric as price, null::text as nothing, 'x' || $1 as label, 3::int8 as big`;

describe('read pool (named statements without a Describe per execution)', () => {
  it('returns the same typed rows as plain pg, first time and after, on several connections at once', async () => {
    const at = new Date('2026-12-07T10:00:00.123Z');
    const plain = new pg.Client({ connectionString: url });
    await plain.connect();
    pg.types.setTypeParser(1700, (v: string) => Number(v)); // what the read pool's types do
    const expected = (await plain.query({ text: TEXT, values: [7, at], rowMode: 'array' })).rows;
    pg.types.setTypeParser(1700, (v: string) => v);
    await plain.end();

    const first = await pool.queryArrays(TEXT, [7, at]);
    expect(first).toEqual(expected);
    expect(first[0][1]).toBeInstanceOf(Date);
    // Concurrent executions open new connections (Parse there) and reuse the known columns.
    const many = await Promise.all(Array.from({ length: 12 }, (_, i) => pool.queryArrays(TEXT, [i, at])));
    many.forEach((rows, i) => expect(rows).toEqual([[i, at, 12.5, null, `x${i}`, 3]]));
    const objects = await pool.query<{ n: number; label: string; nothing: null }>(TEXT, [9, at]);
    expect(objects).toEqual([{ n: 9, at, price: 12.5, nothing: null, label: 'x9', big: 3 }]);
  });

  it('sends no Describe for a statement whose columns it knows, on a connection that has it prepared', async () => {
    const Connection = createRequire(import.meta.url)('pg/lib/connection.js') as { prototype: { describe: () => void } };
    const text = 'select $1::int + 1 as next';
    const single = new ReadPool(url, 1);
    const describe = vi.spyOn(Connection.prototype, 'describe');
    try {
      expect(await single.queryArrays(text, [1])).toEqual([[2]]);
      expect(describe).toHaveBeenCalledTimes(1);
      for (let i = 0; i < 5; i++) expect(await single.queryArrays(text, [i])).toEqual([[i + 1]]);
      expect(describe).toHaveBeenCalledTimes(1);
    } finally {
      describe.mockRestore();
      await single.end();
    }
  });

  it('a statement that fails rejects with PostgreSQL\'s error and the pool keeps answering', async () => {
    const failing = 'select 1 / $1::int as q';
    expect(await pool.queryArrays(failing, [1])).toEqual([[1]]);
    await expect(pool.queryArrays(failing, [0])).rejects.toThrow(/division by zero/);
    expect(await pool.queryArrays(failing, [2])).toEqual([[0]]);
    await expect(pool.queryArrays(TEXT, ['not a number', new Date()])).rejects.toThrow(/invalid input syntax/);
    expect((await pool.queryArrays(TEXT, [1, new Date(0)]))[0][0]).toBe(1);
  });
});
