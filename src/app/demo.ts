import gainsUrl from '../../data/demo/reported-gains.csv?url';
import populationUrl from '../../data/demo/population.csv?url';
import relevanceUrl from '../../data/demo/relevance.csv?url';
import fundingUrl from '../../data/demo/funding.csv?url';
import membersUrl from '../../data/demo/members.csv?url';
import activitiesUrl from '../../data/demo/activities.csv?url';
import snapshot from '../../data/demo/snapshot.json';
import { BUNDLED_TABLES, type BundledTable } from '../db';
import type { DemoSnapshot, DemoSources } from '../queries';

// The bundled tables as the import pipeline loads them from the files above (data/prevalidated.test.ts).
const prevalidatedFiles: Record<string, string> = import.meta.glob('../../data/demo/prevalidated/*.csv', {
  query: '?url',
  import: 'default',
  eager: true,
});
const prevalidated = Object.fromEntries(
  BUNDLED_TABLES.map((t) => {
    const url = prevalidatedFiles[`../../data/demo/prevalidated/${t}.csv`];
    if (!url) throw new Error(`The build lacks the bundled copy of ${t} (data/demo/prevalidated/${t}.csv).`);
    return [t, url];
  }),
) as Record<BundledTable, string>;

/** The bundled demo data set, served from the app's own origin. */
export const DEMO: DemoSources = {
  name: 'MADE SPIR (demo)',
  snapshot: snapshot as DemoSnapshot, // JSON written by data/generator/snapshot.ts from these types
  gainsUrl,
  populationUrl,
  relevanceUrl,
  programme: { fundingUrl, membersUrl, activitiesUrl },
  prevalidated,
};
