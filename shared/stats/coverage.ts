/** What the figures cover, in words, for the page and the .xlsx: the offices, and as of when (offline, the local
 * database as of the last sync — a committee's figures include its stations' cases only as far as synced). */
export type CoverageFacts = {
  readonly offices: readonly { readonly name: string }[];
  readonly enrolled: boolean;
  readonly lastSyncAt: string | null;
  readonly computedAt: string;
};

/** An ISO instant as China time, 'YYYY-MM-DD HH:mm' (UTC+8, no daylight saving). */
export function chinaTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

export function coverageText(c: CoverageFacts): string {
  const offices = c.offices.map((o) => o.name).join('、');
  const asOf = !c.enrolled
    ? '本机单机数据'
    : c.lastSyncAt === null
      ? '尚未与中心服务器同步，仅含本机数据'
      : `本机数据，截至最近一次同步 ${chinaTime(c.lastSyncAt)}`;
  return `数据范围：${offices}（${asOf}）；统计时间 ${chinaTime(c.computedAt)}`;
}
