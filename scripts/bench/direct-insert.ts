import type { Db } from '../../electron/main/db/connection';
import type { CaseAggregateRows, Row } from './case-rows';

/**
 * The floor's writer: the same INSERT statements the repositories run for a case aggregate (cases,
 * case_reasons, parties, claims, events, case_search — whose trigger feeds the FTS index), prepared once.
 * No validation, no shadow/outbox/audit rows, no counters: only the domain rows themselves.
 */
export type DirectInserter = {
  insert(rows: CaseAggregateRows): void;
  insertOffice(id: string, shortName: string): void;
  /** One more event of a case already inserted (a walked step). */
  insertEvent(row: Row): void;
};

export function createDirectInserter(db: Db): DirectInserter {
  const insertCase = db.prepare(
    `INSERT INTO cases (id, office_id, kind, provisional_no, official_no, status, received_date, accepted_date,
       closed_date, reasons, is_collective, worker_count, is_migrant_wage, summary, created_at, created_by, updated_at)
     VALUES (@id, @officeId, @kind, @provisionalNo, @officialNo, @status, @receivedDate, @acceptedDate,
       @closedDate, @reasons, @isCollective, @workerCount, @isMigrantWage, @summary, @createdAt, @createdBy, @updatedAt)`,
  );
  const insertReason = db.prepare('INSERT OR IGNORE INTO case_reasons (reason, case_id) VALUES (?, ?)');
  const insertParty = db.prepare(
    `INSERT INTO parties (id, case_id, office_id, kind, role, name, id_number, credit_code, sex, birth_date,
       ethnicity, address, phone, legal_rep, legal_rep_title, represents_party_id, agent_type, authority, sort_order, created_at)
     VALUES (@id, @caseId, @officeId, @kind, @role, @name, @idNumber, @creditCode, @sex, @birthDate,
       @ethnicity, @address, @phone, @legalRep, @legalRepTitle, @representsPartyId, @agentType, @authority, @sortOrder, @createdAt)`,
  );
  const insertClaim = db.prepare(
    `INSERT INTO claims (id, case_id, office_id, type, description, amount_fen, sort_order, created_at)
     VALUES (@id, @caseId, @officeId, @type, @description, @amountFen, @sortOrder, @createdAt)`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (id, case_id, office_id, type, occurred_on, recorded_at, actor_id, payload, supersedes_event_id, hlc)
     VALUES (@id, @caseId, @officeId, @type, @occurredOn, @recordedAt, @actorId, @payload, @supersedesEventId, @hlc)`,
  );
  const insertSearch = db.prepare(
    `INSERT INTO case_search (case_id, text) VALUES (?, ?)
     ON CONFLICT(case_id) DO UPDATE SET text = excluded.text`,
  );
  const insertOffice = db.prepare(
    `INSERT INTO offices (id, office_id, kind, name, short_name, parent_id, created_at)
     VALUES (?, ?, 'committee', '示例市劳动人事争议仲裁委员会', ?, NULL, ?)`,
  );
  return {
    insert(rows) {
      insertCase.run(rows.caseRow);
      const caseId = rows.caseRow['id'];
      for (const r of rows.reasons) insertReason.run(r, caseId);
      for (const p of rows.parties) insertParty.run(p);
      for (const c of rows.claims) insertClaim.run(c);
      insertEvent.run(rows.event);
      insertSearch.run(rows.search.caseId, rows.search.text);
    },
    insertEvent(row) {
      insertEvent.run(row);
    },
    insertOffice(id, shortName) {
      insertOffice.run(id, id, shortName, new Date().toISOString());
    },
  };
}
