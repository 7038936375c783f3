import { up as init } from './0001_init';
import { up as rowSecurity } from './0002_row_security';
import { up as conflictRecords } from './0003_conflict_records';
import { up as blobs } from './0004_blobs';
import { up as adoption } from './0005_adoption';
import { up as feedWatermark } from './0006_feed_watermark';
import { up as rowsByKey } from './0007_rows_by_key';

/** One server migration: SQL applied in its own transaction; `version` is its number, contiguous from 1. */
export type ServerMigration = { readonly version: number; readonly name: string; readonly up: string };

/**
 * The server's migrations in order, as TypeScript string modules (as the desktop's chain, ARCHITECTURE.md): the
 * same list works under tsx, vitest and any bundle. Append only; a synced table only ever gains tables, columns
 * and indexes (tests/architecture/additive-migrations.test.ts).
 */
export const SERVER_MIGRATIONS: readonly ServerMigration[] = [
  { version: 1, name: '0001_init', up: init },
  { version: 2, name: '0002_row_security', up: rowSecurity },
  { version: 3, name: '0003_conflict_records', up: conflictRecords },
  { version: 4, name: '0004_blobs', up: blobs },
  { version: 5, name: '0005_adoption', up: adoption },
  { version: 6, name: '0006_feed_watermark', up: feedWatermark },
  { version: 7, name: '0007_rows_by_key', up: rowsByKey },
];
