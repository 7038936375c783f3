import { describe, expect, it } from 'vitest';
import { WORKLOAD_SORT_FIELDS, type WorkloadRow } from '../../../shared/assignment';
import { defaultDirection, WORKLOAD_COLUMNS, workloadCell } from './workload-columns';

const row: WorkloadRow = {
  staffId: 's',
  name: '甲',
  active: true,
  awayToday: false,
  openWeighted: 1.3000000000000003,
  openCount: 1,
  openAsB: 1,
  dueThisWeek: 2,
  dueSoon: null,
  overdue: 0,
  closedInPeriod: 0,
  closedAsPresiding: 0,
  averageDaysToClose: null,
  coveredAsB: 0,
};

describe('workload columns', () => {
  it('has one sortable column per sort field of the engine', () => {
    expect(WORKLOAD_COLUMNS.map((c) => c.field)).toEqual([...WORKLOAD_SORT_FIELDS]);
  });
  it('shows nulls as a dash and the weighted load rounded', () => {
    expect(workloadCell(row, 'openWeighted')).toBe('1.3');
    expect(workloadCell(row, 'dueSoon')).toBe('—');
    expect(workloadCell(row, 'averageDaysToClose')).toBe('—');
    expect(workloadCell(row, 'dueThisWeek')).toBe('2');
    expect(workloadCell(row, 'name')).toBe('甲');
  });
  it('sorts names up and counts down by default', () => {
    expect(defaultDirection('name')).toBe('asc');
    expect(defaultDirection('overdue')).toBe('desc');
  });
});
