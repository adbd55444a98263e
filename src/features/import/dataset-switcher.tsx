import { useQuery } from '@tanstack/react-query';
import { datasetsQuery, useDatasets, useEngine } from '../../queries';
import { useT } from '../../ui';

/** Pick the active data set, or delete an imported one. */
export function DatasetSwitcher() {
  const t = useT();
  const engine = useEngine();
  const { activate, remove } = useDatasets();
  const q = useQuery(datasetsQuery(engine));
  const active = q.data?.find((d) => d.dataset_id === engine.datasetId);
  return (
    <span className="dataset-switcher">
      <label>
        <span className="visually-hidden">{t({ da: 'Aktivt datasæt', en: 'Active data set' })}</span>
        <select
          data-testid="dataset-select"
          value={engine.datasetId}
          onChange={(e) => void activate(e.target.value)}
          disabled={!q.data}
        >
          {(q.data ?? []).map((d) => (
            <option key={d.dataset_id} value={d.dataset_id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      {active && active.dataset_id !== 'demo' ? (
        <button
          type="button"
          className="link"
          onClick={() => {
            if (window.confirm(t({ da: `Slet datasættet «${active.name}»?`, en: `Delete the data set “${active.name}”?` })))
              void remove(active.dataset_id);
          }}
        >
          {t({ da: 'Slet', en: 'Delete' })}
        </button>
      ) : null}
    </span>
  );
}
