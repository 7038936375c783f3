import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../shared/domain/case/claim.schema';
import { AwardPayload } from '../../../shared/procedure/award-payload';
import { SAMPLE_MIN_WAGE } from '../../../shared/procedure/test-payloads';
import { AwardFormPayload, initialAwardRows, rowsOutcome, rowTest, type AwardRow } from './award-form';

const claim = (
  id: string,
  type: string,
  amountFen: number | null,
  description: string | null = null,
): Claim => ({
  id,
  caseId: 'case-1',
  type,
  description,
  amountFen,
  sortOrder: Number(id.slice(1)),
});

describe('作出裁决 form model', () => {
  const rows = initialAwardRows([
    claim('c1', 'overtime', 1_000_000, '支付加班费'),
    claim('c2', 'confirm_relationship', null),
  ]);

  it('starts with one row per claim: its kind, the claimed amount and a 主文 line', () => {
    expect(rows).toEqual([
      {
        claimId: 'c1',
        kind: 'labor_remuneration',
        label: '加班费',
        amountYuan: '10,000.00',
        dismissed: false,
        text: '被申请人于本裁决生效之日起十日内支付申请人加班费10,000.00元',
      },
      {
        claimId: 'c2',
        kind: 'confirm_relationship',
        label: '确认劳动关系',
        amountYuan: '',
        dismissed: false,
        text: '支持申请人关于确认劳动关系的仲裁请求',
      },
    ]);
  });

  it('tests each row live and asks for a missing amount first', () => {
    const tests = rows.map((r) => rowTest(r, SAMPLE_MIN_WAGE.amountFen));
    expect(tests.map((t) => ('final' in t ? t.final : null))).toEqual([true, false]);
    expect(rowsOutcome(tests)).toBe('mixed');
    const blank: AwardRow = { ...(rows[0] as AwardRow), amountYuan: '' };
    expect(rowTest(blank, SAMPLE_MIN_WAGE.amountFen)).toEqual({ problem: '请填写裁决金额' });
    expect(rowsOutcome([rowTest(blank, SAMPLE_MIN_WAGE.amountFen)])).toBeNull();
  });

  it('turns the rows into the payload main accepts, and refuses without confirmation or minimum wage', () => {
    const form = {
      awardItems: rows,
      summary: '加班费；确认劳动关系',
      minWage: SAMPLE_MIN_WAGE,
      confirmed: true,
    };
    const out = AwardFormPayload.parse(form);
    expect(AwardPayload.safeParse(out).success).toBe(true);
    expect(out).toMatchObject({ outcome: 'mixed', final: false, thresholdFen: 2_988_000 });
    expect(out.items[0]).toMatchObject({ amountFen: 1_000_000, final: true });
    const unconfirmed = AwardFormPayload.safeParse({ ...form, confirmed: false });
    expect(unconfirmed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['confirmed', '请确认各裁决事项的终局/非终局判断'],
    ]);
    const { minWage: _w, ...noWage } = form;
    expect(AwardFormPayload.safeParse(noWage).error?.issues[0]?.path).toEqual(['minWage']);
    const zero = AwardFormPayload.safeParse({ ...form, awardItems: [{ ...rows[0], amountYuan: '0' }] });
    expect(zero.error?.issues[0]?.path).toEqual(['awardItems', 0, 'amountYuan']);
  });
});
