// The bundled demo as tests on the Node door read it: from the repository instead of fetched from the app's origin.
import { BUNDLED_TABLES, type BundledTable } from '../src/db/queries/table-snapshot';
import type { DemoSnapshot, DemoSources } from '../src/queries';
import snapshot from '../data/demo/snapshot.json';

export const NODE_DEMO: DemoSources = {
  name: 'MADE SPIR (demo)',
  snapshot: snapshot as DemoSnapshot, // JSON written by data/generator/snapshot.ts from these types
  gainsUrl: 'data/demo/reported-gains.csv',
  populationUrl: 'data/demo/population.csv',
  relevanceUrl: 'data/demo/relevance.csv',
  programme: {
    fundingUrl: 'data/demo/funding.csv',
    membersUrl: 'data/demo/members.csv',
    activitiesUrl: 'data/demo/activities.csv',
  },
  prevalidated: Object.fromEntries(BUNDLED_TABLES.map((t) => [t, `data/demo/prevalidated/${t}.csv`])) as Record<
    BundledTable,
    string
  >,
};
