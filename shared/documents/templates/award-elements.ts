// The element-style parts of the 裁决书 (reference §3.5 items 5–8): the undisputed elements as a table marked
// 双方确认, each disputed element with both positions, the evidence, the finding and its reason (ctx.findings), each
// item's calculation from the calculators' explanation (ctx.claimChecks computed.explain), and the provisions
// relied on, full names the first time.

import { disputeReasonLabel } from '../../domain/reference-data';
import type { ElementComparison } from '../../elements';
import type { DocContext } from '../context';
import { heading, paragraph, type Block } from '../model';
import { amount } from './facts';
import type { Needs } from './need';
import { clause } from './text';

type Located = { templateId: string; element: ElementComparison };

/** Elements in a state across every comparison, in order, each key once. */
function elementsIn(ctx: DocContext, keep: (e: ElementComparison) => boolean): Located[] {
  const seen = new Set<string>();
  const out: Located[] = [];
  for (const c of ctx.comparisons) {
    for (const e of c.elements) {
      if (!keep(e) || seen.has(e.key)) continue;
      seen.add(e.key);
      out.push({ templateId: c.templateId, element: e });
    }
  }
  return out;
}

/** §3.5 item 5: '要素 | 内容 | 确认情况' rows, each '双方确认'. */
export function undisputedBlocks(ctx: DocContext): Block[] {
  const agreed = elementsIn(ctx, (e) => e.state === 'agreed');
  if (agreed.length === 0) return [paragraph('双方当事人对本案各项要素均有争议，详见争议要素及认定部分。')];
  return [
    paragraph('经庭前要素确认及庭审，双方当事人对下列要素无争议，本委予以确认：'),
    {
      kind: 'table',
      header: ['要素', '内容', '确认情况'],
      columnWidths: [30, 50, 20],
      rows: agreed.map(({ element }) => [
        element.label,
        element.applicantText,
        { text: '双方确认', align: 'center' },
      ]),
    },
  ];
}

/**
 * §3.5 item 6: every disputed element — and an element the respondent did not address, once the tribunal has
 * made a finding on it — with both positions, the evidence, the finding and the reason. A disputed element
 * without a finding is a missing fact.
 */
export function disputedBlocks(ctx: DocContext, need: Needs): Block[] {
  const findingOf = (l: Located) =>
    ctx.findings.find((f) => f.templateId === l.templateId && f.key === l.element.key) ??
    ctx.findings.find((f) => f.key === l.element.key);
  const items = elementsIn(ctx, (e) => e.state === 'disputed' || e.state === 'not_addressed').filter(
    (l) => l.element.state === 'disputed' || findingOf(l) !== undefined,
  );
  if (items.length === 0) return [paragraph('双方当事人对本案各项要素均无争议。')];
  const blocks: Block[] = [];
  for (const l of items) {
    const e = l.element;
    const f = need.value(findingOf(l), `争议要素“${e.label}”的认定（仲裁庭认定）`);
    if (f === null) continue;
    const stated = e.state === 'not_addressed' ? '未答辩，未发表意见' : e.respondentText;
    const respondent = e.note === null ? stated : `${stated}（${clause(e.note)}）`;
    blocks.push(
      heading(2, e.label),
      paragraph(`申请人主张：${clause(e.applicantText)}。`),
      paragraph(`被申请人主张：${clause(respondent)}。`),
      paragraph(
        `证据：${f.evidence.trim() === '' ? '双方均未提交证据，本委依照举证责任的分配予以认定' : clause(f.evidence)}。`,
      ),
      paragraph(`本委认定：${clause(f.value)}。`),
      paragraph(`理由：${clause(f.reason)}。`),
    );
  }
  return blocks;
}

/** §3.5 item 7: each computed item with the calculator's explanation, one step a line. */
export function calculationBlocks(
  ctx: DocContext,
  need: Needs,
  only: (claimType: string) => boolean = () => true,
): Block[] {
  const blocks: Block[] = [];
  for (const check of ctx.claimChecks.filter((c) => only(c.claimType))) {
    const label = disputeReasonLabel(check.claimType);
    if (check.computed === undefined) {
      if (check.calculator !== null) need.miss(`“${label}”的计算（要素表中计算所需的要素未填全）`);
      continue;
    }
    blocks.push(
      heading(2, label),
      ...check.computed.explain.map((line) => paragraph(line)),
      paragraph(`经核算，${label}为${amount(ctx, check.computed.amountFen)}。`),
    );
  }
  return blocks;
}

const FULL_NAMES: Readonly<Record<string, string>> = {
  劳动法: '中华人民共和国劳动法',
  劳动合同法: '中华人民共和国劳动合同法',
  劳动合同法实施条例: '中华人民共和国劳动合同法实施条例',
  劳动争议调解仲裁法: '中华人民共和国劳动争议调解仲裁法',
  民法典: '中华人民共和国民法典',
  民事诉讼法: '中华人民共和国民事诉讼法',
};

/**
 * §3.5 item 8: '《中华人民共和国劳动合同法》第三十条、第四十七条，《中华人民共和国劳动合同法实施条例》第二十七条' —
 * the calculators' provisions grouped by law in order of first citation, each law by its full name, plus `extra`.
 */
export function basisText(
  ctx: DocContext,
  extra: readonly string[],
  only: (claimType: string) => boolean = () => true,
): string {
  const byLaw = new Map<string, string[]>();
  const cited = [
    ...ctx.claimChecks.filter((c) => only(c.claimType)).flatMap((c) => c.computed?.basis ?? []),
    ...extra,
  ];
  for (const b of cited) {
    const m = /^《([^》]+)》(.*)$/.exec(b.trim());
    // A provision not written as 《法》第…条 is cited as it stands.
    const law = m?.[1] ?? '';
    const article = m === null ? b.trim() : (m[2] ?? '').trim();
    const list = byLaw.get(law) ?? [];
    if (article !== '' && !list.includes(article)) list.push(article);
    byLaw.set(law, list);
  }
  return [...byLaw.entries()]
    .map(([law, articles]) =>
      law === ''
        ? articles.join('，')
        : `《${FULL_NAMES[law] ?? law}》${[...articles].sort((a, b) => articleNumber(a) - articleNumber(b)).join('、')}`,
    )
    .join('，');
}

const DIGITS = '零一二三四五六七八九';
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** '第一千二百五十九条第三款' → 1259, for putting a law's articles in order; 0 when there is no article number. */
function articleNumber(article: string): number {
  const m = /^第([零一二三四五六七八九十百千]+)条/.exec(article);
  if (m?.[1] === undefined) return 0;
  let total = 0;
  let digit = 0;
  for (const ch of m[1]) {
    const unit = UNITS[ch];
    if (unit === undefined) {
      digit = DIGITS.indexOf(ch);
      continue;
    }
    total += (digit === 0 ? 1 : digit) * unit;
    digit = 0;
  }
  return total + digit;
}
