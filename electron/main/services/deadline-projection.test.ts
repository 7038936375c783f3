import { describe, expect, it } from 'vitest';
import { openCaseKinds } from './deadline-projection';

// The kinds of open cases as a recompute hands them to projectCases (from the open-case scan, not the rows).
describe('openCaseKinds', () => {
  it.each([
    [[], [], []],
    [['a'], ['mediation'], [['a', 'mediation']]],
    [
      ['a', 'b', 'c'],
      ['arbitration', 'mediation', 'arbitration'],
      [
        ['a', 'arbitration'],
        ['b', 'mediation'],
        ['c', 'arbitration'],
      ],
    ],
  ] as const)('%j with %j: each id its kind, none voided', (ids, kinds, expected) => {
    const m = openCaseKinds(ids, kinds);
    expect([...m].map(([id, c]) => [id, c.kind])).toEqual(expected);
    expect([...m.values()].every((c) => !c.voided && Object.isFrozen(c))).toBe(true);
  });

  it('gives one object per kind, shared by every case of that kind', () => {
    const m = openCaseKinds(['a', 'b', 'c'], ['arbitration', 'mediation', 'arbitration']);
    expect(m.get('a')).toBe(m.get('c'));
    expect(openCaseKinds(['x'], ['arbitration']).get('x')).toBe(m.get('a'));
  });

  it('refuses a list of kinds shorter than the ids (a bug, sent home as a failed chunk)', () => {
    expect(() => openCaseKinds(['a', 'b'], ['mediation'])).toThrow(/without its kind/);
  });
});
