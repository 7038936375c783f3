import { isValidIsoDate } from '../../../shared/validate/date';

/** One line of the import box, parsed: 'YYYY-MM-DD 休 名称' (day off) or 'YYYY-MM-DD 班 名称' (调休上班). */
export type ParsedDay = { line: number; date: string; isOffDay: boolean; name: string };

const OFF = new Set(['休', '假', '放假', '休息']);
const WORK = new Set(['班', '上班', '补班', '调休上班']);

const LINE = /^(\S+)[\s,，]+(\S+)(?:[\s,，]+(.+))?$/;
const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;

/** '2027-2-6', '2027/02/06' and '2027年2月6日' all mean 2027-02-06. */
export function normalizeDate(s: string): string | null {
  const m = DATE.exec(s);
  if (m === null) return null;
  const iso = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/**
 * Parses the textarea. Blank lines and lines starting with '#' are skipped; each problem is reported with its
 * 1-based line number, in Chinese, so the administrator can fix the notice transcription line by line.
 */
export function parseCalendarLines(text: string): { days: ParsedDay[]; errors: string[] } {
  const days: ParsedDay[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const s = raw.trim();
    if (s === '' || s.startsWith('#')) return;
    const m = LINE.exec(s);
    if (m === null) {
      errors.push(`第 ${line} 行：格式应为“YYYY-MM-DD 休 名称”或“YYYY-MM-DD 班 名称”`);
      return;
    }
    const [, dateText = '', kind = '', name = ''] = m;
    const date = normalizeDate(dateText);
    if (date === null)
      errors.push(`第 ${line} 行：日期“${dateText}”无效（格式应为 YYYY-MM-DD，且须为真实日期）`);
    const isOff = OFF.has(kind);
    if (!isOff && !WORK.has(kind)) errors.push(`第 ${line} 行：“${kind}”应为“休”（放假）或“班”（调休上班）`);
    if (name.trim() === '') errors.push(`第 ${line} 行：缺少节日名称`);
    if (date !== null && (isOff || WORK.has(kind)) && name.trim() !== '')
      days.push({ line, date, isOffDay: isOff, name: name.trim() });
  });
  return { days, errors };
}

/** "共 12 天：放假 9 天，调休上班 3 天". */
export function daysSummary(days: readonly Pick<ParsedDay, 'isOffDay'>[]): string {
  const off = days.filter((d) => d.isOffDay).length;
  return `共 ${days.length} 天：放假 ${off} 天，调休上班 ${days.length - off} 天`;
}
