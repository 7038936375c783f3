/**
 * The desktop database schema versions (its SQLite migration level) this build of the server accepts pushes
 * from and serves pulls to (docs/sync.md, versions). A desktop outside the window keeps working offline and
 * holds its outbox until it is updated. A desktop test checks its latest migration lies inside the window, so
 * adding a migration without deciding about the window fails the suite.
 */
export const SUPPORTED_DESKTOP_SCHEMA = { min: 9, max: 10 } as const;
