// The local engine's own check of every statement a client sends. The browser cannot be trusted to say which of
// its statements are the app's and which the console's, so two rules apply by route, decided here and never by a
// client's claim: the app's route refuses the dangerous classes (configuration, files, extensions, other databases);
// the console's route (`send`) also applies the SQL console's allow-list, plus the few fixed statements the
// console's own machinery runs. DuckDB's settings (allowed_directories, external access off, lock_configuration) are
// the second wall behind this one.
// Deep imports on purpose: src/db's index also exports the browser door, which does not load in Node.
import { classify } from '../db/queries/console-guard';
import { splitStatements, type Statement, type Token } from '../db/queries/console-lex';

export type Route = 'app' | 'console';

export type Judgement = { ok: true; statements: Statement[] } | { ok: false; message: string };

/** File names a client may register or write: one name in the session's folder, never a path. */
export const FILE_NAME = /^(?!\.{1,2}$)[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$/;

const REFUSED_FIRST = new Map<string, string>([
  ['attach', 'ATTACH opens another database'],
  ['detach', 'DETACH closes a database'],
  ['use', 'USE switches the database'],
  ['install', 'INSTALL fetches an extension'],
  ['load', 'LOAD loads an extension'],
  ['force', 'FORCE INSTALL fetches an extension'],
  ['export', 'EXPORT DATABASE writes files'],
  ['import', 'IMPORT DATABASE reads files'],
  ['call', 'CALL runs a table function as a command'],
  ['reset', 'RESET changes the configuration, which is locked'],
]);

/** The connection-local settings a SET may change (the app's variables, the console's search_path). */
const SETTABLE = new Set(['variable', 'search_path', 'schema']);

/** Statements the console's machinery runs verbatim on its connection (src/db/queries/console*.ts). */
const CONSOLE_MACHINERY = [
  /^begin( transaction)?$/i,
  /^(commit|rollback|abort)( transaction)?$/i,
  /^create schema if not exists scratch$/i,
  /^set search_path = 'main,scratch'$/i,
];

const words = (tokens: Token[]) => tokens.map((t) => (t.kind === 'word' ? t.text : null));

/** Skips `EXPLAIN [ANALYZE|ANALYSE] [(options)]`, so an explained statement is judged as itself. */
function explained(tokens: Token[]): Token[] {
  let i = 0;
  if (tokens[i]?.text !== 'explain') return tokens;
  i++;
  if (tokens[i]?.text === 'analyze' || tokens[i]?.text === 'analyse') i++;
  if (tokens[i]?.text === '(') {
    const depth = tokens[i]?.depth ?? 0;
    i++;
    while (i < tokens.length && !(tokens[i]?.text === ')' && tokens[i]?.depth === depth)) i++;
    i++;
  }
  return tokens.slice(i);
}

/** Why a statement is refused on every route, or null. */
function dangerous(stmt: Statement, route: Route): string | null {
  const tokens = explained(stmt.tokens);
  const [first, second, third] = words(tokens);
  if (!first) return null;
  const why = REFUSED_FIRST.get(first);
  if (why) return why;
  if (first === 'set') {
    const name = second === 'session' || second === 'local' ? third : second;
    if (name && SETTABLE.has(name)) return null;
    return 'SET changes the configuration, which is locked';
  }
  // The console's rule admits the reporting PRAGMAs with plain arguments; every other PRAGMA may set something.
  if (first === 'pragma' && classify({ ...stmt, tokens }).kind === 'refused') return 'PRAGMA that sets is refused';
  if (first === 'update' && second === 'extensions') return 'UPDATE EXTENSIONS fetches extensions';
  if (first === 'create' && tokens.some((t) => t.kind === 'word' && t.text === 'secret' && t.depth === 0))
    return 'CREATE SECRET stores credentials';
  if (first === 'copy') return route === 'app' && copyTarget(stmt) ? null : 'COPY reads or writes files';
  return null;
}

/**
 * The one COPY the app itself runs (`COPY (<query>) TO '<name>' (options)`, read back through `readFile`): the
 * string token naming its target, when the target is a bare file name.
 */
export function copyTarget(stmt: Statement): Token | null {
  const t = stmt.tokens;
  if (t[0]?.text !== 'copy' || t[1]?.text !== '(') return null;
  const close = t.findIndex((tok, i) => i > 1 && tok.text === ')' && tok.depth === t[1]?.depth);
  const to = t[close + 1];
  const target = t[close + 2];
  if (close < 0 || to?.text !== 'to' || target?.kind !== 'string' || !target.text.startsWith("'")) return null;
  const name = target.text.slice(1, -1);
  const rest = t.slice(close + 3);
  const optionsOnly = rest.every((tok) => tok.depth > 0 || tok.text === '(' || tok.text === ')' || tok.text === 'with');
  return FILE_NAME.test(name) && optionsOnly ? target : null;
}

const PROOF = /^SELECT \* FROM query\('((?:[^']|'')*)'\) LIMIT 0$/;

/** Judges a client's SQL on a route. The console's reads still need DuckDB's proof (see `proofsOf`). */
export function judge(sql: string, route: Route): Judgement {
  if (sql.includes('\u0000')) return { ok: false, message: 'The text contains a NUL character.' };
  const statements = splitStatements(sql);
  for (const stmt of statements) {
    const why = dangerous(stmt, route);
    if (why) return { ok: false, message: `Refused by the local engine: ${why}.` };
    if (route !== 'console' || CONSOLE_MACHINERY.some((re) => re.test(stmt.text))) continue;
    const proof = PROOF.exec(stmt.text);
    const verdict = classify(proof ? (splitStatements(proof[1]?.replaceAll("''", "'") ?? '')[0] ?? stmt) : stmt);
    if (verdict.kind === 'refused') return { ok: false, message: `Refused by the local engine: ${verdict.message.en}` };
  }
  return { ok: true, statements };
}

/** The query parts DuckDB's parser must prove to be one query before a console statement runs. */
export function proofsOf(stmt: Statement): string[] {
  if (PROOF.test(stmt.text) || CONSOLE_MACHINERY.some((re) => re.test(stmt.text))) return [];
  const verdict = classify(stmt);
  return verdict.kind === 'refused' ? [] : verdict.proofs.map((p) => p.text);
}
