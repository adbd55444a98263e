import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fcSeed } from '../../tests/fc-seed';
import { readScenario, writeScenario } from './scenario-state';
import { readFilters, writeFilters } from './url-filters';
import { readLinkData, sameData, writeLinkData } from './link-data';

const FULL = 'd4c3b2a1f0e9d8c7b6a5948372615049d4c3b2a1f0e9d8c7b6a5948372615049';
const FILE = '9c1e04ab77f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c';

describe('a link names its data', () => {
  it('carries the data set name, the start of its hash and of its files’ hashes, beside the scenario and filters', () => {
    let href = 'http://127.0.0.1:4173/?preset=conservative&p.horizon_years=15&f.year=2016#/scenarios';
    href = writeLinkData(href, { name: 'Partnere 2024 (å/ø)', hash: FULL, files: [FILE] });
    const url = new URL(href);
    expect(url.searchParams.get('d.hash')).toBe('d4c3b2a1f0e9');
    expect(url.searchParams.get('d.files')).toBe('9c1e04ab77f2');
    expect(url.hash).toBe('#/scenarios');
    expect(readLinkData(url.search)).toEqual({ name: 'Partnere 2024 (å/ø)', hash: 'd4c3b2a1f0e9', files: ['9c1e04ab77f2'] });
    // The scenario and filters read as before, and writing them keeps the data part.
    expect(readScenario(url.search).scenario.overrides).toEqual({ horizon_years: 15 });
    expect(readFilters(url.search)).toEqual({ year: '2016' });
    const again = writeFilters(writeScenario(href, { preset: 'optimistic', overrides: {} }), {});
    expect(readLinkData(new URL(again).search)?.hash).toBe('d4c3b2a1f0e9');
    expect(readLinkData(new URL(writeLinkData(again, null)).search)).toBeNull();
  });

  it('reads an old link without a data part, or with a hash that is not one, as naming no data', () => {
    expect(readLinkData('?preset=conservative&p.horizon_years=15')).toBeNull();
    expect(readLinkData('?d.name=x&d.hash=')).toBeNull();
    expect(readLinkData('?d.name=x&d.hash=<script>')).toBeNull();
    expect(readLinkData('?d.hash=ABCDEF012345&d.files=zz,0123456789ab')).toEqual({
      name: '',
      hash: 'abcdef012345',
      files: ['0123456789ab'],
    });
  });

  it('matches a data set by the start of its content hash, in either case, and nothing else', () => {
    const link = { name: 'a', hash: 'd4c3b2a1f0e9', files: [] };
    expect(sameData(link, FULL)).toBe(true);
    expect(sameData(link, FULL.toUpperCase())).toBe(true);
    expect(sameData(link, FILE)).toBe(false);
    expect(sameData(link, null)).toBe(false);
  });

  it('round-trips any name and hash through the URL', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.stringMatching(/^[0-9a-f]{64}$/),
        fc.array(fc.stringMatching(/^[0-9a-f]{64}$/), { maxLength: 8 }),
        (name, hash, files) => {
          const d = readLinkData(new URL(writeLinkData('http://127.0.0.1/?lang=en#/overview', { name, hash, files })).search);
          expect(d).toEqual({ name, hash: hash.slice(0, 12), files: files.map((f) => f.slice(0, 12)) });
          expect(d && sameData(d, hash)).toBe(true);
        },
      ),
      { seed: fcSeed() },
    );
  });
});
