import { DEFAULT_CASE_NUMBER_PATTERN, formatCaseNumber } from '../../shared/documents/case-number';
import type { Queryable } from '../db/types';
import { getRow, getSetting, type RowWrite } from './rows';

/**
 * Official case numbers come from the centre (issue 11 item 7): at 受理 the server takes the next number of the
 * committee's year from `case_number_counters` — an upsert that holds the counter row's lock until the
 * transaction commits, so two concurrent acceptances (even on two server processes) never get the same number,
 * and a rolled-back acceptance gives its number back (gapless). The number is written onto the case row in the
 * same transaction and reaches every desktop, the station's too, through the pull feed.
 */
export async function assignOfficialNumber(
  q: Queryable,
  caseWrite: RowWrite,
  acceptedOn: string,
): Promise<string | null> {
  const data = caseWrite.data;
  if (data === null || data['kind'] !== 'arbitration') return null;
  if (typeof data['officialNo'] === 'string' && data['officialNo'] !== '') return null;
  const committeeId = caseWrite.officeId;
  const office = await getRow(q, 'office', committeeId);
  const profile = ((await getSetting(q, 'committee.profile')) ?? {}) as {
    shortName?: string;
    caseNumberPattern?: string;
  };
  const pattern = profile.caseNumberPattern ?? DEFAULT_CASE_NUMBER_PATTERN;
  const officeShort = office?.data?.['shortName'];
  const shortName = profile.shortName ?? (typeof officeShort === 'string' ? officeShort : '');
  const year = Number(acceptedOn.slice(0, 4));
  for (;;) {
    const r = await q.query<{ next: number }>(
      `INSERT INTO case_number_counters (committee_id, year, next) VALUES ($1, $2, 1)
       ON CONFLICT (committee_id, year) DO UPDATE SET next = case_number_counters.next + 1 RETURNING next`,
      [committeeId, year],
    );
    const seq = Number(r.rows[0]?.next);
    const no = formatCaseNumber(pattern, { shortName, year, seq, type: '案' });
    // A number already carried by an imported case (in any office) is skipped, never handed out twice; by index,
    // as the tables' owner (migration 0007: under the device's row-level security it read every case).
    const taken = await q.query<{ taken: boolean }>('SELECT sync_official_no_taken($1) AS taken', [no]);
    if (taken.rows[0]?.taken !== true) {
      caseWrite.data = { ...data, officialNo: no };
      caseWrite.changed =
        caseWrite.changed === '*' ? '*' : [...new Set([...caseWrite.changed, 'officialNo'])];
      return no;
    }
  }
}
