import { useId, useState, type FormEvent } from 'react';
import { useT, type Text } from '../../ui';
import { useEngineChoice, type Connection } from './engine-choice';
import './engine-switch.css';

const ADDRESS_KEY = 'spillover.engine.address';
const DEFAULT_ADDRESS = 'http://127.0.0.1:4213';

function statusText(c: Connection): Text {
  switch (c.kind) {
    case 'browser':
      return { da: 'Motor: DuckDB i browseren', en: 'Engine: DuckDB in the browser' };
    case 'connecting':
      return { da: `Forbinder til ${c.address.url} …`, en: `Connecting to ${c.address.url} …` };
    case 'local':
      return {
        da: `Lokal motor: DuckDB ${c.version} på ${c.address.url}`,
        en: `Local engine: DuckDB ${c.version} at ${c.address.url}`,
      };
    case 'failed':
      if (c.status === 401)
        return { da: 'Forkert nøgle: motoren afviste forbindelsen.', en: 'Wrong token: the engine refused the connection.' };
      if (c.status === 403) return { da: 'Motoren afviste denne side.', en: 'The engine refused this page.' };
      if (c.status === null)
        return {
          da: `Ingen motor svarer på ${c.address.url}. Start den med npm run engine.`,
          en: `No engine answers at ${c.address.url}. Start it with npm run engine.`,
        };
      return { da: `Motoren svarede med en fejl: ${c.reason}`, en: `The engine answered with an error: ${c.reason}` };
  }
}

/**
 * The engine switch in the header: the browser's DuckDB, or native DuckDB on this machine (`npm run engine`) at an
 * address with the token it printed. The token is never stored; the address is remembered.
 */
export function EngineSwitch() {
  const t = useT();
  const { connection, connect, chooseBrowser } = useEngineChoice();
  const [wanted, setWanted] = useState<'browser' | 'local'>(connection.kind === 'browser' ? 'browser' : 'local');
  const [url, setUrl] = useState(() => localStorage.getItem(ADDRESS_KEY) ?? DEFAULT_ADDRESS);
  const [token, setToken] = useState('');
  const id = useId();
  const engine = connection.kind === 'local' ? 'local' : 'browser';
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    localStorage.setItem(ADDRESS_KEY, url);
    void connect({ url: url.replace(/\/+$/, ''), token });
  };
  return (
    <div className="engine-switch">
      <label>
        <span className="visually-hidden">{t({ da: 'Databasemotor', en: 'Database engine' })}</span>
        <select
          data-testid="engine-switch"
          value={wanted}
          onChange={(e) => {
            const v = e.target.value === 'local' ? 'local' : 'browser';
            setWanted(v);
            if (v === 'browser' && connection.kind !== 'browser') chooseBrowser();
          }}
        >
          <option value="browser">{t({ da: 'I browseren', en: 'In the browser' })}</option>
          <option value="local">{t({ da: 'Lokal motor', en: 'Local engine' })}</option>
        </select>
      </label>
      <span
        className="engine-status"
        data-testid="engine-status"
        data-engine={engine}
        data-state={connection.kind}
        role="status"
        title={connection.kind === 'failed' ? connection.reason : t(statusText(connection))}
      >
        {t(statusText(connection))}
      </span>
      {wanted === 'local' && connection.kind !== 'local' ? (
        <form className="engine-form" onSubmit={onSubmit} aria-label={t({ da: 'Lokal motor', en: 'Local engine' })}>
          <label htmlFor={`${id}-address`}>{t({ da: 'Adresse', en: 'Address' })}</label>
          <input
            id={`${id}-address`}
            data-testid="engine-address"
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            spellCheck={false}
          />
          <label htmlFor={`${id}-token`}>{t({ da: 'Nøgle', en: 'Token' })}</label>
          <input
            id={`${id}-token`}
            data-testid="engine-token"
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
          <button type="submit" className="button" data-testid="engine-connect" disabled={connection.kind === 'connecting'}>
            {t({ da: 'Forbind', en: 'Connect' })}
          </button>
        </form>
      ) : null}
    </div>
  );
}
