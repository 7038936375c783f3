import { createHash } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { formatContentRange } from '../../shared/sync/blob-protocol';
import type { WireMutation } from '../../shared/sync/protocol';
import { registerBlobRoutes } from '../blobs/routes';
import type { ServerDb } from '../db/types';
import { createNotifier } from '../sync/notifier';
import { registerSyncRoutes } from '../sync/routes';
import { PINNED_NOW, plainVerify } from './sync-fixture';
import { uid } from './wire-builders';

const AT = '2026-11-25T02:00:00.000Z';

export const sha256Hex = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** Deterministic bytes that do not compress to nothing. */
export function fileBytes(size: number, seed = 1): Buffer {
  const out = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >>> 16;
  }
  return out;
}

/** The sync routes and the blob routes on one app, as server/main.ts composes them. */
export async function syncAndBlobApp(db: ServerDb): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  registerSyncRoutes(app, {
    db,
    notifier: createNotifier(),
    verifyPassword: plainVerify,
    now: () => PINNED_NOW,
    serverSchemaVersion: 1,
  });
  await registerBlobRoutes(app, { db, now: () => PINNED_NOW });
  await app.ready();
  return app;
}

export const putChunk = (
  app: FastifyInstance,
  auth: string,
  sha: string,
  file: Buffer,
  start: number,
  end: number,
) =>
  app.inject({
    method: 'PUT',
    url: `/sync/blobs/${sha}`,
    headers: {
      authorization: auth,
      'content-type': 'application/octet-stream',
      'content-range': formatContentRange(start, end - start, file.length),
    },
    payload: file.subarray(start, end),
  });

/** documents.record as a desktop pushes it: one new document row whose file is `sha`. */
export function documentMutation(
  id: number,
  o: { caseId: string; officeId: string; userId: string; sha: string; size: number },
): WireMutation {
  const docId = uid(`doc-${o.caseId}-${id}`);
  const args = {
    id: docId,
    caseId: o.caseId,
    templateId: 'mediation-agreement',
    options: '{}',
    title: '调解协议书',
    dataHash: '0'.repeat(64),
    blobSha256: o.sha,
    fileName: '调解协议书.docx',
    size: o.size,
    version: 1,
    date: AT.slice(0, 10),
  };
  return {
    id,
    name: 'documents.record',
    version: 1,
    args,
    bases: [],
    changes: [
      {
        entity: 'document',
        id: docId,
        op: 'upsert',
        created: true,
        bases: {},
        row: {
          id: docId,
          caseId: o.caseId,
          officeId: o.officeId,
          templateId: args.templateId,
          version: 1,
          title: args.title,
          options: args.options,
          dataHash: args.dataHash,
          blobSha256: o.sha,
          fileName: args.fileName,
          size: o.size,
          docDate: args.date,
          createdAt: AT,
          createdBy: o.userId,
        },
      },
    ],
    hlc: `0000000${id}-0000-dev`,
    deviceTime: AT,
    userId: o.userId,
  };
}
