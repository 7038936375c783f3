import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar';
import { ev, served, ACCEPTED, one } from '../../tests/helpers/deadline-rules';

// Table-driven from the reference: §2.4 worked examples, §1.3 A2 (补正), A4–A8 (met, late, overdue, expired).

describe('reference §2.4 worked examples', () => {
  it('defence period: copy served Fri 2026-09-25 → 10 working days → 2026-10-15 (through National Day and the 10-10 make-up day)', () => {
    const d = one(
      [...ACCEPTED, served('application_copy', 'respondent', '2026-09-25')],
      'arb.defence',
      '2026-09-28',
    );
    expect(d).toMatchObject({
      dueDate: '2026-10-15',
      startEvent: 'service.record',
      startDate: '2026-09-25',
      status: 'pending',
      responsible: 'respondent',
    });
    expect(d.explanation).toBe(
      '副本送达日 2026-09-25 起算，10 个工作日（其间休息日不计入，末日必为工作日，无需顺延） → 2026-10-15；依据 《劳动争议调解仲裁法》第三十条第二款',
    );
  });

  it('hearing notice for Tue 2026-10-13: strict 2026-09-29, lenient (法定最低要求) 2026-09-30', () => {
    const events = [
      ...ACCEPTED,
      ev('arb.composeTribunal', '2026-09-03'),
      ev('arb.hearingScheduled', '2026-09-10', { hearingDate: '2026-10-13' }),
    ];
    const d = one(events, 'arb.hearing_notice', '2026-09-10');
    expect(d).toMatchObject({
      dueDate: '2026-09-29',
      lenientDueDate: '2026-09-30',
      startDate: '2026-10-13',
      status: 'pending',
    });
    expect(d.explanation).toBe(
      '开庭日 2026-10-13 前 5 个工作日 → 2026-09-29（与开庭日之间相隔 5 个完整工作日）；法定最低要求 2026-09-30；依据 《劳动争议调解仲裁法》第三十五条',
    );
    expect(officialCalendar.addWorkdays('2026-09-29', 5)).toBe('2026-10-12'); // 5 full working days before the hearing
    expect(officialCalendar.addWorkdays('2026-09-30', 5)).toBe('2026-10-13'); // the 5th is the hearing day itself
  });

  it.each([
    ['2026-09-28', 'met'],
    ['2026-09-29', 'met'],
    ['2026-09-30', 'met_late'], // strict reading missed, legal minimum met: said so in the explanation
    ['2026-10-09', 'met_late'],
  ] as const)('hearing notice served %s → %s', (on, status) => {
    const events = [
      ...ACCEPTED,
      ev('arb.hearingScheduled', '2026-09-10', { hearingDate: '2026-10-13' }),
      served('hearing_notice', 'applicant', on),
    ];
    const d = one(events, 'arb.hearing_notice', '2026-10-12');
    expect(d.status).toBe(status);
    expect(d.completedOn).toBe(on);
    expect(d.explanation.includes('符合法定最低要求')).toBe(on === '2026-09-30');
  });

  it('45-day limit: accepted 2026-09-01 → 2026-10-16 (start day excluded, Friday)', () => {
    const d = one(ACCEPTED, 'arb.award_limit');
    expect(d).toMatchObject({ dueDate: '2026-10-16', daysLeft: 44, excludedDays: 0, extensionDays: 0 });
    expect(d.rolledFrom).toBeUndefined();
  });
});

describe('acceptance review and 补正 (law art 29; 办案规则 art 46(2))', () => {
  it('5 working days from receipt', () => {
    expect(one([ev('case.received', '2026-09-01')], 'arb.accept_review', '2026-09-01')).toMatchObject({
      dueDate: '2026-09-08',
      daysLeft: 5,
    });
  });
  it('paused while correction is pending, restarted from the completed correction', () => {
    const pending = [
      ev('case.received', '2026-09-01'),
      ev('arb.requestCorrection', '2026-09-02', { items: '身份证明' }),
    ];
    expect(one(pending, 'arb.accept_review', '2026-09-05')).toMatchObject({
      status: 'paused',
      pausedSince: '2026-09-02',
    });
    const done = [...pending, ev('arb.correctionCompleted', '2026-09-10')];
    const d = one(done, 'arb.accept_review', '2026-09-11');
    expect(d).toMatchObject({
      status: 'pending',
      startEvent: 'arb.correctionCompleted',
      startDate: '2026-09-10',
      dueDate: '2026-09-17',
    });
    expect(
      d.explanation.startsWith(
        '补正完成日 2026-09-10 起算，5 个工作日（其间休息日不计入，末日必为工作日，无需顺延） → 2026-09-17',
      ),
    ).toBe(true);
    expect(one([...done, ev('arb.accept', '2026-09-17')], 'arb.accept_review', '2026-09-20')).toMatchObject({
      status: 'met',
    });
  });
});

describe('met, met late, overdue, expired, cancelled', () => {
  // Serve the copy within 5 working days of acceptance on 2026-09-01 → due 2026-09-08.
  it.each([
    ['2026-09-07', 'met'],
    ['2026-09-08', 'met'],
    ['2026-09-09', 'met_late'],
  ] as const)('copy served %s → %s', (on, status) => {
    expect(
      one([...ACCEPTED, served('application_copy', 'respondent', on)], 'arb.serve_copy', '2026-09-20'),
    ).toMatchObject({ status, completedOn: on });
  });
  it('a copy served on the applicant does not count', () => {
    expect(
      one(
        [...ACCEPTED, served('application_copy', 'applicant', '2026-09-02')],
        'arb.serve_copy',
        '2026-09-03',
      ).status,
    ).toBe('pending');
  });
  it.each([
    ['2026-09-03', 'pending', 3],
    ['2026-09-08', 'pending', 0],
    ['2026-09-09', 'overdue', -1],
    ['2026-09-12', 'overdue', -3], // Saturday: 09-09, 09-10, 09-11 have passed
  ] as const)('not served, today %s → %s (%i working days left)', (today, status, daysLeft) => {
    expect(one(ACCEPTED, 'arb.serve_copy', today)).toMatchObject({ status, daysLeft });
  });
  it('cancelled when the case closes another way', () => {
    const d = one(
      [...ACCEPTED, ev('arb.withdrawn', '2026-09-03', { reasons: '和解' })],
      'arb.serve_copy',
      '2026-09-20',
    );
    expect(d).toMatchObject({ status: 'cancelled', cancelledOn: '2026-09-03' });
    expect(d.daysLeft).toBeUndefined();
  });
  it('a party’s unused period expires instead of becoming overdue (答辩期 lapses; the proceedings go on)', () => {
    const d = one(
      [...ACCEPTED, served('application_copy', 'respondent', '2026-09-25')],
      'arb.defence',
      '2026-10-20',
    );
    expect(d).toMatchObject({ status: 'expired', informational: true, daysLeft: -3 });
  });
  it('postponement request (3 working days before the hearing) is informational', () => {
    const events = [...ACCEPTED, ev('arb.hearingScheduled', '2026-09-10', { hearingDate: '2026-10-13' })];
    expect(one(events, 'arb.postponement_request', '2026-10-09')).toMatchObject({
      dueDate: '2026-10-08',
      lenientDueDate: '2026-10-09',
      status: 'expired',
      responsible: 'parties',
    });
  });
  it('a postponed hearing restarts the notice period; the notice served for the old date no longer counts', () => {
    const events = [
      ...ACCEPTED,
      ev('arb.hearingScheduled', '2026-09-10', { hearingDate: '2026-10-13' }),
      served('hearing_notice', 'applicant', '2026-09-15'),
      ev('arb.hearingPostponed', '2026-10-09', { hearingDate: '2026-10-27', reasons: '当事人申请' }),
    ];
    const d = one(events, 'arb.hearing_notice', '2026-10-09');
    expect(d).toMatchObject({
      status: 'pending',
      startEvent: 'arb.hearingPostponed',
      startDate: '2026-10-27',
      dueDate: '2026-10-19',
      lenientDueDate: '2026-10-20',
    });
    expect(d.completedOn).toBeUndefined();
  });
});
