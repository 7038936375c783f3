/**
 * Placeholder for the migration number 0003, which another change (issue 12, schema versions) reserved: the
 * chain must be contiguous (migrate.ts), and 0004_blobs comes after it. It does nothing; when the real 0003 is
 * merged, it replaces this file.
 */
export const up = `SELECT 1;`;
