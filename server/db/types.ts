/**
 * The database port the server codes against. Two adapters implement it: PostgreSQL through `pg` (production,
 * several server processes may share one database) and PGlite in a data directory (the embedded default, one
 * process). Route and sync code sees only this interface, so every server test runs against both.
 */
export type Row = Record<string, unknown>;

export interface Queryable {
  /**
   * One statement with `$n` parameters. Without `values`, the text may hold several statements (the simple query
   * protocol on both adapters), which is how migrations run. `bigint` columns come back as JS numbers (the
   * adapters refuse values beyond 2^53), `jsonb` as parsed JSON. Pass jsonb parameters as JSON text
   * (`JSON.stringify`): `pg` would turn a JS array into a PostgreSQL array literal.
   */
  query<R extends Row = Row>(
    text: string,
    values?: readonly unknown[],
    opts?: QueryOptions,
  ): Promise<{ rows: R[]; rowCount: number }>;
  /**
   * Only on the `q` of a PostgreSQL transaction: this statement and COMMIT in one round trip, ending the
   * transaction (a statement after it throws). It rejects with the statement's error, or with COMMIT's. Where it
   * is absent, send the statement with `query` and let the transaction commit as usual.
   */
  queryAndCommit?<R extends Row = Row>(
    text: string,
    values?: readonly unknown[],
    opts?: QueryOptions,
  ): Promise<{ rows: R[]; rowCount: number }>;
}

export type QueryOptions = {
  /**
   * A statement the server sends again and again with the same text (the push path's): on PostgreSQL it is
   * prepared once per connection, under a name derived from its text, and then sent as its parameters alone —
   * neither its text crosses the socket nor does the database parse it again. Only for texts drawn from a small
   * fixed set: each distinct text stays prepared on every connection that ran it.
   */
  prepare?: boolean;
};

export type Isolation = 'read committed' | 'repeatable read' | 'serializable';

export interface ServerDb extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** True for PGlite: one process holds the data dir, so the server cannot be scaled out. */
  readonly singleMachine: boolean;
  /**
   * BEGIN .. COMMIT around `fn`, ROLLBACK when it throws (the error is rethrown). Inside `fn` use only `q`:
   * on PGlite a call to the outer `query`/`tx` from inside waits for this transaction and never returns.
   */
  tx<T>(fn: (q: Queryable) => Promise<T>, opts?: { isolation?: Isolation }): Promise<T>;
  /**
   * PostgreSQL only: LISTEN on `channel` over a connection of its own (reconnected when lost) and hand each
   * NOTIFY payload to `onPayload`; resolves once listening, to a function that stops. Absent on PGlite, where
   * one process holds the database and in-process signalling suffices. A notification lost while reconnecting
   * is not replayed: use it only for hints that something else catches up on.
   */
  listen?(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
