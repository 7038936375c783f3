import { connect, type Db } from './connection';
import { vacuumDue } from './free-pages';

/** What opening an existing file would do on the app's thread before anything is shown. */
export type PendingUpgrade = { from: number; to: number; vacuum: boolean };

/**
 * Read-only look at an existing database: its data version and whether opening it would VACUUM it
 * (free-pages.ts). Nothing is written, so a file this cannot read is left for the core to open and report as it
 * always has (DB_CORRUPT, DB_KEY_LOST …).
 */
export function pendingUpgrade(
  file: string,
  latest: number,
  opts: { key: Buffer | null; nativeBinding?: string | undefined },
): PendingUpgrade {
  let db: Db | undefined;
  try {
    db = connect(file, {
      fileMustExist: true,
      nativeBinding: opts.nativeBinding,
      ...(opts.key !== null ? { key: opts.key } : {}),
    });
    const from = db.pragma('user_version', { simple: true }) as number;
    return { from, to: latest, vacuum: vacuumDue(db) };
  } finally {
    db?.close();
  }
}

/** Worth a worker and a progress window: an existing file to migrate or pack (never a new or a newer one). */
export const hasWork = (p: PendingUpgrade): boolean =>
  p.from > 0 && p.from <= p.to && (p.from < p.to || p.vacuum);
