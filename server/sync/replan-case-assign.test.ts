import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { isWorkday, officialCalendar } from '../../shared/calendar';
import { computeDeadlines, loadRuleSet } from '../../shared/deadlines';
import type { PushResponse, WireMutation } from '../../shared/sync/protocol';
import defaultRules from '../../resources/deadline-rules/default.json';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { COMMITTEE, U, enrolDevice, seedOffices, staffRow, syncApp } from '../testing/sync-fixture';
import { pushVia } from '../testing/scope-scenario';
import { acceptMutation, registerMutation, uid } from '../testing/wire-builders';
import { commitRows } from './rows';

const AT = '2026-11-25T02:00:00.000Z';
const CASE = uid('assign-replan-case');
const ARB2 = uid('assign-replan-arb2');
const ARB3 = uid('assign-replan-arb3');

/** The case's first open deadline on a working day, as the shared engine counts it from the accepted log. */
function firstWorkdayDeadline(): string {
  const rules = loadRuleSet(defaultRules);
  if (!rules.ok) throw new Error('shipped rules invalid');
  const due = computeDeadlines({
    kind: 'arbitration',
    events: [
      { type: 'case.received', occurredOn: '2026-11-20', payload: {} },
      { type: 'arb.accept', occurredOn: '2026-11-20', payload: { simple: false } },
    ],
    rules: rules.rules,
    calendar: officialCalendar,
    today: '2026-11-25',
  })
    .filter((d) => ['pending', 'overdue', 'paused'].includes(d.status))
    .map((d) => d.dueDate)
    // Only days inside the bundled calendar (2026): a later year is a gap, never guessed.
    .filter((d): d is string => d !== null && d < '2027-01-01' && isWorkday(d))
    .sort()[0];
  if (due === undefined) throw new Error('an accepted case has a working-day deadline');
  return due;
}

const assign = (id: number, b: string, handlerInRow: string): WireMutation => ({
  id,
  name: 'case.assign',
  version: 1,
  args: { id: uid(`assign-${id}`), caseId: CASE, a: U.admin, b, kind: 'override', reason: '熟悉该企业' },
  bases: [],
  changes: [
    {
      entity: 'case',
      id: CASE,
      op: 'upsert',
      created: false,
      row: { id: CASE, handlerId: handlerInRow, bHandlerId: b, updatedAt: AT },
      bases: { handlerId: 0, bHandlerId: 0 },
    },
  ],
  hlc: `0000000${id}-0000-dev`,
  deviceTime: AT,
  userId: U.admin,
});

/**
 * 指定 A角/B角 is re-planned on the server like every mutation (issue 11 item 2): the AB角 rules run over the
 * server's rows — its leaves, the case's log and the deadlines the shared engine computes from it — and what is
 * stored is what the planner derives from the args.
 */
describe.each(DB_KINDS)('case.assign re-planned on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  let auth: string;
  let next = 1;
  const push = async (ms: WireMutation[]): Promise<PushResponse> => {
    const r = await pushVia(app, auth, 'dev-assign', ms);
    next += ms.length;
    return r;
  };

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    await db.tx((q) =>
      commitRows(
        q,
        [
          staffRow(ARB2, COMMITTEE, 'arb2', ['arbitrator']),
          staffRow(ARB3, COMMITTEE, 'arb3', ['arbitrator']),
        ],
        {
          clientId: null,
          mutationId: null,
        },
      ),
    );
    app = await syncApp(db);
    auth = await enrolDevice(app, 'dev-assign', 'admin');
    const reg = registerMutation(next, {
      caseId: CASE,
      officeId: COMMITTEE,
      userId: U.admin,
      kind: 'arbitration',
    });
    const row = reg.changes[0]?.row ?? {};
    const accept = acceptMutation(next + 1, {
      userId: U.admin,
      caseRow: row,
      caseRowSeq: 0,
      eventId: uid('assign-replan-accept'),
      occurredOn: '2026-11-20',
    });
    expect((await push([reg, accept])).results.map((r) => r.outcome)).toEqual(['applied', 'applied']);
    const day = firstWorkdayDeadline();
    const leave = (id: number, staffId: string): WireMutation => ({
      id,
      name: 'staff.recordLeave',
      version: 1,
      args: { id: uid(`assign-leave-${staffId}`), staffId, kind: 'leave', from: day, to: day },
      bases: [],
      changes: [],
      hlc: `0000000${id}-0000-dev`,
      deviceTime: AT,
      userId: U.admin,
    });
    const leaves = await push([leave(next, U.admin), leave(next + 1, ARB2)]);
    expect(leaves.results.map((r) => r.outcome)).toEqual(['applied', 'applied']);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('refuses A and B both away on a deadline day, from the rows the server holds', async () => {
    const r = await push([assign(next, ARB2, U.admin)]);
    expect(r.results[0]).toMatchObject({ outcome: 'rejected', code: 'rule' });
    expect(r.results[0]?.reason).toContain('均不在岗');
  });

  it('stores the handlers the args name, not a forged handler in the pushed row', async () => {
    const r = await push([assign(next, ARB3, ARB2)]);
    expect(r.results[0]?.outcome, JSON.stringify(r.results[0])).toBe('applied');
    const stored = await db.query<{ data: Record<string, unknown> }>(
      'SELECT data FROM entity_rows WHERE id = $1',
      [CASE],
    );
    expect(stored.rows[0]?.data).toMatchObject({ handlerId: U.admin, bHandlerId: ARB3 });
  });
});
