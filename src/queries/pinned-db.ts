import type { Db, Row, SqlValue } from '../db';

/**
 * The engine restarted under a piece of work: the fresh instance holds none of the work's tables or rows, so
 * nothing it answers may be taken as the work's result.
 */
export class EngineRestarted extends Error {
  constructor() {
    super('The database stopped and was restarted during the import; its tables and rows from before are gone.');
    this.name = 'EngineRestarted';
  }
}

/**
 * `db` pinned to the engine instance that is running now (`epoch()` counts restarts). A call made or answered
 * after a restart throws `EngineRestarted`: the browser door replays a call that met a dead worker on the fresh
 * instance, where an export of the import's rows finds none and "succeeds" with a header only.
 */
export function pinnedDb(db: Db, epoch: () => number): Db & { epoch: number } {
  const at = epoch();
  const check = () => {
    if (epoch() !== at) throw new EngineRestarted();
  };
  // A replayed call that fails on the fresh instance (its table is gone) fails because of the restart too.
  const pinned = async <R>(f: () => Promise<R>): Promise<R> => {
    check();
    let r: R;
    try {
      r = await f();
    } catch (e) {
      check();
      throw e;
    }
    check();
    return r;
  };
  const pin =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    (...a: A): Promise<R> =>
      pinned(() => f(...a));
  return {
    epoch: at,
    query: <T extends Row = Row>(sql: string, params?: readonly SqlValue[]) => pinned(() => db.query<T>(sql, params)),
    exec: pin((sql: string, params?: readonly SqlValue[]) => db.exec(sql, params)),
    load: pin((name: string, bytes: Uint8Array) => db.load(name, bytes)),
    readFile: pin((name: string) => db.readFile(name)),
    drop: pin((name: string) => db.drop(name)),
    close: () => db.close(),
  };
}
