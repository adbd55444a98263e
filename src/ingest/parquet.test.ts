import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readParquet } from './parquet';

describe('readParquet (written here: many row groups and pages, every basic type, nulls)', () => {
  const n = 10_000;
  const ids = Array.from({ length: n }, (_, i) => `C${i % 97}`);
  const big = Array.from({ length: n }, (_, i) => 9007199254740993n + BigInt(i));
  const gain = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? null : i * 1.25 - 3000));
  const flag = Array.from({ length: n }, (_, i) => i % 2 === 0);
  const when = Array.from({ length: n }, (_, i) => new Date(Date.UTC(2020, 0, 1 + (i % 365))));
  const tiny = Array.from({ length: n }, (_, i) => (i === 5 ? 1e-7 : i === 6 ? 1e21 : i));

  it.each(['SNAPPY', 'UNCOMPRESSED'] as const)('%s', async (codec) => {
    const buffer = parquetWriteBuffer({
      codec,
      rowGroupSize: 3000,
      pageSize: 4096,
      columnData: [
        { name: 'company_id', data: ids, type: 'STRING' },
        { name: 'big', data: big, type: 'INT64' },
        { name: 'annual_gain_dkk', data: gain, type: 'DOUBLE' },
        { name: 'flag', data: flag, type: 'BOOLEAN' },
        { name: 'when', data: when, type: 'TIMESTAMP' },
        { name: 'tiny', data: tiny, type: 'DOUBLE' },
      ],
    });
    const t = await readParquet(new Uint8Array(buffer));
    expect(t.headers).toEqual(['company_id', 'big', 'annual_gain_dkk', 'flag', 'when', 'tiny']);
    expect(t.rows).toHaveLength(n);
    expect(t.rows[0]).toEqual(['C0', '9007199254740993', '', 'true', '2020-01-01', '0']);
    expect(t.rows[1]).toEqual(['C1', '9007199254740994', '-2998.75', 'false', '2020-01-02', '1']);
    expect(t.rows[5]?.[5]).toBe('0.0000001');
    expect(t.rows[6]?.[5]).toBe('1000000000000000000000');
    expect(t.rows[n - 1]).toEqual([
      ids[n - 1],
      String(big[n - 1]),
      String((n - 1) * 1.25 - 3000),
      'false',
      when[n - 1]?.toISOString().slice(0, 10),
      String(n - 1),
    ]);
  });
});
