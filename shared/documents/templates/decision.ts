// 决定书 (reference §5.1 row 19): parties, 事由, facts found, legal basis and decision, "本决定书送达即发生法律效力"
// (wording.ts decision_effect), signed by the arbitrator(s) — or by the 主任 who decided a recusal, or who approved
// a suspension or extension before a tribunal was formed — with the seal, a Chinese-numeral date (§5.3) and the
// 书记员. The option picks the kind; decision-types.ts supplies its facts.

import { arabicDate } from '../../format';
import type { DocumentTemplate } from '../context';
import { paragraph, type SignatureLine } from '../model';
import { optionValue } from './claims';
import { DECISION_TYPES, decisionBody } from './decision-types';
import {
  caseNumber,
  clerkLine,
  committeeName,
  reasonText,
  sealText,
  tribunalNames,
  tribunalSignature,
  wordingText,
} from './facts';
import { Needs } from './need';
import { partiesText, partyBlocks } from './parties';

export const decision: DocumentTemplate = {
  id: 'decision',
  title: '决定书',
  group: 'arbitration',
  kinds: ['arbitration'],
  options: [
    {
      key: 'type',
      label: '决定事项',
      required: true,
      choices: [
        { value: 'recusal', label: '回避' },
        { value: 'suspension', label: '中止审理' },
        { value: 'withdrawal', label: '撤回仲裁申请（准予撤回或按撤回处理）' },
        { value: 'extension', label: '延长审理期限' },
        { value: 'correction', label: '裁决书补正' },
      ],
    },
  ],
  build(ctx) {
    const need = new Needs(ctx);
    const type = optionValue(ctx, need, { key: 'type', label: '决定事项', allowed: DECISION_TYPES });
    const caseNo = caseNumber(ctx, need, true);
    committeeName(ctx, need);
    const parties = partyBlocks(ctx, need, 'basic');
    const reason = reasonText(ctx, need);
    const accepted = need.text(ctx.procedure.acceptedOn, '受理日期（登记受理）');
    const frame = {
      case: `${partiesText(ctx)}${reason}一案`,
      accepted: accepted === '' ? '' : arabicDate(accepted),
      caseNo,
    };
    const body = type === null ? null : decisionBody(ctx, need, type, frame);
    // Recusal is decided by the 主任; the others are signed by the tribunal, or by the approving 主任 before one is formed.
    const useDirector =
      body !== null && body.director !== null && (type === 'recusal' || ctx.procedure.tribunal === null);
    const tribunal = useDirector ? null : tribunalNames(ctx, need);
    const effect = wordingText(need, 'decision_effect', {});
    const clerk = clerkLine(ctx, need);
    if (body === null || !need.ok) return need.fail();

    const signers: SignatureLine[] =
      tribunal !== null ? tribunalSignature(tribunal) : body.director === null ? [] : [body.director];
    return need.done({
      title: '决定书',
      letterhead: { committeeName: ctx.committee.name.trim(), caseNo },
      blocks: [
        ...parties,
        ...body.facts.map((t) => paragraph(t)),
        paragraph(body.basis),
        paragraph(body.decision),
        paragraph(effect),
      ],
      signature: {
        lines: [...signers, clerk],
        date: body.date,
        dateStyle: 'chinese',
        seal: sealText(ctx),
      },
    });
  },
};
