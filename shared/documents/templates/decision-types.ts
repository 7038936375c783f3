// The facts, legal basis and decision of each kind of 决定书 (reference §5.1 rows 19, 21–23, 27), read from the
// procedure events (shared/procedure/*-actions.ts): recusal (law art 33), suspension (办案规则 art 47), withdrawal or
// deemed withdrawal (law arts 41, 36), extension (law art 43¶1, 办案规则 art 45), correction (办案规则 art 54 [M]).

import { arabicDate } from '../../format';
import { SUSPENSION_REASONS } from '../../procedure/payloads';
import type { DocContext } from '../context';
import { chineseCount, type SignatureLine } from '../model';
import {
  eventFact,
  latestEvent,
  liveEvents,
  payloadBoolean,
  payloadNumber,
  payloadText,
  staffName,
} from './facts';
import type { Needs } from './need';
import { roleNames } from './parties';
import { clause } from './text';

export const DECISION_TYPES = ['recusal', 'suspension', 'withdrawal', 'extension', 'correction'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

export type DecisionBody = {
  /** The facts, one paragraph each. */
  facts: string[];
  /** '依照……的规定，决定如下：'. */
  basis: string;
  decision: string;
  /** The decision's date (the event's). */
  date: string;
  /** Who signs when not the tribunal: the 主任 who decided or approved. */
  director: SignatureLine | null;
};

/** `case` = '申请人甲与被申请人乙某某争议一案'; accepted = the acceptance date, Arabic. */
type Frame = { case: string; accepted: string; caseNo: string };

const LAW = '《中华人民共和国劳动争议调解仲裁法》';
const RULES = '《劳动人事争议仲裁办案规则》';

export function decisionBody(
  ctx: DocContext,
  need: Needs,
  type: DecisionType,
  f: Frame,
): DecisionBody | null {
  switch (type) {
    case 'recusal': {
      const decided = need.value(latestEvent(ctx, ['arb.recusalDecided']), '回避决定（登记回避决定）');
      const requests = liveEvents(ctx, ['arb.recusalRequested']).filter(
        (e) => decided === null || e.occurredOn <= decided.occurredOn,
      );
      const request = need.value(requests.at(-1), '回避申请（登记当事人申请回避）');
      const id = eventFact(need, request, (e) => payloadText(e, 'arbitratorId'), '被申请回避的仲裁员');
      const name = id === null ? '' : staffName(ctx, need, id, '仲裁员');
      const grounds = eventFact(need, request, (e) => payloadText(e, 'grounds'), '申请回避的理由');
      const granted = eventFact(need, decided, (e) => payloadBoolean(e, 'granted'), '是否准予回避');
      const reasons = eventFact(need, decided, (e) => payloadText(e, 'reasons'), '回避决定的理由');
      const director = eventFact(need, decided, (e) => e.actorName, '作出回避决定的主任');
      if (decided === null || request === null || grounds === null || reasons === null || director === null)
        return null;
      return {
        facts: [
          `本委在处理${f.case}过程中，当事人于${arabicDate(request.occurredOn)}申请仲裁员${name}回避，理由是：${clause(grounds)}。`,
          `经审查，${clause(reasons)}。`,
        ],
        basis: `依照${LAW}第三十三条的规定，决定如下：`,
        decision:
          granted === true
            ? `仲裁员${name}回避，本委另行指定仲裁员组成仲裁庭。`
            : `驳回当事人要求仲裁员${name}回避的申请。`,
        date: decided.occurredOn,
        director: { role: '主任', name: director },
      };
    }
    case 'suspension': {
      const ev = need.value(latestEvent(ctx, ['arb.suspended']), '中止审理的记录（登记中止审理）');
      const reason = eventFact(need, ev, (e) => payloadText(e, 'reason'), '中止审理的事由');
      const approvedBy = eventFact(need, ev, (e) => payloadText(e, 'approvedBy'), '批准中止审理的负责人');
      if (ev === null || reason === null || approvedBy === null) return null;
      const item = SUSPENSION_REASONS.findIndex((r) => r === reason);
      return {
        facts: [
          `本委在审理${f.case}过程中，出现“${clause(reason)}”的情形，经本委主任${approvedBy}批准，本案需要中止审理。`,
        ],
        basis: `依照${RULES}第四十七条${item === -1 ? '' : `第（${chineseCount(item + 1)}）项`}的规定，决定如下：`,
        decision: '本案中止审理。中止审理的原因消除后，恢复审理；中止审理期间不计入仲裁期限。',
        date: ev.occurredOn,
        director: { role: '主任', name: approvedBy },
      };
    }
    case 'withdrawal': {
      const ev = need.value(
        latestEvent(ctx, ['arb.withdrawn', 'arb.deemedWithdrawn']),
        '撤回仲裁申请的记录（准予撤回或按撤回处理）',
      );
      const reasons = eventFact(need, ev, (e) => payloadText(e, 'reasons'), '撤回的理由');
      if (ev === null || reasons === null) return null;
      if (ev.type === 'arb.deemedWithdrawn') {
        const hearing = ctx.procedure.hearingDate;
        const when = hearing === null ? '到庭参加仲裁' : `于${arabicDate(hearing)}到庭参加仲裁`;
        return {
          facts: [
            `${f.case}，本委于${f.accepted}受理，并依法书面通知申请人${roleNames(ctx, 'applicant')}${when}。${clause(reasons)}。`,
            '本委认为，申请人收到书面开庭通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭，可以视为撤回仲裁申请。',
          ],
          basis: `依照${LAW}第三十六条的规定，决定如下：`,
          decision: '本案按撤回仲裁申请处理。',
          date: ev.occurredOn,
          director: null,
        };
      }
      return {
        facts: [
          `${f.case}，本委于${f.accepted}受理。申请人${roleNames(ctx, 'applicant')}于${arabicDate(ev.occurredOn)}向本委申请撤回仲裁申请，理由是：${clause(reasons)}。`,
          '本委认为，申请人撤回仲裁申请系其真实意思表示，不违反法律规定，应予准许。',
        ],
        basis: `依照${LAW}第四十一条的规定，决定如下：`,
        decision: '准许申请人撤回仲裁申请。',
        date: ev.occurredOn,
        director: null,
      };
    }
    case 'extension': {
      const ev = need.value(latestEvent(ctx, ['arb.extended']), '延长审理期限的记录（登记延长审理期限）');
      const days = eventFact(need, ev, (e) => payloadNumber(e, 'days'), '延长的天数');
      const approvedBy = eventFact(need, ev, (e) => payloadText(e, 'approvedBy'), '批准延期的负责人');
      const reasons = eventFact(need, ev, (e) => payloadText(e, 'reasons'), '延长审理期限的理由');
      if (ev === null || days === null || approvedBy === null || reasons === null) return null;
      return {
        facts: [
          `${f.case}，本委于${f.accepted}受理。因${clause(reasons)}，本案不能在规定期限内结案，经本委主任${approvedBy}书面批准，需要延长审理期限。`,
        ],
        basis: `依照${LAW}第四十三条第一款、${RULES}第四十五条的规定，决定如下：`,
        decision: `本案审理期限延长${chineseCount(Math.min(99, Math.max(1, Math.round(days))))}日。`,
        date: ev.occurredOn,
        director: { role: '主任', name: approvedBy },
      };
    }
    case 'correction': {
      const award = need.value(latestEvent(ctx, ['arb.awarded']), '裁决（作出裁决的记录）');
      const raw = Object.hasOwn(ctx.options, 'correction') ? ctx.options['correction'] : undefined;
      const what = need.text(raw, '补正内容（文书选项“补正内容”）', '#/documents');
      if (award === null) return null;
      return {
        facts: [
          `本委于${arabicDate(award.occurredOn)}就${f.case}作出的${f.caseNo}裁决书中存在文字、计算错误或者已经裁决但在裁决书中遗漏的事项，应当予以补正。`,
        ],
        basis: `依照${RULES}第五十四条的规定，决定如下：`,
        decision: `${clause(what)}。`,
        date: ctx.date,
        director: null,
      };
    }
  }
}
