import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  BLOB_CHUNK_MAX,
  BLOB_MAX_BYTES,
  BLOB_PATH,
  parseContentRange,
  Sha256Param,
  UPLOAD_LENGTH,
  UPLOAD_OFFSET,
  type BlobRefusal,
} from '../../shared/sync/blob-protocol';
import type { ServerDb } from '../db/types';
import { route } from '../http/route';
import { authenticate } from '../sync/device-auth';
import type { DeviceAuth } from '../sync/push';
import { mayDownload } from './blob-access';
import { appendChunk, blobStatus, readChunks, type ChunkResult } from './blob-storage';

export type BlobRouteDeps = { db: ServerDb; now?: () => Date };

const refusal = (code: BlobRefusal['error']['code'], message: string, offset?: number): BlobRefusal => ({
  ok: false,
  error: { code, message, ...(offset === undefined ? {} : { offset }) },
});

/**
 * File transfer for evidence and generated documents (issue 12 item 2, docs/sync.md §2.11). Every route
 * authenticates the device token on the request itself, as the sync routes do. HEAD and PUT are open to any
 * enrolled device (it uploads a file before the row referencing it exists, so there is nothing to scope by);
 * GET serves a complete blob only to a device that can read a row referencing it.
 */
export async function registerBlobRoutes(app: FastifyInstance, deps: BlobRouteDeps): Promise<void> {
  const now = deps.now ?? (() => new Date());
  const { db } = deps;
  const device = async (req: FastifyRequest, reply: FastifyReply): Promise<DeviceAuth | null> => {
    const who = await authenticate(db, req.headers.authorization, now());
    if (who === null)
      void reply.code(401).send(refusal('unauthenticated', '登录已失效或设备已被停用，请重新登录'));
    return who;
  };

  // Encapsulated so the raw-bytes parser applies to these routes only; every other route still takes JSON.
  await app.register((scope: FastifyInstance, _opts: object, done: (e?: Error) => void) => {
    scope.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_req, body, next) =>
      next(null, body),
    );

    route(scope, {
      method: 'HEAD',
      url: `${BLOB_PATH}/:sha256`,
      params: Sha256Param,
      handler: async ({ params, req, reply }) => {
        if ((await device(req, reply)) === null) return reply;
        const s = await blobStatus(db, params.sha256);
        if (s.state === 'complete')
          return reply.code(200).header(UPLOAD_LENGTH, s.size).header(UPLOAD_OFFSET, s.size).send();
        const offset = s.state === 'partial' ? s.received : 0;
        const r = reply.code(404).header(UPLOAD_OFFSET, offset);
        return (s.state === 'partial' ? r.header(UPLOAD_LENGTH, s.size) : r).send();
      },
    });

    route(scope, {
      method: 'PUT',
      url: `${BLOB_PATH}/:sha256`,
      params: Sha256Param,
      bodyLimit: BLOB_CHUNK_MAX,
      handler: async ({ params, req, reply }) => {
        if ((await device(req, reply)) === null) return reply;
        const range = parseContentRange(req.headers['content-range']);
        const body = req.body;
        if (range === null || !Buffer.isBuffer(body))
          return reply
            .code(400)
            .send(
              refusal(
                'VALIDATION',
                '分块上传需要 Content-Range（bytes 起-止/总长）和 application/octet-stream 内容',
              ),
            );
        if (body.length !== range.end - range.start + 1)
          return reply.code(400).send(refusal('VALIDATION', `分块长度 ${body.length} 与 Content-Range 不符`));
        if (range.total > BLOB_MAX_BYTES)
          return reply
            .code(413)
            .send(refusal('VALIDATION', `文件不能超过 ${BLOB_MAX_BYTES / 1024 / 1024} MB`));
        const r = await appendChunk(db, {
          sha256: params.sha256,
          start: range.start,
          bytes: body,
          total: range.total,
        });
        return answerChunk(reply, r);
      },
    });

    route(scope, {
      method: 'GET',
      url: `${BLOB_PATH}/:sha256`,
      params: Sha256Param,
      handler: async ({ params, req, reply }) => {
        const who = await device(req, reply);
        if (who === null) return reply;
        const s = await blobStatus(db, params.sha256);
        // Only a verified whole is ever served: a partial or failed upload does not exist for readers.
        if (s.state !== 'complete')
          return reply.code(404).send(refusal('blob_not_found', '服务器上没有该文件'));
        if (!(await mayDownload(db, who.clientId, params.sha256)))
          return reply.code(403).send(refusal('not_authorized', '该文件不在本设备可查看的范围内'));
        return reply
          .code(200)
          .header('content-type', 'application/octet-stream')
          .header('content-length', s.size)
          .send(Readable.from(readChunks(db, params.sha256)));
      },
    });
    done();
  });
}

function answerChunk(reply: FastifyReply, r: ChunkResult): FastifyReply {
  reply.header(UPLOAD_OFFSET, r.offset);
  switch (r.kind) {
    case 'stored':
    case 'already':
      return reply.code(200).send({ ok: true, offset: r.offset, complete: r.complete });
    case 'wrong_offset':
      return reply
        .code(409)
        .send(
          refusal(
            'blob_offset_mismatch',
            `分块起点不对：服务器已确认 ${r.offset} 字节，请从该处继续`,
            r.offset,
          ),
        );
    case 'wrong_size':
      return reply
        .code(409)
        .send(refusal('blob_size_mismatch', `文件总长与进行中的上传（${r.size} 字节）不符`, r.offset));
    case 'hash_mismatch':
      return reply
        .code(422)
        .send(refusal('blob_hash_mismatch', '文件校验失败：内容与 SHA-256 编号不符，已丢弃，请重新上传', 0));
  }
}
