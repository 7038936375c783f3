import type { Out } from '../../../shared/contracts/ipc';
import type { StaffRole } from '../../../shared/domain/reference-data';
import type { StaffSummary } from '../../../shared/domain/staff/staff.schema';

export type AssignmentInfo = Out<'assignment:proposal'>;
export type HistoryEntry = AssignmentInfo['history'][number];
export type AssignKind = 'proposal' | 'override' | 'reassign';

const KIND_LABELS: Readonly<Record<AssignKind, string>> = {
  proposal: '采纳建议',
  override: '调整',
  reassign: '改派',
};
const isAssignKind = (k: string): k is AssignKind => k in KIND_LABELS;

/** 采纳建议 / 调整 / 改派; an unknown kind shows as stored. */
export const assignKindLabel = (kind: string): string => (isAssignKind(kind) ? KIND_LABELS[kind] : kind);

/** Only the 主任 assigns (main enforces the same rule). */
export const isDirector = (roles: readonly StaffRole[]): boolean => roles.includes('director');

/** A person's name; null is "not yet assigned", an unknown id an ex-colleague. */
export function staffName(staff: readonly Pick<StaffSummary, 'id' | 'name'>[], id: string | null): string {
  if (id === null) return '未指定';
  return staff.find((s) => s.id === id)?.name ?? '（人员已不存在）';
}

/** The text lines of a stored handover sheet (`{ sheet, text }`), or null when the entry has none. */
export function handoverLines(handover: unknown): string[] | null {
  if (typeof handover !== 'object' || handover === null || !('text' in handover)) return null;
  const text = handover.text;
  if (!Array.isArray(text)) return null;
  const lines = text.filter((t): t is string => typeof t === 'string');
  return lines.length === 0 ? null : lines;
}

/** The latest assignment whose handover sheet is still waiting for the new A角 to confirm, if any. */
export function pendingHandover(history: readonly HistoryEntry[]): HistoryEntry | null {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const h = history[i];
    if (h === undefined) continue;
    if (handoverLines(h.handover) !== null) return h.handoverConfirmedAt === null ? h : null;
  }
  return null;
}

/** Who may confirm a handover: the new A角 or the 主任 (main checks the same). */
export const mayConfirmHandover = (
  entry: Pick<HistoryEntry, 'a'>,
  user: { id: string; roles: readonly StaffRole[] },
): boolean => entry.a === user.id || isDirector(user.roles);

/** Newest first, for display. */
export const newestFirst = (history: readonly HistoryEntry[]): HistoryEntry[] =>
  [...history].sort((x, y) => (x.createdAt < y.createdAt ? 1 : x.createdAt > y.createdAt ? -1 : 0));

/** '2026-11-26T01:02:03.000Z' → '2026-11-26 09:02' in China time (UTC+8, no daylight saving). */
export function chinaTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Two decimals at most: 1.3 stays "1.3", 0.30000000000000004 becomes "0.3". */
export const loadText = (n: number): string => String(Math.round(n * 100) / 100);
