import { describe, expect, it } from 'vitest';
import type { ResolverOptions } from 'react-hook-form';
import {
  agentFixesAfterRemoval,
  blankAgent,
  blankClaim,
  blankEmployer,
  blankWorker,
  defaultRegisterForm,
  formPathFor,
  registerResolver,
  toRegisterInput,
  type RegisterForm,
} from './register-form-model';

const OFFICE = '7d6ee06f-f6d4-4c55-9588-aef51973af4f';
const opts = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<RegisterForm>;

function filled(): RegisterForm {
  const f = defaultRegisterForm(OFFICE, '2026-03-02');
  f.reasons = ['overtime'];
  f.parties = [
    { ...blankWorker('applicant'), name: '李四', idNumber: '11010519491231002x' },
    { ...blankEmployer('respondent'), name: '某某科技有限公司', creditCode: '91350100M000100Y43' },
  ];
  f.claims = [{ type: 'overtime', description: '', amountYuan: '12,345.6' }, blankClaim()];
  return f;
}

describe('registerResolver', () => {
  it('accepts a complete intake, converting 元 text to integer 分 and dropping blank claim rows', async () => {
    const r = await registerResolver(filled(), undefined, opts);
    expect(r.errors).toEqual({});
    expect(r.values).toMatchObject({
      claims: [{ type: 'overtime', amountFen: 1_234_560 }],
      parties: [{ kind: 'worker', idNumber: '11010519491231002X' }, { kind: 'employer' }],
    });
  });

  it('reports an unparsable amount on the 元 field', async () => {
    const f = filled();
    f.claims = [{ type: 'overtime', description: '', amountYuan: '12.345' }];
    const r = await registerResolver(f, undefined, opts);
    expect(r.errors.claims?.[0]?.amountYuan?.message).toBe('金额格式不正确');
  });

  it('puts schema messages on the form fields', async () => {
    const f = filled();
    f.parties[0] = { ...blankWorker('applicant'), name: '', idNumber: '110105194912310021' };
    f.reasons = [];
    const r = await registerResolver(f, undefined, opts);
    expect(r.errors.reasons?.message).toBe('请至少选择一项案由');
    expect(r.errors.parties?.[0]?.name?.message).toBe('不能为空');
    expect(r.errors.parties?.[0]?.idNumber?.message).toContain('校验位');
  });
});

describe('the 仲裁时效 block', () => {
  it('is omitted while 知道之日 is empty, and sent once it is filled in', async () => {
    const empty = await registerResolver(filled(), undefined, opts);
    expect(empty.values).not.toHaveProperty('limitation.knewOn');
    const f = filled();
    f.limitation = { ...f.limitation, knewOn: '2025-03-10', stillEmployed: true };
    const r = await registerResolver(f, undefined, opts);
    expect(r.errors).toEqual({});
    expect(r.values).toMatchObject({ limitation: { knewOn: '2025-03-10', stillEmployed: true } });
  });

  it('puts row errors on the form row, past dropped blank rows', async () => {
    const f = filled();
    f.limitation = {
      ...f.limitation,
      knewOn: '2025-03-10',
      interruptions: [
        { on: '', kind: '', note: '' },
        { on: '2025-08-01', kind: '', note: '' },
      ],
    };
    const r = await registerResolver(f, undefined, opts);
    expect(r.errors.limitation?.interruptions?.[1]?.kind?.message).toBe('请选择时效中断事由');
    const { limitationIndex } = toRegisterInput(f);
    expect(formPathFor('limitation.interruptions.0.on', [], limitationIndex)).toBe(
      'limitation.interruptions.1.on',
    );
  });
});

describe('toRegisterInput / formPathFor', () => {
  it('maps claim paths of the compacted list back to form rows', () => {
    const f = filled();
    f.claims = [blankClaim(), { type: 'overtime', description: 'x', amountYuan: '' }];
    const { claimIndex } = toRegisterInput(f);
    expect(claimIndex).toEqual([1]);
    expect(formPathFor('claims.0.amountFen', claimIndex)).toBe('claims.1.amountYuan');
    expect(formPathFor('parties.1.creditCode', claimIndex)).toBe('parties.1.creditCode');
    expect(formPathFor('parties', claimIndex)).toBe('parties.root');
    expect(formPathFor('', claimIndex)).toBe('root.server');
  });
  it('sends no worker count unless the dispute is collective', () => {
    const f = { ...filled(), workerCount: 12 };
    expect(toRegisterInput(f).input).toMatchObject({ workerCount: undefined });
    expect(toRegisterInput({ ...f, isCollective: true }).input).toMatchObject({ workerCount: 12 });
  });
});

describe('agentFixesAfterRemoval', () => {
  it('shifts agents after the removed party and clears those who represented it', () => {
    const parties = [blankWorker('applicant'), blankEmployer('respondent'), blankAgent(0), blankAgent(1)];
    expect(agentFixesAfterRemoval(parties, 0)).toEqual([
      { index: 1, representsIndex: -1 },
      { index: 2, representsIndex: 0 },
    ]);
    expect(agentFixesAfterRemoval(parties, 3)).toEqual([]);
  });
});
