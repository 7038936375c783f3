import { describe, it, expect } from 'vitest';
import { formatHandover, handoverSheet } from './handover';
import { caseOf, person } from './test-fixtures';

const a = person('arb1', ['arbitrator'], { name: '张仲裁' });
const b = person('arb2', ['arbitrator'], { name: '李仲裁' });
const clerk = person('clerk1', ['clerk'], { name: '钱书记' });
const c = caseOf({
  caseNumber: '京劳人仲字〔2026〕第8号',
  status: 'in_progress',
  a: 'arb1',
  b: 'arb2',
  deadlines: [
    { ruleId: 'A8', label: '开庭通知', dueDate: '2026-10-20' },
    { ruleId: 'A6', label: '组庭通知', dueDate: '2026-10-09' },
    { ruleId: 'A13', label: '审限', dueDate: '2026-11-16' },
  ],
});
const inputs = {
  openDisputes: ['加班时长的认定', '解除理由是否成立'],
  documentsPending: ['开庭通知书（待送达被申请人）'],
  notes: ['申请人希望调解'],
  today: '2026-10-12',
};

describe('handoverSheet and formatHandover (reference §4)', () => {
  it('sorts the deadlines, marks overdue ones, and flags a change of tribunal when A hands an arbitration case over', () => {
    const sheet = handoverSheet(c, a, b, inputs);
    expect(sheet.nextDeadlines.map((d) => [d.dueDate, d.overdue])).toEqual([
      ['2026-10-09', true],
      ['2026-10-20', false],
      ['2026-11-16', false],
    ]);
    expect(sheet.statusLabel).toBe('审理中');
    expect(sheet.tribunalChange).toBe(true);
    expect(sheet.notes[0]).toBe('申请人希望调解');
    expect(sheet.notes.join('\n')).toContain('组庭通知');
    expect(sheet.openDisputes).toEqual(inputs.openDisputes);
  });

  it('warns that a non-arbitrator receiver cannot sign the award', () => {
    const sheet = handoverSheet(c, a, clerk, inputs);
    expect(sheet.notes.join('\n')).toContain('钱书记不是仲裁员');
  });

  it('notes the hand-back when B returns the case to A, with no change of tribunal', () => {
    const sheet = handoverSheet(c, b, a, { openDisputes: [], documentsPending: [] });
    expect(sheet.tribunalChange).toBe(false);
    expect(sheet.notes).toEqual(['A角返岗：B角代理期间办理的事项及材料一并交回（AB角工作制）']);
    expect(sheet.nextDeadlines.every((d) => !d.overdue)).toBe(true);
  });

  it('formats Chinese lines', () => {
    const lines = formatHandover(handoverSheet(c, a, b, inputs));
    expect(lines.slice(0, 5)).toEqual([
      '案件交接单',
      '案件：京劳人仲字〔2026〕第8号（仲裁）',
      '移交人：张仲裁；接收人：李仲裁',
      '案件状态：审理中',
      '近期期限：',
    ]);
    expect(lines).toContain('  1. 2026-10-09 组庭通知（已逾期）');
    expect(lines).toContain('  2. 解除理由是否成立');
    const empty = formatHandover(
      handoverSheet(caseOf({ kind: 'mediation', a: 'arb1' }), a, b, {
        openDisputes: [],
        documentsPending: [],
      }),
    );
    expect(empty).toContain('近期期限：无');
    expect(empty).toContain('备注：无');
    expect(empty[1]).toBe('案件：case-1（调解）');
  });
});
