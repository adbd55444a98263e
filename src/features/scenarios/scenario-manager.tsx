import { useRef, useState } from 'react';
import { formatDate } from '../../format';
import { PRESETS, presetById, type PresetId, type Text } from '../../model';
import { flushUrl, type ScenarioSnapshot, type ScenarioStore } from '../../queries';
import { downloadFile, useLang, useT } from '../../ui';

/** Start from a preset, save / duplicate / rename / delete named scenarios, share the link, import and export JSON. */
export function ScenarioManager({ snap, store }: { snap: ScenarioSnapshot; store: ScenarioStore }) {
  const t = useT();
  const { lang } = useLang();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [nameError, setNameError] = useState(false);
  const [importResult, setImportResult] = useState<{ ok: true; added: number } | { ok: false; errors: Text[] } | null>(null);
  const [copied, setCopied] = useState<'copied' | 'select' | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const active = snap.active;
  const dirty =
    active.savedId !== undefined &&
    JSON.stringify(snap.saved.find((s) => s.id === active.savedId)?.overrides ?? {}) !== JSON.stringify(active.overrides);

  const saveAs = () => {
    if (!name.trim()) return setNameError(true);
    store.saveAs(name, description);
    setName('');
    setDescription('');
    setNameError(false);
  };
  const exportJson = (ids?: string[]) => {
    const file = store.exportJson(ids);
    downloadFile([JSON.stringify(file, null, 2)], 'spillover-scenarios.json', 'application/json');
  };
  const importFile = async (f: File) => {
    setImportResult(store.importJson(await f.text()));
    if (fileRef.current) fileRef.current.value = '';
  };
  const share = async () => {
    try {
      flushUrl();
      await navigator.clipboard.writeText(window.location.href);
      setCopied('copied');
    } catch {
      setCopied('select'); // no clipboard permission: the link is shown to copy by hand
    }
  };

  return (
    <section className="scenario-manager" aria-labelledby="manager-title">
      <h3 id="manager-title">{t({ da: 'Håndtér scenarier', en: 'Manage scenarios' })}</h3>
      <p data-testid="active-scenario">
        {t({ da: 'Aktivt', en: 'Active' })}: <strong>{active.name ?? t(presetById(active.preset).label)}</strong>
        {active.name ? <span className="muted"> ({t(presetById(active.preset).label)})</span> : null}
        {dirty ? <span className="param-marker"> {t({ da: 'ikke gemte ændringer', en: 'unsaved changes' })}</span> : null}
      </p>
      <div className="row-wrap">
        <label className="field-inline">
          {t({ da: 'Start fra forudindstilling', en: 'Start from preset' })}
          <select
            data-testid="scenario-preset"
            value={active.preset}
            onChange={(e) => store.startFromPreset(e.target.value as PresetId)}
          >
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {t(p.label)}
              </option>
            ))}
          </select>
        </label>
        {active.savedId && dirty ? (
          <button type="button" onClick={() => store.saveCurrent()} data-testid="scenario-save-changes">
            {t({ da: 'Gem ændringer', en: 'Save changes' })}
          </button>
        ) : null}
        <button type="button" onClick={share} data-testid="scenario-share">
          {t({ da: 'Kopiér link til scenariet', en: 'Copy link to this scenario' })}
        </button>
        {copied === 'copied' ? <span role="status">{t({ da: 'Link kopieret.', en: 'Link copied.' })}</span> : null}
      </div>
      {copied === 'select' ? (
        <label className="field">
          {t({ da: 'Kopiér linket:', en: 'Copy the link:' })}
          <input readOnly value={window.location.href} data-testid="share-url" onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}

      <form
        className="save-as"
        onSubmit={(e) => {
          e.preventDefault();
          saveAs();
        }}
      >
        <h4>{t({ da: 'Gem de nuværende værdier som nyt scenarie', en: 'Save the current values as a new scenario' })}</h4>
        <label className="field">
          {t({ da: 'Navn', en: 'Name' })}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="scenario-name"
            aria-invalid={nameError || undefined}
            aria-describedby={nameError ? 'scenario-name-error' : undefined}
          />
        </label>
        {nameError ? (
          <span id="scenario-name-error" role="alert" className="param-error">
            {t({ da: 'Giv scenariet et navn.', en: 'Give the scenario a name.' })}
          </span>
        ) : null}
        <label className="field">
          {t({ da: 'Beskrivelse', en: 'Description' })}
          <input value={description} onChange={(e) => setDescription(e.target.value)} data-testid="scenario-description" />
        </label>
        <button type="submit" data-testid="scenario-save">
          {t({ da: 'Gem scenarie', en: 'Save scenario' })}
        </button>
      </form>

      <h4>{t({ da: 'Gemte scenarier', en: 'Saved scenarios' })}</h4>
      {snap.saved.length === 0 ? (
        <p className="muted">{t({ da: 'Ingen endnu.', en: 'None yet.' })}</p>
      ) : (
        <ul className="saved-list" data-testid="saved-scenarios">
          {snap.saved.map((s) => (
            <li key={s.id} data-testid="saved-scenario" aria-current={s.id === active.savedId || undefined}>
              {editing === s.id ? (
                <RenameForm
                  name={s.name}
                  description={s.description}
                  onDone={(n, d) => {
                    if (n.trim()) store.rename(s.id, n, d);
                    setEditing(null);
                  }}
                />
              ) : (
                <>
                  <div>
                    <strong>{s.name}</strong>{' '}
                    <span className="muted">
                      {t(presetById(s.preset).label)} ·{' '}
                      {t({ da: `${Object.keys(s.overrides).length} ændret`, en: `${Object.keys(s.overrides).length} changed` })} ·{' '}
                      {formatDate(new Date(s.updated), lang)}
                    </span>
                    {s.description ? <div className="muted">{s.description}</div> : null}
                  </div>
                  <div className="row-wrap">
                    <button
                      type="button"
                      onClick={() => store.open(s.id)}
                      aria-label={`${t({ da: 'Åbn', en: 'Open' })} ${s.name}`}
                    >
                      {t({ da: 'Åbn', en: 'Open' })}
                    </button>
                    <button
                      type="button"
                      onClick={() => store.duplicate(s.id, t({ da: 'kopi', en: 'copy' }))}
                      aria-label={`${t({ da: 'Kopiér', en: 'Duplicate' })} ${s.name}`}
                    >
                      {t({ da: 'Kopiér', en: 'Duplicate' })}
                    </button>
                    <button
                      type="button"
                      onClick={() => setEditing(s.id)}
                      aria-label={`${t({ da: 'Omdøb', en: 'Rename' })} ${s.name}`}
                    >
                      {t({ da: 'Omdøb', en: 'Rename' })}
                    </button>
                    <button
                      type="button"
                      onClick={() => exportJson([s.id])}
                      aria-label={`${t({ da: 'Eksportér', en: 'Export' })} ${s.name}`}
                    >
                      JSON
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={`${t({ da: 'Slet', en: 'Delete' })} ${s.name}`}
                      onClick={() => {
                        if (window.confirm(t({ da: `Slet scenariet "${s.name}"?`, en: `Delete the scenario "${s.name}"?` })))
                          store.remove(s.id);
                      }}
                    >
                      {t({ da: 'Slet', en: 'Delete' })}
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="row-wrap">
        <button type="button" onClick={() => exportJson()} disabled={snap.saved.length === 0} data-testid="scenario-export">
          {t({ da: 'Eksportér alle (JSON)', en: 'Export all (JSON)' })}
        </button>
        <label className="file-button">
          {t({ da: 'Importér scenarier (JSON)', en: 'Import scenarios (JSON)' })}
          <input
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            data-testid="scenario-import"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void importFile(f);
            }}
          />
        </label>
      </div>
      {importResult?.ok ? (
        <p role="status" data-testid="scenario-import-ok">
          {t({ da: `${importResult.added} scenarie(r) importeret.`, en: `${importResult.added} scenario(s) imported.` })}
        </p>
      ) : importResult ? (
        <div role="alert" className="error-list" data-testid="scenario-import-errors">
          <p>{t({ da: 'Filen blev ikke importeret:', en: 'The file was not imported:' })}</p>
          <ul>
            {importResult.errors.map((e, i) => (
              <li key={i}>{t(e)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function RenameForm({
  name,
  description,
  onDone,
}: {
  name: string;
  description: string;
  onDone: (n: string, d: string) => void;
}) {
  const t = useT();
  const [n, setN] = useState(name);
  const [d, setD] = useState(description);
  return (
    <form
      className="row-wrap"
      onSubmit={(e) => {
        e.preventDefault();
        onDone(n, d);
      }}
    >
      <input
        aria-label={t({ da: 'Navn', en: 'Name' })}
        value={n}
        onChange={(e) => setN(e.target.value)}
        data-testid="rename-name"
      />
      <input aria-label={t({ da: 'Beskrivelse', en: 'Description' })} value={d} onChange={(e) => setD(e.target.value)} />
      <button type="submit">{t({ da: 'Gem', en: 'Save' })}</button>
    </form>
  );
}
