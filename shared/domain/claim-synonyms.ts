import { z } from 'zod';
import { DISPUTE_REASON_CODES, disputeReasonLabel, type DisputeReason } from './reference-data';

/**
 * Common words for each 请求类型 / 案由 (resources/claim-synonyms/default.json, or the committee's own table in the
 * `claim.synonyms` setting): 拖欠工资 → 追索劳动报酬. Only the pickers read them; a case stores the code.
 */
export const MAX_SYNONYM_LENGTH = 20;
export const MAX_SYNONYMS_PER_TYPE = 50;

const Word = z
  .string({ message: '常用说法须为文字' })
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .min(1, { message: '常用说法不能为空' })
      .max(MAX_SYNONYM_LENGTH, { message: `常用说法不能超过 ${MAX_SYNONYM_LENGTH} 个字符` }),
  );

const KNOWN = new Set<string>(DISPUTE_REASON_CODES);

export const ClaimSynonyms = z
  .record(
    z.string(),
    z
      .array(Word, { message: '常用说法须为列表' })
      .max(MAX_SYNONYMS_PER_TYPE, { message: `每种请求类型最多 ${MAX_SYNONYMS_PER_TYPE} 个常用说法` }),
    { message: '常用说法表须为对象' },
  )
  .superRefine((table, ctx) => {
    for (const [code, words] of Object.entries(table)) {
      if (!KNOWN.has(code)) {
        ctx.addIssue({ code: 'custom', path: [code], message: `未知的请求类型 ${code}` });
        continue;
      }
      const seen = new Set<string>();
      words.forEach((w, i) => {
        if (seen.has(w)) ctx.addIssue({ code: 'custom', path: [code, i], message: `“${w}”重复` });
        seen.add(w);
      });
    }
  })
  // Checked above: every key is a 案由 code.
  .transform((table) => table as Partial<Record<DisputeReason, string[]>>);
export type ClaimSynonyms = z.output<typeof ClaimSynonyms>;

/** Chinese message naming the type and the word for an issue of ClaimSynonyms ('追索劳动报酬 第 3 个常用说法：…'). */
export function synonymIssueText(path: readonly PropertyKey[], message: string): string {
  const [code, index] = path;
  if (typeof code !== 'string') return message;
  if (!KNOWN.has(code)) return message;
  const type = disputeReasonLabel(code);
  return typeof index === 'number'
    ? `“${type}”第 ${index + 1} 个常用说法：${message}`
    : `“${type}”：${message}`;
}
