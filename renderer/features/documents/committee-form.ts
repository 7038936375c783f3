import { formatCaseNumber } from '../../../shared/documents/case-number';

/**
 * The 案号 preview under the pattern field: the first number of `year` as acceptance would assign it (main fills
 * {简称} {年} {号}, and {类型} with `type`: 案 for the committee's arbitration cases, 调 for a station's mediation
 * cases), or why the pattern cannot produce one.
 */
export function caseNumberPreview(
  pattern: string,
  shortName: string,
  year: number,
  seq = 1,
  type?: string,
): { ok: true; text: string } | { ok: false; message: string } {
  try {
    const parts = { shortName: shortName.trim(), year, seq, ...(type === undefined ? {} : { type }) };
    return { ok: true, text: formatCaseNumber(pattern.trim(), parts) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
