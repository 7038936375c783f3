import { describe, expect, it } from 'vitest';
import { actionButtons } from './action-buttons';

const awarded = {
  id: 'arb.awarded',
  label: '作出裁决',
  citation: '《劳动争议调解仲裁法》第四十三条至第五十条',
};
const archived = { id: 'case.archived', label: '归档', citation: null };

describe('可办理事项 buttons', () => {
  it('a clerk sees 作出裁决 disabled with who may, after the steps the clerk may take', () => {
    const buttons = actionButtons({
      available: [archived],
      forOtherRoles: [{ ...awarded, reason: '需由仲裁员或主任办理' }],
      linkedCaseId: null,
    });
    expect(buttons.map((b) => [b.kind, b.testId])).toEqual([
      ['enabled', 'action-case-archived'],
      ['disabled', 'action-arb-awarded'],
    ]);
    const disabled = buttons[1];
    expect(disabled?.kind === 'disabled' && [disabled.reason, disabled.tooltip]).toEqual([
      '需由仲裁员或主任办理',
      '需由仲裁员或主任办理（依据：《劳动争议调解仲裁法》第四十三条至第五十条）',
    ]);
    expect(buttons[0]?.tooltip).toBeNull();
  });

  it('keeps the test id stable whether enabled or disabled', () => {
    const as = (mine: boolean) =>
      actionButtons({
        available: mine ? [awarded] : [],
        forOtherRoles: mine ? [] : [{ ...awarded, reason: '需由仲裁员或主任办理' }],
        linkedCaseId: null,
      })[0]?.testId;
    expect(as(true)).toBe('action-arb-awarded');
    expect(as(false)).toBe('action-arb-awarded');
  });

  it('lists 调解不成转仲裁 for other roles only while the case is not yet transferred, never as an enabled step', () => {
    const transfer = { id: 'med.transferred', label: '调解不成转仲裁', citation: null };
    const other = { ...transfer, reason: '需由调解员、书记员或主任办理' };
    expect(actionButtons({ available: [transfer], forOtherRoles: [], linkedCaseId: null })).toEqual([]);
    expect(
      actionButtons({ available: [], forOtherRoles: [other], linkedCaseId: null }).map((b) => b.kind),
    ).toEqual(['disabled']);
    expect(actionButtons({ available: [], forOtherRoles: [other], linkedCaseId: 'arb-1' })).toEqual([]);
  });
});
