// One client's database on the local engine: a DuckDB instance (its own in-memory one, or the shared `--db` file),
// the app's connection and the console's, and a folder of its own for the files it registers and writes.
import { mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { resultToIpc } from './arrow-encode';
import { NOT_A_QUERY, notOneQuery } from '../db/queries/console-guard';
import { FILE_NAME, copyTarget, judge, proofsOf, type Route } from './engine-guard';

export class RefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedError';
  }
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Settings applied before any client statement, then locked: files only under the data folder and the session's
 * own folder, no extension fetched or loaded by name, no community extension, and no later change of any of it.
 */
function lockSql(dirs: string[], spill: string, limits: Limits): string {
  return [
    ...(limits.memoryLimit ? [`SET memory_limit = ${sqlString(checkedSize(limits.memoryLimit, '--memory-limit'))}`] : []),
    `SET max_temp_directory_size = ${sqlString(checkedSize(limits.maxTempSize, '--max-temp-size'))}`,
    'SET autoinstall_known_extensions = false',
    'SET autoload_known_extensions = false',
    'SET allow_community_extensions = false',
    `SET temp_directory = ${sqlString(spill)}`,
    `SET allowed_directories = [${dirs.map((d) => sqlString(d.endsWith('/') ? d : `${d}/`)).join(', ')}]`,
    'SET enable_external_access = false',
    'SET lock_configuration = true',
  ].join('; ');
}

/** `--memory-limit`, `--max-temp-size`: DuckDB's own notation (`6GB`, `512MiB`), checked before it reaches SQL. */
export function checkedSize(limit: string, option: string): string {
  if (!/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(limit.trim()))
    throw new Error(`${option} ${limit} is not a size such as 6GB or 512MiB.`);
  return limit.trim();
}

/**
 * The default cap on each database's spill to disk: half the disk space free where it spills when the engine starts.
 * DuckDB's own default (90 % of the free space) let one 100M-row import fill the machine's disk; with this cap a job
 * too big for the machine fails with DuckDB's message naming the setting, and the other half stays for the sessions'
 * database files, the data folder and everything else on the machine.
 */
export function defaultMaxTempSize(dir: string): string {
  const { bavail, bsize } = statfsSync(dir);
  return `${Math.max(1, Math.floor((bavail * bsize) / 2 / 2 ** 20))}MiB`;
}

interface Limits {
  /** What each database may hold in memory before it spills to disk (DuckDB's default: 80% of RAM). */
  memoryLimit: string | null;
  /** What each database may spill to disk (`max_temp_directory_size`). */
  maxTempSize: string;
}

/** Runs calls on one connection one after another (a DuckDB connection runs one statement at a time). */
class Queue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

export interface SessionOptions {
  /** `--data`: the folder DuckDB may read (absolute). */
  dataDir: string | null;
  /** A shared instance (`--db FILE`) and its file folder, or null for an in-memory database of the session's own. */
  shared: { instance: DuckDBInstance; dir: string } | null;
  tempRoot: string;
  /** `--memory-limit`, `--max-temp-size`. */
  limits: Limits;
}

export class Session {
  private readonly files = new Set<string>();
  private readonly appQueue = new Queue();
  private readonly consoleQueue = new Queue();
  private running: { id: string; conn: DuckDBConnection; repeat?: ReturnType<typeof setInterval> } | null = null;
  /** Cancels that arrived before their statement started (it waits behind another on the console's queue). */
  private readonly early = new Set<string>();

  private constructor(
    readonly dir: string,
    private readonly instance: DuckDBInstance,
    private readonly owned: boolean,
    private readonly app: DuckDBConnection,
    private readonly console: DuckDBConnection,
    private readonly maxTempSize: string,
  ) {}

  static async open(options: SessionOptions): Promise<Session> {
    if (options.shared) {
      const { instance, dir } = options.shared;
      return new Session(dir, instance, false, await instance.connect(), await instance.connect(), options.limits.maxTempSize);
    }
    const dir = mkdtempSync(join(options.tempRoot, 'session-'));
    // The session's tables live in a DuckDB file of its own, deleted when the session ends. In an in-memory
    // database DuckDB stores tables uncompressed and spills them whole past the memory limit (a 100M-row import
    // filled ~76 GB of disk that way); a database file holds them compressed, written as they are built. The file
    // sits beside the session's folder, not in it: that folder is the client's (its files, COPY … TO).
    const instance = await DuckDBInstance.create(Session.databaseFile(dir));
    const app = await instance.connect();
    await app.run(lockSql([dir, ...(options.dataDir ? [options.dataDir] : [])], join(dir, '.spill'), options.limits));
    return new Session(dir, instance, true, app, await instance.connect(), options.limits.maxTempSize);
  }

  static databaseFile(dir: string): string {
    return `${dir}.duckdb`;
  }

  /** A registered or written name → its path in the session's folder; anything else is left as it is. */
  private resolve(value: DuckDBValue): DuckDBValue {
    return typeof value === 'string' && this.files.has(value) ? join(this.dir, value) : value;
  }

  private rewrite(sql: string, route: Route): string {
    const judged = judge(sql, route);
    if (!judged.ok) throw new RefusedError(judged.message);
    const copies = judged.statements.filter((s) => copyTarget(s));
    if (copies.length === 0) return sql;
    return judged.statements
      .map((s) => {
        const target = copyTarget(s);
        if (!target) return s.text;
        const name = target.text.slice(1, -1);
        this.files.add(name);
        return s.text.slice(0, target.at) + sqlString(join(this.dir, name)) + s.text.slice(target.end);
      })
      .join(';\n');
  }

  /** The app's statements (`query`/`exec`): dangerous classes refused, registered names resolved. */
  query(sql: string, params: DuckDBValue[]): Promise<Uint8Array> {
    return this.appQueue.run(async () => {
      const text = this.rewrite(sql, 'app');
      const values = params.map((p) => this.resolve(p));
      return resultToIpc(await this.app.run(text, values.length > 0 ? values : undefined).catch(this.spillCapped));
    });
  }

  /** A console statement on its own connection: the console's allow-list too, DuckDB's proof, and cancel by id. */
  send(sql: string, id: string): Promise<Uint8Array> {
    return this.consoleQueue.run(async () => {
      let judged;
      try {
        judged = judge(sql, 'console');
      } catch (error) {
        throw new RefusedError(String(error));
      }
      if (!judged.ok) {
        // A text DuckDB cannot parse runs nothing either way; its own message and position help the user more.
        await this.console.extractStatements(sql);
        throw new RefusedError(judged.message);
      }
      if (this.early.delete(id)) throw new Error('INTERRUPT Error: Interrupted!');
      this.running = { id, conn: this.console };
      try {
        for (const stmt of judged.statements) for (const proof of proofsOf(stmt)) await this.prove(proof, stmt.text);
        return await resultToIpc(await this.console.run(sql).catch(this.spillCapped));
      } finally {
        if (this.running?.repeat) clearInterval(this.running.repeat);
        this.running = null;
      }
    });
  }

  /**
   * DuckDB's parser proves a console query part is exactly one query (`query()` binds it without running it). When
   * the proof fails for another reason (a parse or binder error), the statement's own prepare — which binds and
   * never runs — gives DuckDB's message with a position in the user's text, not in the proof's wrapper.
   */
  private async prove(part: string, statement: string): Promise<void> {
    try {
      await this.console.run(`SELECT * FROM query(${sqlString(part)}) LIMIT 0`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (notOneQuery(message)) throw new RefusedError(`Refused by the local engine: ${NOT_A_QUERY.en}`);
      const prepared = await this.console.prepare(statement);
      prepared.destroySync();
      throw error;
    }
  }

  /**
   * DuckDB's message at the spill cap tells the user to raise it with a PRAGMA, which the locked engine refuses:
   * the engine's own option is what raises it.
   */
  private readonly spillCapped = (error: unknown): never => {
    const message = error instanceof Error ? error.message : String(error);
    if (!message.includes('max_temp_directory_size')) throw error;
    throw new Error(
      `${message}\n\nThe local engine caps each database's spill to disk at ${this.maxTempSize}: start it with a larger ` +
        `--max-temp-size (after freeing disk space) or a larger --memory-limit.`,
    );
  };

  /** Interrupts the console statement `id` if it is the one running. */
  cancel(id: string): boolean {
    if (this.running?.id !== id) {
      if (this.early.size > 1000) this.early.clear();
      this.early.add(id);
      return false;
    }
    // Interrupted again until the statement ends: an interrupt that lands between the proof and the statement
    // itself would otherwise be forgotten when the statement starts.
    const conn = this.running.conn;
    conn.interrupt();
    this.running.repeat ??= setInterval(() => conn.interrupt(), 25);
    return true;
  }

  load(name: string, bytes: Uint8Array): void {
    if (!FILE_NAME.test(name)) throw new RefusedError(`Refused by the local engine: "${name}" is not a plain file name.`);
    writeFileSync(join(this.dir, name), bytes);
    this.files.add(name);
  }

  readFile(name: string): Uint8Array {
    if (!this.files.has(name)) throw new RefusedError(`No file "${name}" in this session.`);
    return readFileSync(join(this.dir, name));
  }

  drop(name: string): void {
    if (!this.files.delete(name)) return;
    rmSync(join(this.dir, name), { force: true });
  }

  close(): void {
    this.console.closeSync();
    this.app.closeSync();
    for (const name of this.files) rmSync(join(this.dir, name), { force: true });
    if (this.owned) {
      this.instance.closeSync();
      rmSync(this.dir, { recursive: true, force: true });
      const file = Session.databaseFile(this.dir);
      for (const f of [file, `${file}.wal`]) rmSync(f, { force: true });
    }
  }
}

/** The shared `--db FILE` instance: opened once, locked like a session's, its files in one folder. */
export async function openShared(dbFile: string, dataDir: string | null, tempRoot: string, limits: Limits) {
  const dir = mkdtempSync(join(tempRoot, 'shared-'));
  const instance = await DuckDBInstance.create(dbFile);
  const conn = await instance.connect();
  await conn.run(lockSql([dir, ...(dataDir ? [dataDir] : [])], join(dir, '.spill'), limits));
  conn.closeSync();
  return { instance, dir };
}
