import { ImportPanel } from '../features/import';
import { useT } from '../ui';

/** The header's button that shows or hides the import drawer. */
export function ImportToggle({ open, onToggle, controls }: { open: boolean; onToggle: () => void; controls: string }) {
  const t = useT();
  return (
    <button
      type="button"
      className="button import-toggle"
      data-testid="import-open"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      {t({ da: 'Importér data', en: 'Import data' })}
    </button>
  );
}

/**
 * The import panel in a drawer under the header, closed until asked for, so no screen starts below it. It stays
 * mounted while closed: a file chosen through its input (a test's setInputFiles, a drop) opens it to show the result.
 */
export function ImportDrawer({ open, onOpen, id }: { open: boolean; onOpen: () => void; id: string }) {
  return (
    <div id={id} className="import-drawer" hidden={!open}>
      <ImportPanel onActivity={onOpen} />
    </div>
  );
}
