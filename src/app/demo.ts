import gainsUrl from '../../data/demo/reported-gains.csv?url';
import populationUrl from '../../data/demo/population.csv?url';
import relevanceUrl from '../../data/demo/relevance.csv?url';
import fundingUrl from '../../data/demo/funding.csv?url';
import membersUrl from '../../data/demo/members.csv?url';
import activitiesUrl from '../../data/demo/activities.csv?url';
import snapshot from '../../data/demo/snapshot.json';
import type { DemoSnapshot, DemoSources } from '../queries';

/** The bundled demo data set, served from the app's own origin. */
export const DEMO: DemoSources = {
  name: 'MADE SPIR (demo)',
  snapshot: snapshot as DemoSnapshot, // JSON written by data/generator/snapshot.ts from these types
  gainsUrl,
  populationUrl,
  relevanceUrl,
  programme: { fundingUrl, membersUrl, activitiesUrl },
};
