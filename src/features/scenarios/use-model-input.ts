import { useQuery } from '@tanstack/react-query';
import { modelInputQuery, useEngine, useFiltersFromUrl } from '../../queries';

/** The aggregated cells of the active data set under the Overview's cross-filters (the model runs on these). */
export function useModelInput() {
  const engine = useEngine();
  const { filters } = useFiltersFromUrl();
  return useQuery(modelInputQuery(engine, filters));
}
