/**
 * One step of a start-up upgrade (upgrade-database.ts), as the desktop's start-up window and the browser host's
 * console show it: step `step` of `total` has started. Steps are the pre-migration backup, each pending migration
 * and the final packing of the file (free-pages.ts); `title` is in Chinese, for the user.
 */
export type UpgradeProgress = {
  step: number;
  total: number;
  title: string;
  elapsedMs: number;
  /** A backup was written before the migrations (not when the file is only packed: that changes no data). */
  backup: boolean;
};

/** The line the browser host prints, and the window's detail: 第 2 / 5 步：迁移 0016 案件列表计数（已用 12 秒）. */
export function progressLine(p: UpgradeProgress): string {
  return `正在升级数据库：第 ${p.step} / ${p.total} 步：${p.title}（已用 ${Math.round(p.elapsedMs / 1000)} 秒）`;
}
