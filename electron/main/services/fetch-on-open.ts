import type { Result } from '../../../shared/result';

/** Downloads one file from the centre now; true when it is then in the local store (connected-sync-service.ts). */
export type FetchBlob = (sha256: string) => Promise<boolean>;

/**
 * Opening a file this desktop does not hold yet (sync §2.11: an archived case's files come down on first open,
 * not with every pull): when the local read says NOT_FOUND and the row names a file, fetch it — the download is
 * hash-checked before it is stored — and read again.
 */
export async function readOrFetch<T>(
  sha256: string | null,
  fetchBlob: FetchBlob | undefined,
  read: () => Result<T>,
): Promise<Result<T>> {
  const first = read();
  if (first.ok || first.error.code !== 'NOT_FOUND' || sha256 === null || fetchBlob === undefined)
    return first;
  return (await fetchBlob(sha256)) ? read() : first;
}
