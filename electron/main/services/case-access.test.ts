import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';
import { caseReadRefusal } from './case-access';

// Who may see a case (the court bundle hands its files out): through the real core on a real SQLite file, a
// committee with two stations.

let core: TestCore;
let admin: Actor;
let stationA: string;
let stationB: string;
let mediatorA: Actor;

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const station = (name: string, shortName: string) =>
  must(
    core.services.mutations.run(
      'office.create',
      { kind: 'station', name, shortName, parentId: admin.officeId as string },
      admin,
    ),
  ).id;
const refusal = (caseId: string, officeId: string) => {
  const row = core.services.repos.cases.get(caseId);
  if (row === null) throw new Error('case missing');
  return caseReadRefusal(core.services.repos, row, { officeId });
};

beforeAll(() => {
  core = createTestCore({ now: () => Date.parse('2026-11-25T02:00:00Z') });
  admin = initialize(core);
  stationA = station('甲街道劳动争议调解中心', '甲街');
  stationB = station('乙街道劳动争议调解中心', '乙街');
  const m = must(
    core.services.staff.create(
      {
        officeId: stationA,
        name: '甲调解员',
        username: 'meda',
        password: 'password-123',
        roles: ['mediator'],
      },
      admin,
    ),
  );
  mediatorA = { id: m.id, roles: ['mediator'], officeId: stationA };
});
afterAll(() => core.dispose());

describe('caseReadRefusal', () => {
  it("lets the case's office and the committee above it see a station's case, not another station", () => {
    const input = aCase(stationA, { kind: 'mediation', receivedDate: '2026-11-20' });
    const id = must(core.services.mutations.run('case.register', input, mediatorA)).id;
    expect(refusal(id, stationA)).toBeNull();
    expect(refusal(id, admin.officeId as string)).toBeNull();
    expect(refusal(id, stationB)).toBe('本案属于甲街道劳动争议调解中心，您所在的机构无权查看本案材料');
  });

  it("keeps a station out of the committee's own case", () => {
    const input = aCase(admin.officeId as string, { kind: 'arbitration', receivedDate: '2026-11-20' });
    const id = must(core.services.mutations.run('case.register', input, admin)).id;
    expect(refusal(id, admin.officeId as string)).toBeNull();
    expect(refusal(id, stationA)).toContain('无权查看');
  });
});
