import type { SyncEntity } from './entities';

/**
 * Which synced rows reference a content-addressed file (sync §2.11), in one place: a generated document's file
 * (`document.blobSha256`) and the 凭证附件 of a procedural step (`event.payload.evidenceFile.sha256`). The desktop
 * queues downloads from it; the server's access check asks the same question in SQL (server/blobs/blob-access.ts,
 * and the expression index of its migration 0004) — a new referencing field must be added to all three.
 */
export function blobRefsOf(entity: SyncEntity, row: Record<string, unknown> | null): string[] {
  if (row === null) return [];
  if (entity === 'document') return sha(row['blobSha256']);
  if (entity === 'event') {
    const payload = row['payload'];
    const file =
      typeof payload === 'object' && payload !== null
        ? (payload as Record<string, unknown>)['evidenceFile']
        : null;
    return typeof file === 'object' && file !== null ? sha((file as Record<string, unknown>)['sha256']) : [];
  }
  return [];
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;

const sha = (v: unknown): string[] => (typeof v === 'string' && SHA256_HEX.test(v) ? [v] : []);
