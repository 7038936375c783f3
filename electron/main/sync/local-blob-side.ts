import type { LocalBlobSide } from '../../../shared/sync/blob-sync';
import type { BlobStore } from '../blobs/blob-store';
import type { Repos } from '../db/repositories';
import type { Logger } from '../logger';

/** The last failure of a file's transfer, in sync_meta (local, never synced); cleared when it succeeds. */
export const blobErrorKey = (sha256: string): string => `sync.blob_error.${sha256}`;

/**
 * The desktop's side of file transfer (shared/sync/blob-sync.ts) over the blob_queue table and the
 * content-addressed store in the data folder.
 */
export function createLocalBlobSide(deps: {
  repos: Pick<Repos, 'blobQueue' | 'meta'>;
  blobs: BlobStore;
  log?: Logger;
}): LocalBlobSide {
  const { repos, blobs } = deps;
  const q = repos.blobQueue;
  const succeeded = (sha256: string) => {
    q.markDone(sha256);
    repos.meta.delete(blobErrorKey(sha256));
  };
  return {
    uploads() {
      for (const sha of q.untrackedDeps()) {
        const size = blobs.size(sha);
        if (size !== null) q.enqueueUpload(sha, size);
      }
      return q.uploads().filter((u) => blobs.has(u.sha256));
    },
    read: (sha256, start, length) => blobs.read(sha256, start, length),
    progress: (sha256, offset) => q.setProgress(sha256, offset),
    confirmed: succeeded,
    downloads() {
      const wanted: string[] = [];
      for (const sha of q.wantedDownloads()) {
        const size = blobs.size(sha);
        // Already here (the same file attached on this desktop): let HEAD confirm the server has it.
        if (size === null) wanted.push(sha);
        else q.switchToUpload(sha, size);
      }
      return wanted;
    },
    async receive(sha256, bytes) {
      const r = await blobs.receive(sha256, bytes);
      if (r.ok) succeeded(sha256);
      return r;
    },
    failed(sha256, direction, reason) {
      q.markFailed(sha256);
      repos.meta.set(blobErrorKey(sha256), JSON.stringify({ direction, reason }));
      deps.log?.info('sync.blob.failed', { sha256, direction, reason });
    },
  };
}
