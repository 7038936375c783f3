// 延期审理审批表 (reference §5.1 row 21; law art 43¶1; 办案规则 art 45; §1.3 A13): a complex case may be extended by
// at most fifteen days with the written approval of the 主任 (or the entrusted 仲裁院负责人). The reason, the days
// and the approver come from the arb.extended event; the new limit from the arb.award_limit deadline when known.

import { arabicDate } from '../../format';
import type { DocumentTemplate } from '../context';
import { chineseCount } from '../model';
import {
  caseNumber,
  committeeName,
  eventFact,
  handlerName,
  latestEvent,
  payloadNumber,
  payloadText,
  reasonText,
  tribunalNames,
  tribunalText,
} from './facts';
import { formTable, type FormRow } from './form';
import { Needs } from './need';
import { roleNames } from './parties';
import { clause, GAP } from './text';

export const extensionApproval: DocumentTemplate = {
  id: 'extension_approval',
  title: '延期审理审批表',
  group: 'arbitration',
  kinds: ['arbitration'],
  build(ctx) {
    const need = new Needs(ctx);
    const caseNo = caseNumber(ctx, need, true);
    const committee = committeeName(ctx, need);
    const reason = reasonText(ctx, need);
    const accepted = need.text(ctx.procedure.acceptedOn, '受理日期（登记受理）');
    const ev = need.value(latestEvent(ctx, ['arb.extended']), '延长审理期限的记录（登记延长审理期限）');
    const days = eventFact(need, ev, (e) => payloadNumber(e, 'days'), '延长的天数');
    const approvedBy = eventFact(need, ev, (e) => payloadText(e, 'approvedBy'), '批准延期的负责人') ?? '';
    const why = eventFact(need, ev, (e) => payloadText(e, 'reasons'), '延长审理期限的理由') ?? '';
    const tribunal = tribunalNames(ctx, need, true);
    const handler = handlerName(ctx, need, tribunal);
    if (ev === null || days === null || !need.ok) return need.fail();

    const n = chineseCount(Math.min(99, Math.max(1, Math.round(days))));
    const due = ctx.deadlines.find((d) => d.ruleId === 'arb.award_limit')?.dueDate ?? null;
    const rows: FormRow[] = [
      ['案号', caseNo, '案由', reason],
      ['申请人', roleNames(ctx, 'applicant'), '被申请人', roleNames(ctx, 'respondent')],
      [
        '受理日期',
        arabicDate(accepted),
        '组庭日期',
        tribunal === null ? '尚未组庭' : arabicDate(tribunal.composedOn),
      ],
      ['仲裁庭组成人员', tribunal === null ? '尚未组庭' : tribunalText(tribunal)],
      [
        '申请延长期限',
        `${n}日（《中华人民共和国劳动争议调解仲裁法》第四十三条第一款：延长期限不得超过十五日）`,
      ],
      ...(due === null ? [] : ([['延长后审理期限届满日', arabicDate(due)]] as FormRow[])),
      ['延期理由', `${clause(why)}。`],
      ['承办人意见', `拟延长审理期限${n}日。\n承办人：${handler}`],
      ['负责人审批意见', `同意延长审理期限${n}日。\n审批人：${approvedBy}${GAP}${arabicDate(ev.occurredOn)}`],
    ];
    return need.done({
      title: '延期审理审批表',
      letterhead: { committeeName: committee, caseNo },
      blocks: [formTable(rows)],
    });
  },
};
