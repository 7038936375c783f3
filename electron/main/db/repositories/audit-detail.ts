import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** An audit entry's images: the row (or part of it) before the change and after it. */
export type AuditImages = { before: unknown; after: unknown };

/**
 * The stored form of an audit entry's before/after images since migration 0012 (issue 12 item 5, "small on
 * disk"): the JSON text `[before, after]` compressed with raw DEFLATE into one BLOB. A registration's images
 * hold the case with its parties and claims, so the audit was the largest table after the outbox; compressed
 * it takes about half. The hash chain is unchanged: it covers the images themselves (audit-chain.ts), which
 * decode from this form exactly as they did from the JSON text columns, so old and new entries verify alike.
 *
 * Since migration 0013 the compression may start from a preset dictionary: the JSON text of the args the
 * entry's own outbox row keeps (`detail_args` = 1). The images repeat much of what the person asked for (a
 * registration's names, addresses, ids and claims; an action's payload), so DEFLATE refers back to the args
 * instead of storing those bytes again — about a third of the size. Nothing is lost: the outbox row is kept for
 * good (the audit row's foreign key), its args are never rewritten (only stored compressed once acknowledged,
 * outbox-args.ts, the same text), and an entry whose args were changed no longer decodes to the images its
 * hash covers, so the chain names it.
 */
export function encodeAuditDetail(images: AuditImages, dictionary?: Buffer): Buffer {
  const json = JSON.stringify([images.before ?? null, images.after ?? null]);
  return dictionary === undefined ? deflateRawSync(json) : deflateRawSync(json, { dictionary });
}

/** Throws when the bytes are not such a form (a damaged or tampered entry); verifyChain reports it as such. */
export function decodeAuditDetail(detail: Uint8Array, dictionary?: Buffer): AuditImages {
  const text = (
    dictionary === undefined ? inflateRawSync(detail) : inflateRawSync(detail, { dictionary })
  ).toString('utf8');
  const v: unknown = JSON.parse(text);
  if (!Array.isArray(v) || v.length !== 2) throw new Error('audit detail is not [before, after]');
  return { before: v[0] as unknown, after: v[1] as unknown };
}
