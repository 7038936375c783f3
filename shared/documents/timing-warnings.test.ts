import { describe, expect, it } from 'vitest';
import type { DeadlineView } from '../contracts/procedure.schema';
import { initialState, type ProcedureState } from '../procedure/procedure-state';
import { timingWarnings } from './timing-warnings';

const state = (over: Partial<ProcedureState>): ProcedureState => ({
  ...initialState({ kind: 'arbitration', receivedDate: '2026-09-01', isCollective: false }),
  acceptedOn: '2026-09-02',
  status: 'in_progress',
  ...over,
});

const noticeDeadline = (dueDate: string, status = 'pending'): DeadlineView => ({
  ruleId: 'arb.hearing_notice',
  label: '送达开庭通知',
  responsible: 'committee',
  unit: 'workday',
  informational: false,
  startDate: '2026-10-13',
  dueDate,
  status,
  completedOn: null,
  daysLeft: null,
  explanation: '',
  citation: '',
  gap: null,
});

const TRIBUNAL = {
  mode: 'panel' as const,
  presidingId: 'p1',
  memberIds: ['p1', 'p2', 'p3'],
  composedOn: '2026-09-03',
};

// [template, state, date, deadlines, expected warnings (regexes, in order; [] = none)]
const CASES: [string, Partial<ProcedureState>, string, DeadlineView[], RegExp[]][] = [
  ['hearing_notice', { hearingDate: '2026-10-13' }, '2026-09-20', [noticeDeadline('2026-09-29')], []],
  ['hearing_notice', { hearingDate: '2026-10-13' }, '2026-10-13', [], [/开庭日期 2026-10-13 就是今天/]],
  [
    'hearing_notice',
    { hearingDate: '2026-10-13' },
    '2026-10-14',
    [],
    [/开庭日期 2026-10-13 已过.*第三十五条/],
  ],
  [
    'hearing_notice',
    { hearingDate: '2026-10-13' },
    '2026-10-09',
    [noticeDeadline('2026-09-29')],
    [/最迟应于 2026-09-29 送达/],
  ],
  // Already served in time: regenerating a copy for the file is no cause for alarm.
  ['hearing_notice', { hearingDate: '2026-10-13' }, '2026-10-09', [noticeDeadline('2026-09-29', 'met')], []],
  [
    'postponement_notice',
    { hearingDate: '2026-11-10' },
    '2026-11-10',
    [],
    [/改定的开庭日期 2026-11-10 就是今天/],
  ],
  ['postponement_notice', { hearingDate: '2026-11-10' }, '2026-10-20', [], []],
  ['tribunal_notice', { tribunal: TRIBUNAL }, '2026-09-04', [], []],
  [
    'tribunal_notice',
    { tribunal: TRIBUNAL, hearingHeld: true, hearingDate: '2026-10-13' },
    '2026-10-14',
    [],
    [/已经开庭审理.*回避/],
  ],
  [
    'tribunal_notice',
    { tribunal: TRIBUNAL, recusalPending: true },
    '2026-09-05',
    [],
    [/回避申请尚未作出决定/],
  ],
  [
    'tribunal_notice',
    { tribunal: TRIBUNAL, status: 'closed', closedOn: '2026-09-30', outcome: 'arb_withdrawn' },
    '2026-10-08',
    [],
    [/已于 2026-09-30 结案，仲裁庭组成通知书/],
  ],
  ['evidence_notice', { evidenceDeadline: '2026-09-20' }, '2026-09-20', [], []],
  ['evidence_notice', { evidenceDeadline: '2026-09-20' }, '2026-09-21', [], [/举证期限已于 2026-09-20 届满/]],
  ['respondent_notice', { defenceFiledOn: '2026-09-15' }, '2026-09-16', [], [/已于 2026-09-15 收到答辩书/]],
  ['respondent_notice', {}, '2026-09-03', [], []],
  [
    'acceptance_notice',
    { status: 'closed', closedOn: '2026-09-30' },
    '2026-10-01',
    [],
    [/已于 2026-09-30 结案/],
  ],
  // Documents that record what happened (awards, approvals, covers) are never "late".
  ['award', { status: 'closed', closedOn: '2026-09-30', hearingDate: '2026-09-20' }, '2026-10-08', [], []],
  ['file_cover', { status: 'archived', closedOn: '2026-09-30' }, '2026-12-01', [], []],
];

describe('timingWarnings: a notice produced after the event it announces', () => {
  it.each(CASES)('%s in %j on %s', (templateId, over, date, deadlines, expected) => {
    const warnings = timingWarnings(templateId, { procedure: state(over), date, deadlines });
    expect(warnings).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(warnings[i]).toMatch(re));
  });
});
