import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';

// 风险预警 over a real SQLite file: the repository's SQL finds the cases sharing a principal, the shared
// detection decides.
let core: TestCore;
let director: Actor;
beforeEach(() => {
  core = createTestCore({ now: () => Date.parse('2026-09-30T02:00:00Z') });
  director = initialize(core);
});
afterEach(() => core.dispose());

const register = (over: Parameters<typeof aCase>[1]) => {
  const r = core.services.mutations.run('case.register', aCase(director.officeId as string, over), director);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.id;
};
const candidate = (receivedDate: string) => ({
  receivedDate,
  isCollective: false,
  workerCount: null,
  parties: [
    { role: 'applicant', name: '张三', idNumber: '11010519491231002X' },
    { role: 'respondent', name: '福州市某某科技有限公司', creditCode: '91350100M000100Y43' },
  ],
});

describe('风险预警 (risk service)', () => {
  it('flags a registration duplicating one within the window, and only a repeat outside it', () => {
    register({ receivedDate: '2026-09-01' });
    expect(core.services.risk.check(candidate('2026-09-20')).map((w) => w.kind)).toEqual(['duplicate']);
    expect(core.services.risk.check(candidate('2026-09-20'))[0]?.message).toContain('30 日内');
    expect(core.services.risk.check(candidate('2026-10-05')).map((w) => w.kind)).toEqual([
      'repeat_applicant',
    ]);
  });

  it('follows the configured window', () => {
    register({ receivedDate: '2026-09-01' });
    expect(
      core.services.risk.setSettings({ duplicateWindowDays: 60, employerOpenCases: 3 }, director),
    ).toEqual({
      ok: true,
      value: { saved: true },
    });
    expect(core.services.risk.check(candidate('2026-10-05')).map((w) => w.kind)).toEqual(['duplicate']);
  });

  it('lists flagged open cases on the dashboard, a collective dispute first', () => {
    const a = register({ receivedDate: '2026-09-01' });
    const b = register({ receivedDate: '2026-09-05' });
    register({
      receivedDate: '2026-08-01',
      isCollective: true,
      workerCount: 12,
      parties: [
        { kind: 'worker', role: 'applicant', name: '李四' },
        { kind: 'employer', role: 'respondent', name: '某乙公司' },
      ],
    });
    const { rows, settings } = core.services.risk.dashboard();
    expect(settings.duplicateWindowDays).toBe(30);
    expect(rows[0]).toMatchObject({ collective: true, workerCount: 12 });
    expect(rows.slice(1).map((r) => r.caseId)).toEqual([b, a]);
    expect(rows[1]?.warnings.map((w) => w.kind)).toEqual(['duplicate']);
  });
});
