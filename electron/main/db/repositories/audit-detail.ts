import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** An audit entry's images: the row (or part of it) before the change and after it. */
export type AuditImages = { before: unknown; after: unknown };

/**
 * The stored form of an audit entry's before/after images since migration 0012 (issue 12 item 5, "small on
 * disk"): the JSON text `[before, after]` compressed with raw DEFLATE into one BLOB. A registration's images
 * hold the case with its parties and claims, so the audit was the largest table after the outbox; compressed
 * it takes about half. The hash chain is unchanged: it covers the images themselves (audit-chain.ts), which
 * decode from this form exactly as they did from the JSON text columns, so old and new entries verify alike.
 */
export function encodeAuditDetail(images: AuditImages): Buffer {
  return deflateRawSync(JSON.stringify([images.before ?? null, images.after ?? null]));
}

/** Throws when the bytes are not such a form (a damaged or tampered entry); verifyChain reports it as such. */
export function decodeAuditDetail(detail: Uint8Array): AuditImages {
  const v: unknown = JSON.parse(inflateRawSync(detail).toString('utf8'));
  if (!Array.isArray(v) || v.length !== 2) throw new Error('audit detail is not [before, after]');
  return { before: v[0] as unknown, after: v[1] as unknown };
}
