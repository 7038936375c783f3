import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPlanStore } from './plan-store';
import { byId, filterMatches, type PlannedWrite, type RowReader } from './store-port';
import type { EntityRow, SyncEntity } from '../../sync/entities';

type Rows = Map<string, Record<string, unknown>>;

/** An in-memory store: the reference a plan's writes are applied to. */
function memoryReader(rows: Rows): RowReader {
  return {
    get: <E extends SyncEntity>(entity: E, id: string) =>
      (rows.get(`${entity}:${id}`) ?? null) as EntityRow<E> | null,
    list: <E extends SyncEntity>(entity: E, where: object) =>
      [...rows.entries()]
        .filter(([k, r]) => k.startsWith(`${entity}:`) && filterMatches(r, where))
        .map(([, r]) => r)
        .sort(byId) as EntityRow<E>[],
  };
}

function applyTo(rows: Rows, writes: readonly PlannedWrite[]): void {
  for (const w of writes) {
    const k = `${w.entity}:${w.id}`;
    if (w.op === 'insert') rows.set(k, { ...w.row });
    else if (w.op === 'update') rows.set(k, { ...rows.get(k), ...w.fields });
    else rows.delete(k);
  }
}

const leave = (id: string, staffId: string) => ({
  id,
  officeId: 'o1',
  staffId,
  kind: 'leave',
  fromDate: '2026-12-01',
  toDate: '2026-12-02',
  note: null,
  createdAt: '2026-12-01T00:00:00.000Z',
  createdBy: 'u1',
});

describe('the plan store', () => {
  it('shows a plan its own writes and never writes to the store it reads', () => {
    const rows: Rows = new Map([['leave:a', leave('a', 's1')]]);
    const store = createPlanStore(memoryReader(rows));
    store.insert('leave', leave('b', 's1'));
    store.update('leave', 'a', { note: '改' });
    expect(store.list('leave', { staffId: 's1' }).map((r) => [r.id, r.note])).toEqual([
      ['a', '改'],
      ['b', null],
    ]);
    expect(rows.get('leave:a')?.['note']).toBeNull();
    expect(rows.has('leave:b')).toBe(false);
  });

  it('folds later changes of a row into one write per row', () => {
    const store = createPlanStore(memoryReader(new Map([['leave:a', leave('a', 's1')]])));
    store.insert('leave', leave('b', 's1'));
    store.update('leave', 'b', { note: '一' });
    store.update('leave', 'a', { note: '二' });
    store.update('leave', 'a', { toDate: '2026-12-09' });
    expect(store.writes()).toEqual([
      { entity: 'leave', id: 'b', op: 'insert', row: { ...leave('b', 's1'), note: '一' } },
      { entity: 'leave', id: 'a', op: 'update', fields: { note: '二', toDate: '2026-12-09' } },
    ]);
  });

  it('refuses partial new rows, unknown fields, duplicates and writes to missing rows', () => {
    const store = createPlanStore(memoryReader(new Map([['leave:a', leave('a', 's1')]])));
    const { note: _dropped, ...partial } = leave('c', 's1');
    expect(() => store.insert('leave', partial as never)).toThrow(/malformed at note/);
    expect(() => store.update('leave', 'a', { nope: 1 } as never)).toThrow(/malformed at nope/);
    expect(() => store.insert('leave', leave('a', 's1'))).toThrow('记录已存在');
    expect(() => store.update('leave', 'zz', { note: 'x' })).toThrow('记录不存在或已删除');
    expect(() => store.remove('leave', 'zz', { at: 'x', by: null, reason: null })).toThrow(
      '记录不存在或已删除',
    );
    expect(store.writes()).toEqual([]);
  });

  it('property: applying the writes to the store gives exactly what the plan saw', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('insert' as const),
        id: fc.constantFrom(...ids),
        staff: fc.constantFrom('s1', 's2'),
      }),
      fc.record({
        kind: fc.constant('update' as const),
        id: fc.constantFrom(...ids),
        note: fc.string({ maxLength: 3 }),
      }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom(...ids) }),
    );
    fc.assert(
      fc.property(fc.subarray(ids), fc.array(op, { maxLength: 12 }), (initial, ops) => {
        const rows: Rows = new Map(initial.map((id) => [`leave:${id}`, leave(id, 's1')]));
        const before = JSON.stringify([...rows]);
        const store = createPlanStore(memoryReader(rows));
        for (const o of ops) {
          try {
            if (o.kind === 'insert') store.insert('leave', leave(o.id, o.staff));
            else if (o.kind === 'update') store.update('leave', o.id, { note: o.note });
            else store.remove('leave', o.id, { at: 't', by: null, reason: null });
          } catch {
            // a refused step (duplicate, missing row, removing a row made in the plan) leaves the plan as it was
          }
        }
        expect(JSON.stringify([...rows])).toBe(before);
        const seen = ['s1', 's2'].map((s) => store.list('leave', { staffId: s }));
        applyTo(rows, store.writes());
        const after = createPlanStore(memoryReader(rows));
        expect(['s1', 's2'].map((s) => after.list('leave', { staffId: s }))).toEqual(seen);
      }),
      { numRuns: 300 },
    );
  });
});
