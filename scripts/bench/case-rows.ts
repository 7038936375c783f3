import type { ImportCaseInput } from '../../shared/domain/case/case.schema';
import type { CaseStatus } from '../../shared/domain/case/case-status';
import { buildSearchText } from '../../shared/search/search-text';

/**
 * The rows one case aggregate occupies, as SQL parameters — a plain re-statement of what
 * electron/main/mutations/case-register.ts (insertCaseAggregate) writes for the domain tables, so the floor
 * inserts exactly the same rows the app does. Kept in step with that file by hand; it is bench code only.
 */
export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

export type CaseAggregateRows = {
  caseRow: Row;
  reasons: string[];
  parties: Row[];
  claims: Row[];
  event: Row;
  search: { caseId: string; text: string };
};

export type CaseState = {
  status: CaseStatus;
  officialNo: string | null;
  acceptedDate: string | null;
  closedDate: string | null;
  eventType: 'case.received' | 'case.imported';
};

export type RowContext = {
  newId: () => string;
  provisionalNo: string;
  actorId: string;
  nowIso: string;
  hlc: string;
};

/** The state a registration (收件登记) gives a new case. */
export const RECEIVED_STATE: CaseState = {
  status: 'received',
  officialNo: null,
  acceptedDate: null,
  closedDate: null,
  eventType: 'case.received',
};

/** The state a historical import keeps from its input. */
export const importedState = (c: ImportCaseInput): CaseState => ({
  status: c.status,
  officialNo: c.officialNo ?? null,
  acceptedDate: c.acceptedDate ?? null,
  closedDate: c.closedDate ?? null,
  eventType: 'case.imported',
});

const bit = (b: boolean): number => (b ? 1 : 0);
/** Optional fields go through z.preprocess, so their input type is unknown; generated values are plain. */
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' ? v : null);

export function caseAggregateRows(c: ImportCaseInput, state: CaseState, ctx: RowContext): CaseAggregateRows {
  const id = ctx.newId();
  const reasons = [...new Set(c.reasons)];
  const caseRow: Row = {
    id,
    officeId: c.officeId,
    kind: c.kind,
    provisionalNo: ctx.provisionalNo,
    officialNo: state.officialNo,
    status: state.status,
    receivedDate: c.receivedDate,
    acceptedDate: state.acceptedDate,
    closedDate: state.closedDate,
    reasons: JSON.stringify(reasons),
    isCollective: bit(c.isCollective),
    workerCount: c.workerCount ?? null,
    isMigrantWage: bit(c.isMigrantWage),
    summary: text(c.summary),
    createdAt: ctx.nowIso,
    createdBy: ctx.actorId,
    updatedAt: ctx.nowIso,
  };
  const partyIds = c.parties.map(() => ctx.newId());
  const parties: Row[] = c.parties.map((p, i) => ({
    id: partyIds[i] ?? null,
    caseId: id,
    officeId: c.officeId,
    kind: p.kind,
    role: p.role,
    name: p.name,
    idNumber: p.kind === 'employer' ? null : text(p.idNumber),
    creditCode: p.kind === 'employer' ? text(p.creditCode) : null,
    sex: p.kind === 'worker' ? text(p.sex) : null,
    birthDate: p.kind === 'worker' ? text(p.birthDate) : null,
    ethnicity: p.kind === 'worker' ? text(p.ethnicity) : null,
    address: p.kind === 'agent' ? null : text(p.address),
    phone: text(p.phone),
    legalRep: p.kind === 'employer' ? text(p.legalRep) : null,
    legalRepTitle: p.kind === 'employer' ? text(p.legalRepTitle) : null,
    representsPartyId: p.kind === 'agent' ? (partyIds[p.representsIndex] ?? null) : null,
    agentType: p.kind === 'agent' ? p.agentType : null,
    authority: p.kind === 'agent' ? p.authority : null,
    sortOrder: i,
    createdAt: ctx.nowIso,
  }));
  // Principals first, so an agent's foreign key to the party it represents resolves (as the app does).
  parties.sort((a, b) => Number(a['kind'] === 'agent') - Number(b['kind'] === 'agent'));
  const claims: Row[] = c.claims.map((cl, i) => ({
    id: ctx.newId(),
    caseId: id,
    officeId: c.officeId,
    type: cl.type,
    description: text(cl.description),
    amountFen: int(cl.amountFen),
    sortOrder: i,
    createdAt: ctx.nowIso,
  }));
  const event: Row = {
    id: ctx.newId(),
    caseId: id,
    officeId: c.officeId,
    type: state.eventType,
    occurredOn: c.receivedDate,
    recordedAt: ctx.nowIso,
    actorId: ctx.actorId,
    payload: JSON.stringify({ kind: c.kind, provisionalNo: ctx.provisionalNo }),
    supersedesEventId: null,
    hlc: ctx.hlc,
  };
  const searchText = buildSearchText([
    ctx.provisionalNo,
    state.officialNo,
    ...parties.flatMap((p) =>
      [p['name'], p['idNumber'], p['creditCode']].map((v) => (typeof v === 'string' ? v : null)),
    ),
  ]);
  return { caseRow, reasons, parties, claims, event, search: { caseId: id, text: searchText } };
}
