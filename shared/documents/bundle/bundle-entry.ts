// The court bundle (移送法院材料, issue 13 item 5 裁审衔接): what one file of the .zip is, as the case-file index
// (卷宗目录), the evidence list and the manifest all describe it. Pure; main reads the bytes and writes the zip.

import { z } from 'zod';

/** The parts of the bundle, in the order of the index (卷宗目录) and the folders of the zip. */
export const BUNDLE_CATEGORIES = [
  { code: 'index', label: '卷宗目录', folder: '' },
  { code: 'document', label: '文书', folder: '01-文书' },
  { code: 'service', label: '送达回证', folder: '02-送达回证' },
  { code: 'elements', label: '要素表', folder: '03-要素表' },
  { code: 'evidence', label: '证据材料', folder: '04-证据材料' },
] as const;
export type BundleCategory = (typeof BUNDLE_CATEGORIES)[number]['code'];
export const categoryLabel = (c: BundleCategory): string =>
  BUNDLE_CATEGORIES.find((x) => x.code === c)?.label ?? c;

/** One file of the bundle: its path in the zip, what it is, and the SHA-256 and size of the bytes written. */
export const BundleFile = z.object({
  path: z.string().min(1),
  title: z.string(),
  category: z.enum(BUNDLE_CATEGORIES.map((c) => c.code) as [BundleCategory, ...BundleCategory[]]),
  /** The day the material was made or the step it belongs to was taken, 'YYYY-MM-DD', when known. */
  date: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
});
export type BundleFile = z.infer<typeof BundleFile>;

/** A file before its bytes are known (the index lists files by path, title and date). */
export type PlannedFile = Omit<BundleFile, 'sha256' | 'size'>;

/** The name a file gets inside its folder: no path separators or characters Windows refuses, at most 100 long. */
export const zipSafeName = (s: string): string =>
  s
    .replace(/[\\/:*?"<>|\s]+/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 100);

/**
 * `folder/name`, made unique among `taken` by a counter before the extension ("x.pdf", "x-2.pdf"), so two proofs
 * uploaded under the same name both reach the court.
 */
export function uniquePath(taken: Set<string>, folder: string, name: string): string {
  const safe = zipSafeName(name) || 'file';
  const dot = safe.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [safe.slice(0, dot), safe.slice(dot)] : [safe, ''];
  const at = (n: number) => `${folder === '' ? '' : `${folder}/`}${n === 1 ? stem : `${stem}-${n}`}${ext}`;
  let n = 1;
  while (taken.has(at(n))) n += 1;
  taken.add(at(n));
  return at(n);
}

/** '12.3 KB' / '1.2 MB' / '512 B' for the lists a person reads (the manifest keeps exact bytes). */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
