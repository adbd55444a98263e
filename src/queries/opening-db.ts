import type { Db, EngineStatus, Row, SqlValue } from '../db';

/**
 * A Db for a database still being opened (a Node door opens asynchronously): each call waits for it. Reports
 * 'ready', or 'failed' with the reason, through `onStatus`.
 */
export function openingDb(opening: Promise<Db>, onStatus: (status: EngineStatus) => void): Db {
  opening.then(
    () => onStatus({ kind: 'ready', restarts: 0 }),
    (e: unknown) => onStatus({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) }),
  );
  return {
    query: <T extends Row = Row>(sql: string, params?: readonly SqlValue[]) => opening.then((db) => db.query<T>(sql, params)),
    exec: (sql, params) => opening.then((db) => db.exec(sql, params)),
    load: (name, bytes) => opening.then((db) => db.load(name, bytes)),
    readFile: (name) => opening.then((db) => db.readFile(name)),
    send: (sql, signal) =>
      opening.then((db) => {
        if (!db.send) throw new Error('This database cannot run console statements on a connection of their own.');
        return db.send(sql, signal);
      }),
    drop: (name) => opening.then((db) => db.drop(name)),
    close: () => opening.then((db) => db.close()),
  };
}
