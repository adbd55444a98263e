import type { ReactNode } from 'react';
import { useDatasets, useDatasetEmpty, useEngine } from '../../queries';
import { DatasetEmpty, useT } from '../../ui';

/**
 * Where the explanation goes: `instead` of a screen made of the chain's figures and charts, `above` a screen that
 * still has something to show (the rows themselves, the programme's own tables).
 */
export type EmptyPlacement = 'instead' | 'above' | 'none';

/** A screen on an active data set with no rows or no realised gain: one explanation, never charts on DKK 0 axes. */
export function EmptyGate({
  placement,
  onImport,
  children,
}: {
  placement: EmptyPlacement;
  onImport: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const empty = useDatasetEmpty();
  const { demo } = useEngine();
  const { activate } = useDatasets();
  if (!empty || placement === 'none') return children;
  const notice = (
    <DatasetEmpty
      reason={empty.reason}
      name={empty.name}
      reports={empty.reports}
      rest={placement === 'above'}
      actions={
        <>
          <button type="button" className="button button-primary" data-testid="dataset-empty-import" onClick={onImport}>
            {t({ da: 'Importér data', en: 'Import data' })}
          </button>
          {empty.isDemo ? null : (
            <button type="button" className="button" data-testid="dataset-empty-demo" onClick={() => void activate('demo')}>
              {t({ da: `Skift til «${demo.name}»`, en: `Switch to “${demo.name}”` })}
            </button>
          )}
        </>
      }
    />
  );
  return placement === 'instead' ? (
    notice
  ) : (
    <>
      {notice}
      {children}
    </>
  );
}
