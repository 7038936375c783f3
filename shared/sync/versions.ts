/**
 * The desktop database schema versions (its SQLite migration level) this build of the server accepts pushes
 * from and serves pulls to (docs/sync.md, versions). A desktop outside the window keeps working offline and
 * holds its outbox until it is updated. A desktop test checks its latest migration lies inside the window, so
 * adding a migration without deciding about the window fails the suite.
 */
// min 11 (until 19): conflict records (migration 0011) arrive in the pull feed; an older desktop has nowhere to keep them,
// so it holds its outbox and asks for the update rather than dropping what the server sends.
// max 12: migration 0012 compacts local tables only (audit images, acknowledged outbox args); what a desktop
// pushes and pulls is the same at 11 and 12.
// max 13: migration 0013 stores deadline explanations' basis instead of their text and compacts the audit and
// outbox further; again local only.
// max 14: migration 0014 adds side indexes of the local search text (bigrams, 18-character keys); local only.
// max 15: migration 0015 adds a digest per case of the local deadline projection; local only.
// max 16: migration 0016 adds the case list's counts, kept by triggers; local only.
// max 17: migration 0017 stops repeating the outbox row's values in the audit and shrinks the search index;
// local only.
// max 18: migration 0018 adds an index of the open cases (the deadline recompute's scan); local only.
// min and max 19: from migration 0019 a desktop makes 16-character ids (shared/util/compact-id.ts). A desktop
// below 19 refuses them in its own forms (its Id schema knows UUIDs only), so it holds its outbox and asks for
// the update instead of pulling records it could not act on; a server below 19 refuses them, so a desktop at 19
// holds until the server is updated. What the wire carries is otherwise the same.
// max 20: migration 0020 lets acknowledged outbox args use a second compression dictionary; local only.
// max 21: migration 0021 leaves stop grams out of the local search's bigram index; local only.
export const SUPPORTED_DESKTOP_SCHEMA = { min: 19, max: 21 } as const;
