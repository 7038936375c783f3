import { z } from 'zod';

/**
 * The wire contract of adoption (sync §2.10 "revoked while offline"): a mutation the server refused as
 * `not_authorized` — its author was deactivated or moved after making it offline — is kept with its args and
 * author, and a director of the office whose device pushed it may adopt it. Adopting re-runs the same name and
 * args as a new mutation of the director's own (pushed and checked like any other); the server links the
 * original to it and audits the decision. Each request is checked against the director's role on the server.
 */
const Id = z.string().min(1).max(128);

export const RejectedQuery = z.object({ officeId: Id }).strict();
export type RejectedQuery = z.infer<typeof RejectedQuery>;

export const Adoption = z.object({
  by: z.string(),
  byName: z.string().nullable(),
  at: z.string(),
  reason: z.string(),
  /** The new mutation that carries it: the adopting device and its outbox id. */
  clientId: z.string(),
  mutationId: z.number().int().positive(),
});
export type Adoption = z.infer<typeof Adoption>;

export const RejectedForAdoption = z.object({
  clientId: z.string(),
  mutationId: z.number().int().positive(),
  name: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  /** When the server refused it (ISO). */
  at: z.string(),
  code: z.string(),
  reason: z.string(),
  /** The args brought to this server's version of the mutation (null when they cannot be, see `notAdoptable`). */
  args: z.unknown(),
  /** Why it cannot be adopted as it stands (a mutation or version this server does not know), else null. */
  notAdoptable: z.string().nullable(),
  adopted: Adoption.nullable(),
});
export type RejectedForAdoption = z.infer<typeof RejectedForAdoption>;

export const RejectedList = z.object({ items: z.array(RejectedForAdoption) });
export type RejectedList = z.infer<typeof RejectedList>;

export const AdoptParams = z
  .object({ clientId: Id, mutationId: z.coerce.number().int().positive() })
  .strict();
export type AdoptParams = z.infer<typeof AdoptParams>;

export const AdoptBody = z
  .object({
    /** The outbox id of the new mutation on the adopting device, which carries the same name and args. */
    adoptedAs: z.number().int().positive(),
    reason: z.string().trim().min(1, { message: '请填写采纳理由' }).max(500),
  })
  .strict();
export type AdoptBody = z.infer<typeof AdoptBody>;

export const AdoptResponse = z.object({ ok: z.literal(true), adopted: Adoption });
export type AdoptResponse = z.infer<typeof AdoptResponse>;
