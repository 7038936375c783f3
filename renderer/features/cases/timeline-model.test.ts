import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../../shared/domain/case/case.schema';
import { timelineEntries } from './timeline-model';

const ev = (id: string, type: string, occurredOn: string, over: Partial<CaseEvent> = {}): CaseEvent => ({
  id,
  caseId: 'c',
  type,
  label: type,
  occurredOn,
  recordedAt: `${occurredOn}T02:00:00.000Z`,
  actorId: 'u',
  actorName: '陈书记员',
  payload: {},
  supersedesEventId: null,
  ...over,
});

describe('the timeline as shown', () => {
  it('marks a voided step with the void’s reason, who and when, and hides the marker', () => {
    const entries = timelineEntries([
      ev('r', 'case.received', '2026-09-01'),
      ev('s', 'service.record', '2026-09-20'),
      ev('v', 'event.voided', '2026-11-25', {
        supersedesEventId: 's',
        actorName: '王主任',
        payload: { reason: '日期录错' },
      }),
    ]);
    expect(entries.map((e) => e.event.id)).toEqual(['r', 's']);
    expect(entries[1]).toMatchObject({
      voided: { reason: '日期录错', by: '王主任', at: '2026-11-25T02:00:00.000Z' },
      voidable: false,
    });
    expect(entries[0]?.voidable).toBe(false); // the receipt is corrected, never voided
  });

  it('shows a correction’s changes and reason, and strikes the receipt it replaced', () => {
    const changes = [{ field: 'receivedDate', label: '收件日期', before: '2026-09-03', after: '2026-09-01' }];
    const entries = timelineEntries([
      ev('r1', 'case.received', '2026-09-03'),
      ev('r2', 'case.received', '2026-09-01', {
        supersedesEventId: 'r1',
        payload: { correctionEventId: 'k' },
      }),
      ev('a', 'arb.accept', '2026-09-04'),
      ev('k', 'case.corrected', '2026-11-25', { payload: { reason: '收件日期录错', changes } }),
    ]);
    const byId = new Map(entries.map((e) => [e.event.id, e]));
    expect(byId.get('r1')?.corrected).toMatchObject({ reason: '收件日期录错' });
    expect(byId.get('r2')?.corrected).toBeNull();
    expect(byId.get('k')).toMatchObject({ changes, reason: '收件日期录错', voidable: false });
    expect(byId.get('a')?.voidable).toBe(true);
  });
  it('leads a case void’s reason with its category, and leaves an older void’s reason as it was', () => {
    const [v2, v1] = timelineEntries([
      ev('a', 'case.voided', '2026-11-25', { payload: { reason: '与 12 号重复', grounds: 'duplicate' } }),
      ev('b', 'case.voided', '2026-11-25', { payload: { reason: '登记错误' } }),
    ]);
    expect(v2?.reason).toBe('重复登记：与 12 号重复');
    expect(v1?.reason).toBe('登记错误');
  });
});
