// 裁决书, element style (reference §3.5; law arts 43–51): 首部 with the parties, 案件由来, 仲裁请求, 答辩意见, the
// undisputed elements, each disputed element with its finding, the calculations, the basis and the 裁决结果 (the
// arb.awarded event's items, or a legacy award's summary), the 终局 / 非终局 statement from the items' test, the
// arbitrators' signatures, the committee's seal, the Chinese-numeral date of the award (§5.3) and the case's 书记员.
// A 部分终局 award is written as two 裁决书 (award-part.ts), chosen with the `part` option.

import { arabicDate } from '../../format';
import type { DocContext, DocumentTemplate } from '../context';
import { chineseCount, heading, paragraph, type Block } from '../model';
import { basisText, calculationBlocks, disputedBlocks, undisputedBlocks } from './award-elements';
import { remedyBlocks } from './award-remedies';
import {
  AWARD_PART_OPTION,
  awardPartOf,
  partClaimLines,
  partClaimTypes,
  partResultLines,
  partStatement,
} from './award-part';
import {
  caseNumber,
  clerkLine,
  committeeName,
  eventFact,
  latestEvent,
  payloadText,
  reasonText,
  sealText,
  tribunalNames,
  tribunalText,
  tribunalSignature,
  type TribunalNames,
} from './facts';
import { Needs } from './need';
import { partiesText, partyBlocks } from './parties';
import { clause, lines, numbered } from './text';

/** §3.5 item 2: application and acceptance dates, the tribunal, the hearing and who attended, extension, suspension. */
function originText(
  ctx: DocContext,
  t: TribunalNames,
  reason: string,
  accepted: string,
  held: string,
  who: string,
) {
  const tribunal =
    t.mode === 'sole'
      ? `适用简易处理，由仲裁员${t.presiding}独任审理`
      : `依法组成仲裁庭（${tribunalText(t)}）`;
  const extension =
    ctx.procedure.extensionDays > 0
      ? `经本委主任批准，本案审理期限延长${chineseCount(ctx.procedure.extensionDays)}日。`
      : '';
  const suspended = ctx.procedure.suspensions
    .filter((s) => s.to !== null)
    .map((s) => `${arabicDate(s.from)}至${arabicDate(s.to ?? s.from)}`);
  const suspension =
    suspended.length === 0 ? '' : `本案于${suspended.join('、')}中止审理，中止期间不计入仲裁期限。`;
  return (
    `${partiesText(ctx)}${reason}一案，申请人于${arabicDate(ctx.case.receivedDate)}向本委申请仲裁，本委于${arabicDate(accepted)}受理，` +
    `${tribunal}，于${arabicDate(held)}开庭审理。${clause(who)}。${suspension}${extension}本案现已审理终结。`
  );
}

/** §3.5 item 4: the defence as filed, or each disputed element's counter-position, or that none was filed. */
function defenceText(ctx: DocContext): string {
  const filed = payloadText(latestEvent(ctx, ['arb.defenceFiled']), 'note');
  if (filed !== null) return `被申请人辩称：${clause(filed)}。`;
  const positions = ctx.comparisons
    .flatMap((c) => c.elements)
    .filter((e) => e.state === 'disputed')
    .map((e) =>
      e.respondentValue === null ? `对${e.label}不予认可` : `${e.label}应为${clause(e.respondentText)}`,
    );
  if (positions.length > 0) return `被申请人辩称：${positions.join('；')}。`;
  return ctx.procedure.defenceFiledOn === null
    ? '被申请人未提交书面答辩意见。'
    : '被申请人对申请人的请求不予认可。';
}

export const award: DocumentTemplate = {
  id: 'award',
  title: '裁决书',
  group: 'arbitration',
  kinds: ['arbitration'],
  options: [AWARD_PART_OPTION],
  build(ctx) {
    const need = new Needs(ctx);
    const baseNo = caseNumber(ctx, need, true);
    const committee = committeeName(ctx, need);
    const parties = partyBlocks(ctx, need, 'full');
    const reason = reasonText(ctx, need);
    const accepted = need.text(ctx.procedure.acceptedOn, '受理日期（登记受理）');
    const tribunal = tribunalNames(ctx, need);
    const hearing = need.value(latestEvent(ctx, ['arb.hearingHeld']), '开庭审理的记录（登记开庭审理）');
    const attendance =
      eventFact(need, hearing, (e) => payloadText(e, 'attendance'), '到庭情况（登记开庭审理）') ?? '';
    const ev = need.value(latestEvent(ctx, ['arb.awarded']), '裁决（登记作出裁决）');
    const part = awardPartOf(ctx, need, ev, baseNo);
    const disputed = disputedBlocks(ctx, need);
    const clerk = clerkLine(ctx, need);
    if (tribunal === null || hearing === null || ev === null || part === null || !need.ok) return need.fail();
    const claims = partClaimLines(ctx, need, part);
    const decides = partClaimTypes(ctx, part);
    const calculations = calculationBlocks(ctx, need, decides);
    const caseNo = part.caseNo;
    const statement = partStatement(part);

    const amended = payloadText(latestEvent(ctx, ['arb.claimsAmended']), 'claims');
    const basis = basisText(
      ctx,
      [
        ...(part.final ? ['《劳动争议调解仲裁法》第四十七条'] : []),
        ...(statement === null ? [] : ['《劳动人事争议仲裁办案规则》第五十条']),
      ],
      decides,
    );
    const blocks: Block[] = [
      ...parties,
      heading(1, '案件由来'),
      paragraph(originText(ctx, tribunal, reason, accepted, hearing.occurredOn, attendance)),
      heading(1, '仲裁请求'),
      paragraph('申请人请求：'),
      ...claims.map((c) => paragraph(c)),
      ...(amended === null
        ? []
        : [paragraph(`仲裁过程中，申请人增加或者变更仲裁请求：${clause(amended)}。`)]),
      heading(1, '答辩意见'),
      paragraph(defenceText(ctx)),
      heading(1, '无争议要素'),
      ...undisputedBlocks(ctx),
      heading(1, '争议要素及认定'),
      ...disputed,
      ...(calculations.length === 0 ? [] : [heading(1, '裁决理由及计算'), ...calculations]),
      heading(1, '裁决结果'),
      paragraph(`综上，${basis === '' ? '' : `依照${basis}的规定，`}本委裁决如下：`),
      ...numbered(partResultLines(part).flatMap(lines)).map((l) => paragraph(l)),
      ...(statement === null ? [] : [paragraph(statement)]),
      ...remedyBlocks(ctx, part.final),
    ];
    return need.done({
      title: '裁决书',
      letterhead: { committeeName: committee, caseNo },
      blocks,
      signature: {
        lines: [...tribunalSignature(tribunal), clerk],
        date: ev.occurredOn,
        dateStyle: 'chinese',
        seal: sealText(ctx),
      },
    });
  },
};
