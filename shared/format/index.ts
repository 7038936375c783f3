// Public API of the shared formatters (reference §5.3 dates, §5.4 大写金额).
export { formatFen, yuanToFen } from './money';
export { rmbUppercase } from './rmb-uppercase';
export type { RmbUppercaseOptions } from './rmb-uppercase';
export { chineseDate, arabicDate } from './chinese-date';
