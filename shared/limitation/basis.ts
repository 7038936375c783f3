// Citations shown beside the result (reference §2.5, §2.2). Confidence per the reference: the law and the Civil
// Code are [V]; 办案规则 第二十七条 is [M] (official text not consulted); the typical case's text is [V], its issuer
// and year [M].

export const LAW_27_1 = '《劳动争议调解仲裁法》第二十七条第一款';
export const LAW_27_2 = '《劳动争议调解仲裁法》第二十七条第二款';
export const LAW_27_3 = '《劳动争议调解仲裁法》第二十七条第三款';
export const LAW_27_4 = '《劳动争议调解仲裁法》第二十七条第四款';
export const RULES_27 = '《劳动人事争议仲裁办案规则》第二十七条';
/** Start day excluded. */
export const CIVIL_201 = '《民法典》第二百零一条';
/** A year ends on the corresponding day, or the month's last day. */
export const CIVIL_202 = '《民法典》第二百零二条';
/** A last day that is a 法定休假日 moves to the day after the holiday ends. */
export const CIVIL_203 = '《民法典》第二百零三条';
/** The tribunal does not apply the time bar of its own motion; it is the respondent's defence. */
export const CIVIL_193 = '《民法典》第一百九十三条（参照）';
export const OVERTIME_CASE =
  '人力资源社会保障部、最高人民法院劳动人事争议典型案例“加班费的仲裁时效应当如何认定”';
