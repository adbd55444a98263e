import gainsUrl from '../../data/demo/reported-gains.csv?url';
import populationUrl from '../../data/demo/population.csv?url';
import relevanceUrl from '../../data/demo/relevance.csv?url';
import type { DemoSources } from '../queries';

/** The bundled demo data set, served from the app's own origin. */
export const DEMO: DemoSources = {
  name: 'MADE SPIR (demo)',
  gainsUrl,
  populationUrl,
  relevanceUrl,
};
