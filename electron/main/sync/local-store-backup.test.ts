import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PullPage, PulledRow } from '../../../shared/sync/protocol';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import { openKeyed } from '../../../tests/helpers/keyed-db';
import { writeBackup } from '../db/migrate';
import type { Actor } from '../mutations/types';
import { createLocalSyncStore, MASS_REMOVAL_ROWS } from './local-store';

const NOW = Date.parse('2026-11-25T02:00:00.000Z');
let core: TestCore;
let admin: Actor;
const backups = () => join(core.dataDir, 'backups');
const leaveId = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

const leave = (i: number) => ({
  id: leaveId(i),
  officeId: admin.officeId as string,
  staffId: admin.id,
  kind: 'leave',
  fromDate: '2026-12-01',
  toDate: '2026-12-01',
  note: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  createdBy: admin.id,
});

beforeEach(() => {
  core = createTestCore({ now: () => NOW });
  admin = initialize(core);
  // Rows this desktop holds as the server confirmed them: leave records pulled earlier.
  for (let i = 0; i < MASS_REMOVAL_ROWS + 5; i++)
    core.services.repos.rowWriter.writePulledRow('leave', leave(i), {
      rowSeq: i + 1,
      fieldSeqs: {},
      deleted: null,
    });
});
afterEach(() => core.dispose());

function store() {
  return createLocalSyncStore({
    db: core.db,
    repos: core.services.repos,
    mutations: core.services.mutations,
    refreshDerived: () => undefined,
    appVersion: 'test',
    now: () => NOW,
    backup: (label) => writeBackup(core.db, backups(), label, new Date(NOW)),
  });
}

const tombstones = (from: number, n: number, seq: number): PullPage => ({
  rows: Array.from({ length: n }, (_, k): PulledRow => ({
    seq: seq + k,
    entity: 'leave',
    id: leaveId(from + k),
    officeId: admin.officeId as string,
    op: 'delete',
    data: leave(from + k),
    rowSeq: seq + k,
    fieldSeqs: {},
    deleted: { at: '2026-11-25T01:00:00.000Z', by: admin.id, reason: '登记错误' },
  })),
  cursor: seq + n,
  more: false,
  lastMutationId: 0,
  outcomes: [],
  checkpoint: null,
});

const liveLeaves = () => core.services.repos.rowReader.list('leave', {}).length;

/** Issue 12 item 4: before a pull removes many rows this desktop holds, it keeps a copy of the database first. */
describe('a pull that removes many rows', () => {
  it('takes no backup for a few removals, and a readable one before many, which still holds the rows', () => {
    const s = store();
    s.applyPage(tombstones(0, 5, 100));
    expect(liveLeaves()).toBe(MASS_REMOVAL_ROWS);
    expect(existsSync(backups()) ? readdirSync(backups()) : []).toEqual([]);

    s.applyPage(tombstones(5, MASS_REMOVAL_ROWS, 200));
    expect(liveLeaves()).toBe(0);
    const files = readdirSync(backups());
    expect(files).toEqual([
      expect.stringMatching(new RegExp(`before-pull-removing-${MASS_REMOVAL_ROWS}\\.sqlite$`)),
    ]);
    const copy = openKeyed(join(backups(), files[0] as string), { readonly: true });
    try {
      const n = copy.prepare('SELECT count(*) AS n FROM staff_leaves WHERE deleted_at IS NULL').get() as {
        n: number;
      };
      expect(n.n).toBe(MASS_REMOVAL_ROWS);
    } finally {
      copy.close();
    }
  });
});
