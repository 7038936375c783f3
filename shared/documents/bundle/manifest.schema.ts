import { z } from 'zod';
import { BundleFile } from './bundle-entry';

/** The manifest's own path: at the root, so a court's tool finds it without reading the index. */
export const MANIFEST_PATH = 'manifest.json';
export const MANIFEST_FORMAT = 'ldcs-court-bundle/1';

/**
 * `manifest.json` of the court bundle: every other file of the zip with the SHA-256 and size of its bytes, so the
 * receiving court (or anyone later) can check that nothing was changed. It cannot list its own hash.
 */
export const BundleManifest = z.object({
  format: z.literal(MANIFEST_FORMAT),
  caseId: z.string(),
  caseNo: z.string(),
  committee: z.string(),
  /** When the bundle was made, ISO 8601. */
  generatedAt: z.string(),
  files: z.array(BundleFile),
});
export type BundleManifest = z.infer<typeof BundleManifest>;
