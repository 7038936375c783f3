import { afterEach, describe, expect, it } from 'vitest';
import { formatHlc } from '../../../../shared/sync/hlc';
import { aCase } from '../../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../../tests/helpers/core';
import { deviceTimeOf, storedDeviceTime } from './outbox-device-time';

const T = Date.parse('2026-11-25T02:00:00.123Z');
const hlcAt = (ms: number, counter = 0) => formatHlc({ ms, counter }, 'node0001');

/** Issue 12 item 5: an outbox entry's device time is kept as its HLC's when it is that time, read back whole. */
describe('outbox device time', () => {
  it.each([
    ['the HLC’s own millisecond is stored as empty text', hlcAt(T, 3), new Date(T).toISOString(), ''],
    [
      'a clock stepped back (the HLC kept its time) is stored whole',
      hlcAt(T),
      new Date(T - 5).toISOString(),
      null,
    ],
    ['a time in another form is stored whole', hlcAt(T), '2026-11-25T10:00:00.123+08:00', null],
    ['an HLC that cannot be read keeps the time whole', 'not-an-hlc', new Date(T).toISOString(), null],
  ])('%s', (_label, hlc, deviceTime, stored) => {
    const s = storedDeviceTime(hlc, deviceTime);
    expect(s).toBe(stored ?? deviceTime);
    expect(deviceTimeOf(s, hlc)).toBe(deviceTime);
  });

  it('refuses to make up a time for an empty text whose HLC cannot be read', () => {
    expect(() => deviceTimeOf('', 'not-an-hlc')).toThrow(/HLC/);
  });

  let core: TestCore | null = null;
  afterEach(() => core?.dispose());

  it('through the app: stored short, read whole by the outbox, the wire and the audit, whose chain verifies', () => {
    let now = T;
    core = createTestCore({ now: () => now });
    const admin = initialize(core);
    const reg = () => {
      const r = core?.services.mutations.run('case.register', aCase(admin.officeId as string), admin);
      if (!r?.ok) throw new Error(r?.error.message);
    };
    reg();
    now = T - 60_000; // the clock steps back a minute: the HLC keeps T, the device time is the clock's
    reg();
    const stored = core.db
      .prepare<[], { id: number; t: string }>(
        'SELECT mutation_id AS id, device_time AS t FROM outbox ORDER BY 1',
      )
      .all();
    const back = stored.at(-1);
    expect(back?.t).toBe(new Date(T - 60_000).toISOString());
    expect(stored.slice(0, -1).every((r) => r.t === '')).toBe(true);

    const read = core.services.repos.outbox.list();
    expect(read.map((r) => r.deviceTime)).toEqual([
      ...stored.slice(0, -1).map(() => new Date(T).toISOString()),
      new Date(T - 60_000).toISOString(),
    ]);
    const wire = core.services.repos.syncOutbox.pending(100);
    expect(wire.map((m) => m.deviceTime)).toEqual(read.map((r) => r.deviceTime));
    const audit = core.services.repos.audit.list();
    const byMutation = new Map(read.map((r) => [r.mutationId, r.deviceTime]));
    for (const a of audit) expect(a.at).toBe(byMutation.get(a.mutationId));
    expect(core.services.repos.audit.verifyChain()).toMatchObject({ broken: null });
  });
});
