import { describe, expect, it } from 'vitest';
import { MUTATIONS, type MutationName } from './definitions';
import { UPCASTERS, upcastArgs } from './upcasters';

const names = Object.keys(MUTATIONS) as MutationName[];
const caseId = '0193a000-0000-7000-8000-000000000001';

describe('upcasters (sync §2.13)', () => {
  it('has a step for every version below each mutation’s current one', () => {
    for (const n of names)
      for (let v = 1; v < MUTATIONS[n].version; v++)
        expect(UPCASTERS[n]?.[v], `${n} ${v}→${v + 1}`).toBeDefined();
  });

  it('leaves current args alone', () => {
    const args = { caseId, grounds: 'duplicate', reason: '重复登记' };
    expect(upcastArgs('case.void', 2, args)).toEqual({ ok: true, args });
  });

  it('brings a version-1 void to version 2, which the current schema accepts', () => {
    const v1 = { caseId, reason: '登记错误', eventId: caseId };
    expect(MUTATIONS['case.void'].args.safeParse(v1).success).toBe(false);
    const r = upcastArgs('case.void', 1, v1);
    expect(r).toEqual({ ok: true, args: { ...v1, grounds: 'other' } });
    expect(r.ok && MUTATIONS['case.void'].args.safeParse(r.args).success).toBe(true);
  });

  it('refuses a version newer than this build knows, in Chinese', () => {
    const r = upcastArgs('case.void', 3, { caseId, reason: 'x' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain('来自更新版本的程序（第 3 版，本程序只认识到第 2 版）');
  });

  it('refuses an older version with no step, and args that are not an object', () => {
    expect(upcastArgs('case.void', 0, {}).ok).toBe(false);
    expect(upcastArgs('case.void', 1, 'x').ok).toBe(false);
  });
});
