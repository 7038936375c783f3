/** Small helpers for the row ↔ domain mapping that stays inside db/ (architecture §7.5). */
export const bool = (v: unknown): boolean => v === 1;
export const parseJsonArray = (text: unknown): string[] => {
  if (typeof text !== 'string') return [];
  const v: unknown = JSON.parse(text);
  return Array.isArray(v) ? v.map(String) : [];
};
export const parseJsonObject = (text: unknown): Record<string, unknown> => {
  if (typeof text !== 'string') return {};
  const v: unknown = JSON.parse(text);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
};
export const nullable = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
