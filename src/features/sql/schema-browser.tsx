import type { SchemaTable } from '../../db';
import { useT } from '../../ui';

/** Tables, columns and types; a click on a name puts it into the editor at the cursor. */
export function SchemaBrowser({ tables, onInsert }: { tables: SchemaTable[]; onInsert: (name: string) => void }) {
  const t = useT();
  return (
    <nav className="sql-schema" aria-label={t({ da: 'Tabeller og kolonner', en: 'Tables and columns' })} data-testid="sql-schema">
      <h3>{t({ da: 'Tabeller', en: 'Tables' })}</h3>
      <p className="muted legend">
        <span className="badge-app">app</span>{' '}
        {t({ da: '= appens tabel: kan læses, ikke ændres', en: '= the app’s table: read, not changed' })}
      </p>
      {tables.length === 0 ? <p className="muted">…</p> : null}
      {tables.map((table) => (
        // The name (insert into the editor) sits beside the disclosure, not inside its summary: a button inside a
        // <summary> is a nested control that keyboard and screen-reader users cannot reach reliably.
        <div key={table.name} className="sql-schema-table" data-table={table.name}>
          <button
            type="button"
            className="link"
            onClick={() => onInsert(table.name)}
            title={t({ da: 'Indsæt navnet', en: 'Insert the name' })}
          >
            {table.name}
          </button>{' '}
          {table.own ? (
            <span
              className="badge-app"
              title={t({ da: 'Appens tabel: kan læses, ikke ændres', en: 'The app’s table: read, not changed' })}
            >
              app
            </span>
          ) : null}
          <details>
            <summary>
              {t({ da: `${table.columns.length} kolonner`, en: `${table.columns.length} columns` })}
              <span className="visually-hidden">{t({ da: ` i ${table.name}`, en: ` of ${table.name}` })}</span>
            </summary>
            <ul>
              {table.columns.map((c) => (
                <li key={c.name}>
                  <button type="button" className="link" onClick={() => onInsert(c.name)}>
                    {c.name}
                  </button>{' '}
                  <code className="muted">{c.type}</code>
                </li>
              ))}
            </ul>
          </details>
        </div>
      ))}
    </nav>
  );
}
