import { formatCaseNumber } from '../../../shared/documents/case-number';

/**
 * The 案号 preview under the pattern field: the first number of `year` as acceptance would assign it (main fills
 * {简称} {年} {号}), or why the pattern cannot produce one.
 */
export function caseNumberPreview(
  pattern: string,
  shortName: string,
  year: number,
  seq = 1,
): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: formatCaseNumber(pattern.trim(), { shortName: shortName.trim(), year, seq }) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
