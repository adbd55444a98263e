// Over 400 lines on purpose: the console's whole allow-list (every statement form it admits and why) reads as one
// rule set; split across files, a reviewer could no longer see that nothing outside this file is allowed.
import type { Text } from '../../model';
import { quoteIdent } from '../sql';
import type { Statement, Token } from './console-lex';
import { APP_TABLES } from './generic-table';

/**
 * The console's rule, an allow-list: it reads with statements DuckDB's own parser proves are one query (SELECT,
 * WITH, FROM-first, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE) and a few reporting PRAGMAs, and it writes only
 * into its own schema `scratch` (CREATE TABLE/VIEW, INSERT, UPDATE, DELETE, TRUNCATE, ALTER TABLE, DROP). Anything
 * else is refused before anything runs. `EXPLAIN [ANALYZE]` is judged as the statement it explains.
 */
export const SCRATCH = 'scratch';

/** Names a scratch table may never take, even before the app has created them (the app queries them unqualified). */
const PROTECTED_TABLES: ReadonlySet<string> = new Set([
  ...APP_TABLES,
  'funding',
  'members',
  'activities',
  'csv_rejects',
  'csv_scans',
  'staged_raw',
]);

export type Verdict =
  | {
      kind: 'read' | 'write';
      /** The SQL that runs: the user's text for a query, otherwise rebuilt with the target in `scratch`. */
      sql: string;
      /** Parts DuckDB's parser must prove to be exactly one query before `sql` runs, with their offset in the statement. */
      proofs: { text: string; at: number }[];
      /** The scratch tables it writes, creates or renames to: none may take an app table's name. */
      targets: string[];
      /** Where the user's own text starts in `sql` and in the statement, so DuckDB's error positions map back. */
      tail: { sqlAt: number; stmtAt: number } | null;
    }
  | { kind: 'refused'; message: Text; at: number };

type Refusal = Extract<Verdict, { kind: 'refused' }>;
const refuse = (at: number, en: string, da: string): Refusal => ({ kind: 'refused', message: { en, da }, at });

const ALLOWED = {
  en: 'The console reads with SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN and PRAGMA table_info/show_tables/…, and writes only tables in its own schema "scratch" (CREATE TABLE x AS …, INSERT, UPDATE, DELETE, TRUNCATE, ALTER TABLE, DROP TABLE; an unqualified name means scratch.x).',
  da: 'Konsollen læser med SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN og PRAGMA table_info/show_tables/… og skriver kun tabeller i sit eget skema "scratch" (CREATE TABLE x AS …, INSERT, UPDATE, DELETE, TRUNCATE, ALTER TABLE, DROP TABLE; et navn uden skema betyder scratch.x).',
};

/** First words of a statement that can only be a query; DuckDB's parser still has to prove it. */
const QUERY_START = new Set(['select', 'with', 'from', 'values', 'table', '(', 'describe', 'desc', 'show', 'summarize']);

/** PRAGMAs that only report; they run as written (name and literal arguments only). */
const READ_PRAGMAS = new Set([
  'table_info',
  'show_tables',
  'show_tables_expanded',
  'show',
  'database_size',
  'version',
  'platform',
  'storage_info',
  'collations',
  'database_list',
  'metadata_info',
  'user_agent',
  'functions',
]);

/**
 * Table functions the console may call: DuckDB 1.4.3's table functions (duckdb_functions()) that compute or
 * report and touch neither files, the network, settings nor storage. Any other table function is refused.
 */
const ALLOWED_TABLE_FUNCTIONS = new Set([
  'range',
  'generate_series',
  'unnest',
  'repeat',
  'repeat_row',
  'summary',
  'test_all_types',
  'histogram',
  'histogram_values',
  'duckdb_columns',
  'duckdb_constraints',
  'duckdb_databases',
  'duckdb_dependencies',
  'duckdb_extensions',
  'duckdb_functions',
  'duckdb_indexes',
  'duckdb_keywords',
  'duckdb_memory',
  'duckdb_optimizers',
  'duckdb_schemas',
  'duckdb_sequences',
  'duckdb_settings',
  'duckdb_tables',
  'duckdb_types',
  'duckdb_variables',
  'duckdb_views',
  'duckdb_temporary_files',
  'pragma_collations',
  'pragma_database_size',
  'pragma_metadata_info',
  'pragma_platform',
  'pragma_show',
  'pragma_storage_info',
  'pragma_table_info',
  'pragma_user_agent',
  'pragma_version',
]);

/** Every table function of DuckDB 1.4.3 (and of the extensions the app never loads) that is not allowed. */
const REFUSED_TABLE_FUNCTIONS = new Set([
  'arrow_scan',
  'arrow_scan_dumb',
  'checkpoint',
  'force_checkpoint',
  'disable_logging',
  'enable_logging',
  'truncate_duckdb_logs',
  'duckdb_logs',
  'duckdb_logs_parsed',
  'duckdb_log_contexts',
  'duckdb_secrets',
  'duckdb_secret_types',
  'which_secret',
  'duckdb_external_file_cache',
  'duckdb_prepared_statements',
  'duckdb_connection_count',
  'duckdb_approx_database_count',
  'duckdb_table_sample',
  'test_vector_types',
  'seq_scan',
  'query',
  'query_table',
  'glob',
  'sniff_csv',
  'read_blob',
  'read_text',
  'read_csv',
  'read_csv_auto',
  'read_json',
  'read_json_auto',
  'read_json_objects',
  'read_json_objects_auto',
  'read_ndjson',
  'read_ndjson_auto',
  'read_ndjson_objects',
  'read_parquet',
  'parquet_scan',
  'parquet_metadata',
  'parquet_schema',
  'parquet_file_metadata',
  'parquet_kv_metadata',
  'parquet_bloom_probe',
  'read_xlsx',
  'iceberg_scan',
  'iceberg_metadata',
  'iceberg_snapshots',
  'delta_scan',
  'postgres_scan',
  'postgres_query',
  'postgres_attach',
  'sqlite_scan',
  'sqlite_attach',
  'mysql_query',
  'read_avro',
  'dbgen',
  'dsdgen',
  'load_aws_credentials',
  'st_read',
  'ducklake_snapshots',
]);

/** Scalar functions with an effect outside the statement (sequence state, the session's random seed, the log). */
const REFUSED_SCALARS = new Set(['nextval', 'currval', 'setseed', 'write_log']);

/**
 * Time-zone-aware values make DuckDB fetch its ICU extension from the extension host (measured on 1.4.3 wasm:
 * `timezone('America/New_York', now())`, `date_trunc('day', now())`, `now() AT TIME ZONE 'UTC'`, `epoch(now())`
 * each try to install ICU even with autoinstall/autoload off; the Node door hangs, the browser sends a request).
 */
const ICU_WORDS = new Set([
  'now',
  'current_timestamp',
  'get_current_timestamp',
  'transaction_timestamp',
  'timezone',
  'timestamptz',
  'timetz',
  'make_timestamptz',
  'to_timestamp',
  'current_localtimestamp',
  'localtimestamp',
]);

const FROM_CLAUSE_END = new Set([
  'where',
  'group',
  'having',
  'order',
  'limit',
  'offset',
  'qualify',
  'window',
  'union',
  'except',
  'intersect',
  'select',
  'returning',
  'set',
  'values',
]);

/** A string used as a table (`FROM 'x.csv'`), or a quoted name that looks like a file or URL, is a file DuckDB would open. */
const FILE_LIKE = /[/\\:]|\.[a-z0-9]{1,8}(\.gz|\.zst)?$/i;

/** Refuses functions, names and types that reach files, the network, extensions or state outside the statement. */
function scan(tokens: Token[]): Refusal | null {
  const inFrom: boolean[] = [];
  for (const [i, t] of tokens.entries()) {
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (t.kind === 'word') {
      if (t.text === 'from' || t.text === 'join') inFrom[t.depth] = true;
      else if (FROM_CLAUSE_END.has(t.text)) inFrom[t.depth] = false;
    }
    const name = t.kind === 'word' ? t.text : t.kind === 'quoted' ? t.text.toLowerCase() : null;
    if (name !== null && next?.text === '(' && next.kind === 'punct') {
      if (REFUSED_TABLE_FUNCTIONS.has(name) || (name.startsWith('read_') && !ALLOWED_TABLE_FUNCTIONS.has(name)))
        return refuse(
          t.at,
          `${name}() is not available in the console: it reads files, the network or the engine's state. Query the app's tables, your scratch tables, or range()/unnest()/duckdb_tables()/….`,
          `${name}() er ikke tilgængelig i konsollen: den læser filer, netværket eller motorens tilstand. Forespørg appens tabeller, dine scratch-tabeller eller range()/unnest()/duckdb_tables()/….`,
        );
      if (REFUSED_SCALARS.has(name))
        return refuse(
          t.at,
          `${name}() changes state outside the statement and is not run by the console.`,
          `${name}() ændrer tilstand uden for sætningen og køres ikke af konsollen.`,
        );
    }
    const atTimeZone = name === 'at' && tokens[i + 1]?.text === 'time' && tokens[i + 2]?.text === 'zone';
    const withTimeZone = name === 'with' && tokens[i + 1]?.text === 'time' && tokens[i + 2]?.text === 'zone';
    if ((name !== null && t.kind === 'word' && ICU_WORDS.has(name)) || atTimeZone || withTimeZone)
      return refuse(
        t.at,
        "Time-zone-aware timestamps (now(), current_timestamp, TIMESTAMPTZ, AT TIME ZONE, timezone(), to_timestamp()) need DuckDB's ICU extension, which the app never loads (it would be downloaded). Use plain TIMESTAMP or DATE values, e.g. TIMESTAMP '2024-01-01 12:00'.",
        "Tidszonebevidste tidsstempler (now(), current_timestamp, TIMESTAMPTZ, AT TIME ZONE, timezone(), to_timestamp()) kræver DuckDB's ICU-udvidelse, som appen aldrig indlæser (den ville blive hentet). Brug almindelige TIMESTAMP- eller DATE-værdier, fx TIMESTAMP '2024-01-01 12:00'.",
      );
    const tableSpot =
      prev !== undefined && (prev.text === 'from' || prev.text === 'join' || (prev.text === ',' && inFrom[t.depth] === true));
    if (tableSpot && (t.kind === 'string' || (t.kind === 'quoted' && FILE_LIKE.test(t.text))))
      return refuse(
        t.at,
        'A file name or URL used as a table makes DuckDB open that file or address; the console reads only tables. Import a file with "Import data" (extra table for SQL).',
        'Et filnavn eller en URL brugt som tabel får DuckDB til at åbne filen eller adressen; konsollen læser kun tabeller. Indlæs en fil med "Importér data" (ekstra tabel til SQL).',
      );
  }
  return null;
}

/** The object a write names: an unqualified name or `scratch.name` (any case, quoted or not); anything else is refused. */
function target(stmt: Statement, i: number): { name: string; next: number } | Refusal {
  const tokens = stmt.tokens;
  const parts: Token[] = [];
  let j = i;
  for (;;) {
    const t = tokens[j];
    if (!t || (t.kind !== 'word' && t.kind !== 'quoted')) break;
    parts.push(t);
    j++;
    if (tokens[j]?.text !== '.') break;
    j++;
  }
  const at = tokens[i]?.at ?? 0;
  const last = parts[parts.length - 1];
  if (!last) return refuse(at, 'A table name is missing.', 'Der mangler et tabelnavn.');
  const schema = parts.length === 2 ? parts[0] : undefined;
  if (parts.length > 2 || (schema && schema.text.toLowerCase() !== SCRATCH)) {
    const where = parts
      .slice(0, -1)
      .map((p) => p.text)
      .join('.');
    return refuse(
      at,
      `The console writes only in its own schema "scratch", not in "${where}": the app's tables are read-only. Write scratch.${last.text} (or just ${last.text}).`,
      `Konsollen skriver kun i sit eget skema "scratch", ikke i "${where}": appens tabeller kan kun læses. Skriv scratch.${last.text} (eller bare ${last.text}).`,
    );
  }
  // An unquoted word keeps the case it was typed in, as DuckDB does.
  const name = last.kind === 'quoted' ? last.text : stmt.text.slice(last.at, last.end);
  return { name, next: j };
}

const isRefusal = (x: object): x is Refusal => 'kind' in x && x.kind === 'refused';
const scratchName = (name: string) => `${quoteIdent(SCRATCH)}.${quoteIdent(name)}`;
const word = (tokens: Token[], i: number, ...words: string[]) =>
  tokens[i]?.kind === 'word' && words.includes(tokens[i]?.text ?? '');
function write(
  sql: string,
  proofs: { text: string; at: number }[] = [],
  targets: string[] = [],
  tail: { sqlAt: number; stmtAt: number } | null = null,
): Verdict {
  return { kind: 'write', sql, proofs, targets, tail };
}

/** A write rebuilt as `head` followed by the user's text from token i on. */
function tailed(
  head: string,
  stmt: Statement,
  i: number,
  proofs: { text: string; at: number }[] = [],
  targets: string[] = [],
): Verdict {
  const t = stmt.tokens[i];
  if (!t) return write(head, proofs, targets);
  return write(`${head} ${stmt.text.slice(t.at)}`, proofs, targets, { sqlAt: head.length + 1, stmtAt: t.at });
}

function create(stmt: Statement): Verdict {
  const { tokens } = stmt;
  let i = 1;
  const replace = word(tokens, i, 'or') && word(tokens, i + 1, 'replace');
  if (replace) i += 2;
  if (word(tokens, i, 'temp', 'temporary'))
    return refuse(
      tokens[i]?.at ?? 0,
      "Temporary tables would hide the app's tables of the same name; create a table in scratch instead.",
      'Midlertidige tabeller ville skjule appens tabeller med samme navn; opret en tabel i scratch i stedet.',
    );
  const object = tokens[i]?.text ?? '';
  if (!word(tokens, i, 'table', 'view'))
    return refuse(
      tokens[i]?.at ?? 0,
      `The console creates only tables and views in scratch (not ${object.toUpperCase() || 'this'}). ${ALLOWED.en}`,
      `Konsollen opretter kun tabeller og views i scratch (ikke ${object.toUpperCase() || 'dette'}). ${ALLOWED.da}`,
    );
  i++;
  const ifNotExists = word(tokens, i, 'if') && word(tokens, i + 1, 'not') && word(tokens, i + 2, 'exists');
  if (ifNotExists) i += 3;
  const t = target(stmt, i);
  if (isRefusal(t)) return t;
  const head = `CREATE ${replace ? 'OR REPLACE ' : ''}${object.toUpperCase()} ${ifNotExists ? 'IF NOT EXISTS ' : ''}${scratchName(t.name)}`;
  const after = tokens[t.next];
  if (word(tokens, t.next, 'as')) {
    const query = tokens[t.next + 1];
    if (!query) return refuse(after?.at ?? 0, 'CREATE … AS needs a query.', 'CREATE … AS kræver en forespørgsel.');
    return tailed(`${head} AS`, stmt, t.next + 1, [{ text: stmt.text.slice(query.at), at: query.at }], [t.name]);
  }
  if (object === 'table' && after?.text === '(' && after.kind === 'punct') {
    const bad = tokens.slice(t.next).find((x) => x.kind === 'word' && (x.text === 'references' || x.text === 'as'));
    if (bad)
      return refuse(
        bad.at,
        'Column definitions may not reference other tables or compute from them here; use CREATE TABLE x AS SELECT ….',
        'Kolonnedefinitioner må ikke henvise til andre tabeller eller beregnes her; brug CREATE TABLE x AS SELECT ….',
      );
    return tailed(head, stmt, t.next, [], [t.name]);
  }
  return refuse(
    after?.at ?? 0,
    'Write CREATE TABLE x AS SELECT … or CREATE TABLE x (column type, …).',
    'Skriv CREATE TABLE x AS SELECT … eller CREATE TABLE x (kolonne type, …).',
  );
}

function insert(stmt: Statement): Verdict {
  const { tokens } = stmt;
  let i = 1;
  let or = '';
  if (word(tokens, i, 'or') && word(tokens, i + 1, 'replace', 'ignore')) {
    or = `OR ${(tokens[i + 1]?.text ?? '').toUpperCase()} `;
    i += 2;
  }
  if (!word(tokens, i, 'into'))
    return refuse(tokens[i]?.at ?? 0, 'Write INSERT INTO scratch_table ….', 'Skriv INSERT INTO scratch_tabel ….');
  const t = target(stmt, i + 1);
  if (isRefusal(t)) return t;
  let j = t.next;
  if (word(tokens, j, 'as')) j += 2;
  if (tokens[j]?.text === '(' && tokens[j]?.kind === 'punct') {
    const close = tokens.findIndex((x, k) => k > j && x.text === ')' && x.depth === 0);
    if (close < 0) return refuse(tokens[j]?.at ?? 0, 'The column list is not closed.', 'Kolonnelisten er ikke lukket.');
    j = close + 1;
  }
  if (word(tokens, j, 'by') && word(tokens, j + 1, 'name', 'position')) j += 2;
  const proofs: { text: string; at: number }[] = [];
  const source = tokens[j];
  if (source && !word(tokens, j, 'default')) {
    const stop = tokens.find(
      (x, k) =>
        k > j &&
        x.depth === 0 &&
        x.kind === 'word' &&
        (x.text === 'returning' || (x.text === 'on' && tokens[k + 1]?.text === 'conflict')),
    );
    proofs.push({ text: stmt.text.slice(source.at, stop?.at ?? stmt.text.length), at: source.at });
  }
  return tailed(`INSERT ${or}INTO ${scratchName(t.name)}`, stmt, t.next, proofs, [t.name]);
}

function classifyOnce(stmt: Statement, explained: boolean): Verdict {
  const { tokens } = stmt;
  const first = tokens[0];
  if (!first) return refuse(0, 'The statement is empty.', 'Sætningen er tom.');
  const w = first.kind === 'word' || first.kind === 'punct' ? first.text : '';
  if (w === 'explain' && !explained) {
    // EXPLAIN ANALYZE runs its statement: every spelling is judged as that statement, and rebuilt from what we read.
    let i = 1;
    let analyze = false;
    if (word(tokens, 1, 'analyze', 'analyse')) {
      analyze = true;
      i = 2;
    } else if (tokens[1]?.text === '(' && tokens[1].kind === 'punct') {
      i = 2;
      for (; i < tokens.length && tokens[i]?.text !== ')'; i++) {
        const o = tokens[i];
        if (!o) break;
        if (o.kind === 'word' && (o.text === 'analyze' || o.text === 'analyse')) analyze = !word(tokens, i + 1, 'false', 'off');
        else if (!(
          o.text === ',' ||
          (o.kind === 'word' &&
            ['format', 'text', 'json', 'html', 'graphviz', 'yaml', 'true', 'false', 'on', 'off'].includes(o.text)) ||
          o.kind === 'string' ||
          o.kind === 'number'
        ))
          return refuse(
            o.at,
            `EXPLAIN option "${o.text}" is not run by the console.`,
            `EXPLAIN-tilvalget "${o.text}" køres ikke af konsollen.`,
          );
      }
      i++;
    }
    const innerStart = tokens[i]?.at;
    if (innerStart === undefined) return refuse(first.at, 'EXPLAIN needs a statement.', 'EXPLAIN kræver en sætning.');
    const inner = classifyOnce(
      {
        text: stmt.text.slice(innerStart),
        start: stmt.start + innerStart,
        tokens: tokens.slice(i).map((t) => ({ ...t, at: t.at - innerStart, end: t.end - innerStart })),
      },
      true,
    );
    if (inner.kind === 'refused') return { ...inner, at: inner.at + innerStart };
    // A parenthesised query after EXPLAIN would read as EXPLAIN's options.
    if (inner.sql.startsWith('('))
      return refuse(
        innerStart,
        'Write EXPLAIN SELECT … (not EXPLAIN (SELECT …)).',
        'Skriv EXPLAIN SELECT … (ikke EXPLAIN (SELECT …)).',
      );
    const prefix = `EXPLAIN ${analyze ? 'ANALYZE ' : ''}`;
    return {
      ...inner,
      sql: prefix + inner.sql,
      proofs: inner.proofs.map((p) => ({ ...p, at: p.at + innerStart })),
      tail: inner.tail && { sqlAt: inner.tail.sqlAt + prefix.length, stmtAt: inner.tail.stmtAt + innerStart },
    };
  }
  if (QUERY_START.has(w))
    return { kind: 'read', sql: stmt.text, proofs: [{ text: stmt.text, at: 0 }], targets: [], tail: { sqlAt: 0, stmtAt: 0 } };
  if (w === 'pragma') {
    const name = tokens[1]?.kind === 'word' ? tokens[1].text : '';
    const args = tokens.slice(2);
    const literal = args.every((t, k) =>
      k === 0
        ? t.text === '('
        : k === args.length - 1
          ? t.text === ')'
          : t.kind === 'string' ||
            t.kind === 'number' ||
            t.kind === 'word' ||
            t.kind === 'quoted' ||
            t.text === ',' ||
            t.text === '.',
    );
    if (READ_PRAGMAS.has(name) && literal)
      return { kind: 'read', sql: stmt.text, proofs: [], targets: [], tail: { sqlAt: 0, stmtAt: 0 } };
    return refuse(
      first.at,
      `PRAGMA ${name} is not run by the console: it allows only reporting PRAGMAs (${[...READ_PRAGMAS].slice(0, 4).join(', ')}, …) with plain arguments.`,
      `PRAGMA ${name} køres ikke af konsollen: den tillader kun rapporterende PRAGMA'er (${[...READ_PRAGMAS].slice(0, 4).join(', ')}, …) med enkle argumenter.`,
    );
  }
  if (w === 'create') return create(stmt);
  if (w === 'insert') return insert(stmt);
  if (w === 'update') {
    const t = target(stmt, 1);
    return isRefusal(t) ? t : tailed(`UPDATE ${scratchName(t.name)}`, stmt, t.next, [], [t.name]);
  }
  if (w === 'delete') {
    if (!word(tokens, 1, 'from'))
      return refuse(first.at, 'Write DELETE FROM scratch_table ….', 'Skriv DELETE FROM scratch_tabel ….');
    const t = target(stmt, 2);
    return isRefusal(t) ? t : tailed(`DELETE FROM ${scratchName(t.name)}`, stmt, t.next, [], [t.name]);
  }
  if (w === 'truncate') {
    const t = target(stmt, word(tokens, 1, 'table') ? 2 : 1);
    if (isRefusal(t)) return t;
    return tokens[t.next]
      ? refuse(tokens[t.next]?.at ?? 0, 'TRUNCATE takes one table.', 'TRUNCATE tager én tabel.')
      : write(`TRUNCATE ${scratchName(t.name)}`, [], [t.name]);
  }
  if (w === 'drop') {
    if (!word(tokens, 1, 'table', 'view'))
      return refuse(
        first.at,
        `The console drops only tables and views in scratch. ${ALLOWED.en}`,
        `Konsollen sletter kun tabeller og views i scratch. ${ALLOWED.da}`,
      );
    const object = (tokens[1]?.text ?? '').toUpperCase();
    const ifExists = word(tokens, 2, 'if') && word(tokens, 3, 'exists');
    const t = target(stmt, ifExists ? 4 : 2);
    if (isRefusal(t)) return t;
    if (tokens[t.next])
      return refuse(tokens[t.next]?.at ?? 0, 'DROP takes one table, without CASCADE.', 'DROP tager én tabel, uden CASCADE.');
    return write(`DROP ${object} ${ifExists ? 'IF EXISTS ' : ''}${scratchName(t.name)}`, [], [t.name]);
  }
  if (w === 'alter') {
    if (!word(tokens, 1, 'table'))
      return refuse(first.at, 'The console alters only tables in scratch.', 'Konsollen ændrer kun tabeller i scratch.');
    const ifExists = word(tokens, 2, 'if') && word(tokens, 3, 'exists');
    const t = target(stmt, ifExists ? 4 : 2);
    if (isRefusal(t)) return t;
    if (word(tokens, t.next, 'rename') && word(tokens, t.next + 1, 'to')) {
      const renamed = target(stmt, t.next + 2);
      if (isRefusal(renamed)) return renamed;
      if (tokens[renamed.next])
        return refuse(tokens[renamed.next]?.at ?? 0, 'RENAME TO takes one name.', 'RENAME TO tager ét navn.');
      return write(
        `ALTER TABLE ${ifExists ? 'IF EXISTS ' : ''}${scratchName(t.name)} RENAME TO ${quoteIdent(renamed.name)}`,
        [],
        [t.name, renamed.name],
      );
    }
    return tailed(`ALTER TABLE ${ifExists ? 'IF EXISTS ' : ''}${scratchName(t.name)}`, stmt, t.next, [], [t.name]);
  }
  const shown = first.kind === 'word' ? w.toUpperCase() : first.text;
  return refuse(first.at, `${shown} is not run by the console. ${ALLOWED.en}`, `${shown} køres ikke af konsollen. ${ALLOWED.da}`);
}

/** What a statement may do under the console's rule, and the SQL that then runs. Pure: DuckDB proves the rest. */
export function classify(stmt: Statement): Verdict {
  const scanned = scan(stmt.tokens);
  if (scanned) return scanned;
  const verdict = classifyOnce(stmt, false);
  if (verdict.kind === 'refused') return verdict;
  const taken = verdict.targets.find((name) => PROTECTED_TABLES.has(name.toLowerCase()));
  return taken === undefined ? verdict : nameTaken(taken, 0);
}

/** An app table is never written, and a scratch table may not take its name (the app reads its tables unqualified). */
export function nameTaken(name: string, at: number): Refusal {
  return refuse(
    at,
    `"${name}" is one of the app's own tables: the console may read it but not change it, and a scratch table may not take its name. Write to a table of your own, e.g. CREATE TABLE my_${name} AS SELECT * FROM ${name}.`,
    `"${name}" er en af appens egne tabeller: konsollen må læse den, men ikke ændre den, og en scratch-tabel må ikke tage dens navn. Skriv til en tabel, du selv opretter, fx CREATE TABLE min_${name} AS SELECT * FROM ${name}.`,
  );
}

/** True when DuckDB's parser refused a proof because the text is not exactly one query. */
export function notOneQuery(message: string): boolean {
  return /Expected a single SELECT statement|A CTE needs a SELECT/i.test(message);
}

export const NOT_A_QUERY: Text = {
  en: `DuckDB's parser does not read this as one query, so the console does not run it. ${ALLOWED.en}`,
  da: `DuckDB's parser læser ikke dette som én forespørgsel, så konsollen kører det ikke. ${ALLOWED.da}`,
};
