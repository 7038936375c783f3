// 案件中止处理审批表 (reference §5.1 row 22; 办案规则 art 47, §1.3 A12): 案号, 案由, filing and tribunal dates,
// parties, the requested period, the reasons, the handler, the approver's opinion and the tribunal members. The
// reason and the approver come from the arb.suspended event; the period ends at resumption (arb.resumed) or when
// the cause ends.

import { arabicDate } from '../../format';
import { SUSPENSION_REASONS } from '../../procedure/payloads';
import type { DocumentTemplate } from '../context';
import { chineseCount } from '../model';
import {
  caseNumber,
  committeeName,
  eventFact,
  handlerName,
  latestEvent,
  payloadText,
  reasonText,
  tribunalNames,
  tribunalText,
} from './facts';
import { formTable, type FormRow } from './form';
import { Needs } from './need';
import { roleNames } from './parties';
import { GAP } from './text';

export const suspensionApproval: DocumentTemplate = {
  id: 'suspension_approval',
  title: '案件中止审批表',
  group: 'arbitration',
  kinds: ['arbitration'],
  build(ctx) {
    const need = new Needs(ctx);
    const caseNo = caseNumber(ctx, need, true);
    const committee = committeeName(ctx, need);
    const reason = reasonText(ctx, need);
    const accepted = need.text(ctx.procedure.acceptedOn, '受理日期（登记受理）');
    const ev = need.value(latestEvent(ctx, ['arb.suspended']), '中止审理的记录（登记中止审理）');
    const why = eventFact(need, ev, (e) => payloadText(e, 'reason'), '中止审理的事由') ?? '';
    const approvedBy = eventFact(need, ev, (e) => payloadText(e, 'approvedBy'), '批准中止审理的负责人') ?? '';
    const tribunal = tribunalNames(ctx, need, true);
    const handler = handlerName(ctx, need, tribunal);
    if (ev === null || !need.ok) return need.fail();

    const item = SUSPENSION_REASONS.findIndex((r) => r === why);
    const basis = `《劳动人事争议仲裁办案规则》第四十七条${item === -1 ? '' : `第（${chineseCount(item + 1)}）项`}`;
    const resumed = ctx.procedure.suspensions.find((s) => s.from === ev.occurredOn)?.to ?? null;
    const until = resumed === null ? '中止审理的原因消除之日' : arabicDate(resumed);
    const members = tribunal === null ? '尚未组庭' : tribunalText(tribunal);
    const rows: FormRow[] = [
      ['案号', caseNo, '案由', reason],
      [
        '立案日期',
        arabicDate(accepted),
        '组庭日期',
        tribunal === null ? '尚未组庭' : arabicDate(tribunal.composedOn),
      ],
      ['申请人', roleNames(ctx, 'applicant'), '被申请人', roleNames(ctx, 'respondent')],
      ['申请中止期限', `自${arabicDate(ev.occurredOn)}起至${until}止（中止审理期间不计入仲裁期限）`],
      ['中止理由', `${why}（${basis}）`],
      ['承办人意见', `拟中止审理。\n承办人：${handler}`],
      ['负责人审批意见', `同意中止审理。\n审批人：${approvedBy}${GAP}${arabicDate(ev.occurredOn)}`],
      ['仲裁庭组成人员', members],
    ];
    return need.done({
      title: '案件中止审批表',
      letterhead: { committeeName: committee, caseNo },
      blocks: [formTable(rows)],
    });
  },
};
