import { describe, expect, it } from 'vitest';
import type { Office } from '../../../shared/domain/office/office.schema';
import { atStation, stationsInScope } from './station-scope';

const office = (id: string, kind: Office['kind'], parentId: string | null): Office => ({
  id,
  kind,
  name: id,
  shortName: id,
  parentId,
});
const OFFICES = [
  office('c1', 'committee', null),
  office('s1', 'station', 'c1'),
  office('s2', 'station', 'c1'),
  office('c2', 'committee', null),
  office('s3', 'station', 'c2'),
];

describe('stations in scope', () => {
  it.each([
    ['a committee user sees its own stations', 'c1', ['s1', 's2']],
    ['a station user sees only its station', 's2', ['s2']],
    ['a user of another committee sees its stations only', 'c2', ['s3']],
    ['a user without an office sees none', null, []],
  ])('%s', (_what, userOffice, ids) => {
    expect(stationsInScope(OFFICES, userOffice).map((o) => o.id)).toEqual(ids);
  });

  it('knows a station user', () => {
    expect(atStation(OFFICES, 's1')).toBe(true);
    expect(atStation(OFFICES, 'c1')).toBe(false);
    expect(atStation(OFFICES, null)).toBe(false);
  });
});
