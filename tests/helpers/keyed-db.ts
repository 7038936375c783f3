import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { connect, type Db } from '../../electron/main/db/connection';
import { DEV_KEY_FILE, devKeyStore } from '../../electron/main/db/db-key';

/**
 * The development key of the data folder holding `file` (the database or a backup in its `backups/`): tests that
 * read a core's files directly open them encrypted, as the core does (issue 15 item 1).
 */
export function dataDirKeyOf(file: string): Buffer {
  for (let dir = dirname(file), n = 0; n < 3; dir = dirname(dir), n++) {
    if (existsSync(join(dir, DEV_KEY_FILE))) {
      const key = devKeyStore(dir).load();
      if (key !== null) return key;
    }
  }
  throw new Error(`no ${DEV_KEY_FILE} above ${file}`);
}

/** `file` opened with its data folder's key. */
export const openKeyed = (file: string, opts: { readonly?: boolean } = {}): Db =>
  connect(file, { key: dataDirKeyOf(file), ...opts });
