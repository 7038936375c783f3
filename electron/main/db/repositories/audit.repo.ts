import type { Db } from '../connection';
import { argsText } from '../sync/outbox-args';
import { localAuditHash, type AuditEntry, type LocalChainReport } from './audit-chain';
import { decodeAuditDetail, encodeAuditDetail, type AuditImages } from './audit-detail';
import { hashHex, linkHolds, storedHash, storedLink } from './audit-hash-form';
import { deviceTimeOf, STORED_AS_HLC } from '../sync/outbox-device-time';

export type { AuditEntry } from './audit-chain';

/** The entry's outbox row: the args its images are compressed against, and the values it shares with it. */
type OutboxOfEntry = {
  args: string;
  argsZ: Uint8Array | null;
  argsDict: number | null;
  at: string;
  userId: string;
  mutation: string;
  hlc: string;
};

export type AuditRow = Omit<AuditEntry, 'before' | 'after'> & {
  id: number;
  before: unknown;
  after: unknown;
  status: string;
};

export function createAuditRepo(db: Db) {
  // Time, author, mutation name and HLC are stored only where they differ from the entry's outbox row, the entity
  // id only where it is not the case id (migration 0017); the reader puts them back.
  const insert = db.prepare(
    `INSERT INTO audit_log (mutation_id, entity, entity_id, case_id, office_id, detail, detail_args, prev_hash,
       hash, at, user_id, mutation, hlc)
     VALUES (@mutationId, @entity, @entityId, @caseId, @officeId, @detail, @detailArgs, @prevHash, @hash, @at,
       @userId, @mutation, @hlc)`,
  );
  const outboxRow = db.prepare<[number], OutboxOfEntry>(
    `SELECT args, args_z AS argsZ, args_dict AS argsDict, device_time AS at, user_id AS userId, name AS mutation,
       hlc FROM outbox WHERE mutation_id = ?`,
  );
  const head = db.prepare<[], { hash: string }>(
    'SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1',
  );
  // Each entry with its outbox row's args (the dictionary of an entry written with one, detail_args) and the
  // values the entry leaves to that row.
  const list = db.prepare<[], Record<string, unknown>>(
    `SELECT a.id, a.mutation_id, a.entity, ifnull(a.entity_id, a.case_id) AS entity_id, a.case_id, a.office_id,
       a.detail, a.detail_args, a.prev_hash, a.hash, a.before, a.after, ifnull(a.status, 'pending') AS status,
       ifnull(a.at, o.device_time) AS at, ifnull(a.user_id, o.user_id) AS user_id,
       ifnull(a.mutation, o.name) AS mutation, ifnull(a.hlc, o.hlc) AS hlc,
       o.args AS outbox_args, o.args_z AS outbox_args_z, o.args_dict AS outbox_args_dict, o.hlc AS outbox_hlc
     FROM audit_log a LEFT JOIN outbox o ON o.mutation_id = a.mutation_id ORDER BY a.id`,
  );
  return {
    /**
     * Appends one entry linked to the last (the caller's transaction makes read-then-write atomic; the entry's
     * outbox row is already written). The images are stored compressed against that row's args
     * (audit-detail.ts) and hashed as they read back, so the hash is of what is kept.
     */
    append(e: AuditEntry): void {
      const last = head.get()?.hash;
      const prevHex = last === undefined ? '' : hashHex(last);
      const stored = outboxRow.get(e.mutationId);
      // The outbox may keep its device time as its HLC's (outbox-device-time.ts): compare with the time itself.
      const row = stored === undefined ? undefined : { ...stored, at: deviceTimeOf(stored.at, stored.hlc) };
      const dictionary = row === undefined ? '' : argsText(row);
      const dict = dictionary === '' ? undefined : Buffer.from(dictionary, 'utf8');
      const detail = encodeAuditDetail(e, dict);
      const hash = localAuditHash(prevHex, { ...e, ...decodeAuditDetail(detail, dict) });
      const unlessOutbox = <K extends keyof OutboxOfEntry>(k: K, v: OutboxOfEntry[K]) =>
        row !== undefined && row[k] === v ? null : v;
      insert.run({
        mutationId: e.mutationId,
        entity: e.entity,
        entityId: e.caseId !== null && e.entityId === e.caseId ? null : e.entityId,
        caseId: e.caseId,
        officeId: e.officeId,
        detail,
        detailArgs: dict === undefined ? null : 1,
        prevHash: storedLink(prevHex),
        hash: storedHash(hash),
        at: unlessOutbox('at', e.at),
        userId: unlessOutbox('userId', e.userId),
        mutation: unlessOutbox('mutation', e.mutation),
        hlc: unlessOutbox('hlc', e.hlc),
      });
    },
    /**
     * Recomputes the chain and names the first entry an edit, removal or insertion broke. Entries without a hash
     * are accepted only before the chain's first entry (written before migration 0010); one after it was inserted.
     */
    verifyChain(): LocalChainReport {
      let prev: string | null = null;
      let entries = 0;
      let before = 0;
      const broken = (id: number, reason: string): LocalChainReport => ({
        entries,
        unchained: before,
        broken: { id, reason },
      });
      for (const r of list.iterate()) {
        const id = r['id'] as number;
        const images = imagesOf(r);
        if (images === null) return broken(id, CHANGED);
        const row = toRow(r, images);
        const stored = r['hash'] as string | null;
        if (stored === null) {
          if (prev !== null) return broken(row.id, '记录缺少摘要（在摘要链开始之后插入）');
          before++;
          continue;
        }
        entries++;
        if (!linkHolds(r['prev_hash'] as string | null, prev ?? ''))
          return broken(row.id, '前一条记录的摘要不符（其前有记录被删除、插入或改动）');
        const hash = hashHex(stored);
        if (localAuditHash(prev ?? '', row) !== hash) return broken(row.id, CHANGED);
        prev = hash;
      }
      return { entries, unchained: before, broken: null };
    },
    /** Every entry with its images decoded; an entry whose stored images cannot be read shows null for them. */
    list(): AuditRow[] {
      return list.all().map((r) => toRow(r, imagesOf(r) ?? { before: null, after: null }));
    },
  };
}

/** An entry whose stored content no longer gives its hash, or cannot be read at all: someone changed it. */
const CHANGED = '本条记录的内容与其摘要不符（记录被改动）';

const parsed = (v: unknown): unknown => (typeof v === 'string' ? (JSON.parse(v) as unknown) : null);

/**
 * The entry's before/after images from whichever form it was stored in: `detail` (migration 0012), compressed
 * against its outbox row's args when `detail_args` says so (0013), or the JSON text columns (earlier entries).
 * An entry with both forms, with a `detail` that does not decode, or marked for args its outbox row no longer
 * has, was written by no version of the app — null, which verifyChain reports as a changed entry.
 */
function imagesOf(r: Record<string, unknown>): AuditImages | null {
  const detail = r['detail'];
  if (detail === null || detail === undefined) {
    try {
      return { before: parsed(r['before']), after: parsed(r['after']) };
    } catch {
      return null;
    }
  }
  if (r['before'] !== null || r['after'] !== null || !(detail instanceof Uint8Array)) return null;
  try {
    return decodeAuditDetail(detail, r['detail_args'] === 1 ? dictionaryOf(r) : undefined);
  } catch {
    return null;
  }
}

/** The outbox args an entry was compressed against; throws when its outbox row or args are gone. */
function dictionaryOf(r: Record<string, unknown>): Buffer {
  const args = r['outbox_args'];
  const argsZ = r['outbox_args_z'];
  if (typeof args !== 'string') throw new Error('the entry’s outbox row is missing');
  const argsDict = r['outbox_args_dict'];
  const text = argsText({
    args,
    argsZ: argsZ instanceof Uint8Array ? argsZ : null,
    argsDict: typeof argsDict === 'number' ? argsDict : null,
  });
  if (text === '') throw new Error('the entry’s outbox row has no args');
  return Buffer.from(text, 'utf8');
}

function toRow(r: Record<string, unknown>, images: AuditImages): AuditRow {
  return {
    id: r['id'] as number,
    // NULL in the entry is the outbox row's device time, which that row may keep as its HLC's.
    at:
      r['at'] === STORED_AS_HLC
        ? deviceTimeOf(STORED_AS_HLC, r['outbox_hlc'] as string)
        : (r['at'] as string),
    userId: r['user_id'] as string,
    mutation: r['mutation'] as string,
    mutationId: r['mutation_id'] as number,
    entity: r['entity'] as string,
    entityId: r['entity_id'] as string,
    caseId: (r['case_id'] as string | null) ?? null,
    officeId: (r['office_id'] as string | null) ?? null,
    before: images.before,
    after: images.after,
    hlc: r['hlc'] as string,
    status: r['status'] as string,
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;
