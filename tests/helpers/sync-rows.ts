import type { RowChange } from '../../shared/sync/changes';
import { ENTITY_SPECS, SYNC_ENTITIES, type SyncEntity } from '../../shared/sync/entities';
import { idNumberCheckChar } from '../../shared/validate/id-number';
import type { Db } from '../../electron/main/db/connection';
import type { CorrectionsFixture } from './corrections';

/** A valid 18-digit 公民身份号码 born on 1990-01-01 in 福州 with sequence `seq` (3 digits). */
export const idNumber = (seq: number): string => {
  const body = `35010219900101${String(seq).padStart(3, '0')}`;
  return body + idNumberCheckChar(body);
};

/** The captured changes stored with the newest outbox entry. */
export function lastChanges(fx: CorrectionsFixture): RowChange[] {
  const e = fx.core.services.repos.outbox.list().at(-1);
  return JSON.parse(e?.changes ?? '[]') as RowChange[];
}

/** Every row id of every synced table, in insertion order (parents before children). */
export function allRowIds(db: Db): { entity: SyncEntity; id: string }[] {
  return SYNC_ENTITIES.flatMap((entity) =>
    (db.prepare(`SELECT id FROM ${ENTITY_SPECS[entity].table} ORDER BY rowid`).all() as { id: string }[]).map(
      (r) => ({ entity, id: r.id }),
    ),
  );
}

/** A blob the core's store holds, so documents.record accepts it. */
export function aBlob(fx: CorrectionsFixture, text = 'docx bytes'): string {
  return fx.core.blobs.put(Buffer.from(text)).sha256;
}

/**
 * Writes at least one row of every synced entity through the mutations: offices, staff and settings at set-up,
 * a case with parties, claims and events, an element sheet, a document, a leave, a declared relationship and an
 * A/B assignment.
 */
export function populateEveryEntity(fx: CorrectionsFixture): { caseId: string } {
  const run = (name: Parameters<typeof fx.core.services.mutations.run>[0], args: unknown) => {
    const r = fx.core.services.mutations.run(name, args, fx.director);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value;
  };
  const a = fx.staff('甲仲裁员', ['arbitrator']);
  const b = fx.staff('乙仲裁员', ['arbitrator']);
  const caseId = fx.register();
  run('settings.set', { key: 'claim.synonyms', value: { overtime: ['加点'] } });
  run('elements.saveSheet', {
    caseId,
    templateId: 'double_wages',
    templateVersion: 1,
    side: 'applicant',
    data: {
      claimedAmountFen: 5_000_000,
      hireDate: '2024-01-01',
      contractSigned: false,
      monthlyWageFen: 500_000,
      separationDate: '2025-08-31',
    },
  });
  run('documents.record', {
    caseId,
    templateId: 'acceptance_notice',
    options: '{}',
    title: '受理通知书',
    dataHash: 'a'.repeat(64),
    blobSha256: aBlob(fx),
    fileName: 'x.docx',
    size: 10,
  });
  run('staff.recordLeave', { staffId: a.id, kind: 'leave', from: '2026-12-01', to: '2026-12-03' });
  run('staff.declareRelationship', { staffId: b.id, partyName: '某某公司', relation: '亲属' });
  fx.assignA(caseId, a, b);
  pullConflict(fx, caseId);
  return { caseId };
}

/**
 * A conflict record as a pull brings it (only the server creates them): the case's first party's phone, kept
 * as stored, another device's value held back.
 */
export function pullConflict(
  fx: Pick<CorrectionsFixture, 'core' | 'director'>,
  caseId: string,
  id = CONFLICT_ID,
  about?: {
    rowEntity: 'case' | 'party';
    rowId: string;
    fields: { field: string; kept: unknown; other: unknown }[];
  },
): string {
  const repos = fx.core.services.repos;
  const party = repos.rowReader.list('party', { caseId })[0];
  if (party === undefined) throw new Error('the case has no party');
  const target = about ?? {
    rowEntity: 'party' as const,
    rowId: party.id,
    fields: [{ field: 'phone', kept: party.phone, other: '13900000000' }],
  };
  repos.rowWriter.writePulledRow(
    'conflict',
    {
      id,
      caseId,
      officeId: party.officeId,
      ...target,
      keptBy: fx.director.id,
      keptAt: '2026-12-01T01:00:00.000Z',
      keptClient: 'client-a',
      otherBy: fx.director.id,
      otherAt: '2026-12-01T02:00:00.000Z',
      otherClient: 'client-b',
      otherMutationId: 7,
      createdAt: '2026-12-01T03:00:00.000Z',
      resolvedAt: null,
      resolvedBy: null,
      resolution: null,
      resolvedValues: null,
      resolveReason: null,
    },
    { rowSeq: 1, fieldSeqs: {}, deleted: null },
  );
  return id;
}

export const CONFLICT_ID = '0b6f2c1e-5d7a-5b3c-a1e2-3f4a5b6c7d8e';
