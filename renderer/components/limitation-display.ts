import type { LimitationResultView } from '../../shared/limitation';

type Status = LimitationResultView['status'];

/** The tag shown for each outcome: green in time, orange barred, grey when the period is not running or unknown. */
export const LIMITATION_STATUS: Readonly<Record<Status, { label: string; color: string }>> = {
  in_time: { label: '在时效内', color: 'green' },
  time_barred: { label: '已超过时效', color: 'orange' },
  not_running: { label: '在职期间不计算', color: 'default' },
  undetermined: { label: '无法确定', color: 'default' },
};

export const limitationStatusTag = (status: Status): { label: string; color: string } =>
  LIMITATION_STATUS[status];

/** 届满日 as shown: the date, or why there is none. */
export function barDateText(r: Pick<LimitationResultView, 'barDate' | 'status'>): string {
  if (r.barDate !== null) return r.barDate;
  return r.status === 'not_running' ? '不起算' : '暂无法计算';
}

/** The small note beside every limitation result: it informs, it never blocks (reference §2.5). */
export const LIMITATION_NOTE =
  '仅供参考，不影响登记：仲裁时效是被申请人的抗辩事由，仲裁委员会不主动适用，超过时效的申请仍应收件（参照《民法典》第一百九十三条）。';
