import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROTOCOL_VERSION } from '../shared/sync/protocol';
import { AppFailure } from '../shared/result';
import { buildServer } from './app';
import { serverSchemaVersion } from './db/migrate';
import type { ServerDb } from './db/types';
import { route } from './http/route';
import { DB_KINDS, openTestDb } from './testing/test-db';

/** Log lines the server writes, captured to check that a 500's error id and stack reach the log. */
function captureLog(): { lines: Record<string, unknown>[]; stream: { write(s: string): void } } {
  const lines: Record<string, unknown>[] = [];
  return {
    lines,
    stream: { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) },
  };
}

describe.each(DB_KINDS)('the HTTP server on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  const log = captureLog();
  beforeAll(async () => {
    db = await openTestDb(kind);
    app = await buildServer({
      db,
      logger: { level: 'info', stream: log.stream },
      bodyLimit: 4096,
      routes: [
        (a) => {
          route(a, {
            method: 'POST',
            url: '/probe/:id',
            params: z.object({ id: z.uuid() }),
            query: z.object({ limit: z.coerce.number().int().max(100) }),
            body: z.object({ username: z.string().min(3), amountFen: z.number().int() }),
            handler: ({ params, query, body }) => ({ ok: true, params, query, body }),
          });
          route(a, {
            method: 'GET',
            url: '/probe/boom',
            handler: () => {
              throw new Error('secret detail at /srv/internal/path');
            },
          });
          route(a, {
            method: 'GET',
            url: '/probe/conflict',
            handler: () => {
              throw new AppFailure('CONFLICT', '案件已被他人修改');
            },
          });
        },
      ],
    });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('answers /health with the database kind, schema, server id and protocol', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    const serverId = (
      await db.query<{ value: string }>("SELECT value FROM server_meta WHERE key = 'server_id'")
    ).rows[0]?.value;
    expect(res.json()).toEqual({
      ok: true,
      db: kind,
      singleMachine: kind === 'pglite',
      schemaVersion: serverSchemaVersion(),
      serverId,
      protocolVersion: PROTOCOL_VERSION,
    });
  });

  it('passes parsed params, query and body to the handler', async () => {
    const caseId = '0190f5a8-7b3c-7d2e-8f00-123456789abc';
    const res = await app.inject({
      method: 'POST',
      url: `/probe/${caseId}?limit=5`,
      payload: { username: 'clerk', amountFen: 12_300 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      ok: true,
      params: { id: caseId },
      query: { limit: 5 },
      body: { username: 'clerk', amountFen: 12_300 },
    });
  });

  it('refuses invalid input with 400 VALIDATION, in Chinese, naming each field', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/probe/not-a-uuid?limit=500',
      payload: { username: 'ab', amountFen: 1.5 },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{
      ok: boolean;
      error: { code: string; message: string; issues: { path: string }[] };
    }>();
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.issues.map((i) => i.path)).toEqual([
      'params.id',
      'query.limit',
      'body.username',
      'body.amountFen',
    ]);
    expect(body.error.message).toMatch(/^编号：.*（另有 3 处错误）$/);
    expect(JSON.stringify(body.error.issues)).toContain('用户名：');
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('says in Chinese when the body is not JSON, too large or missing', async () => {
    const caseId = '0190f5a8-7b3c-7d2e-8f00-123456789abc';
    const bad = await app.inject({
      method: 'POST',
      url: `/probe/${caseId}?limit=1`,
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '请求内容不是有效的 JSON' },
    });
    const big = await app.inject({
      method: 'POST',
      url: `/probe/${caseId}?limit=1`,
      payload: { username: 'x'.repeat(5000), amountFen: 1 },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json<{ error: { message: string } }>().error.message).toBe('请求内容过大（上限 4096 字节）');
    const none = await app.inject({ method: 'POST', url: `/probe/${caseId}?limit=1` });
    expect(none.statusCode).toBe(400);
    expect(none.json<{ error: { message: string } }>().error.message).toMatch(/^请求内容：/);
  });

  it('never sends a stack: a 500 carries an error id that the log has with the full error', async () => {
    const res = await app.inject({ method: 'GET', url: '/probe/boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json<{ ok: false; error: { code: string; message: string; errorId: string } }>();
    expect(body).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: '服务器内部错误', errorId: expect.any(String) as string },
    });
    expect(res.body).not.toContain('secret detail');
    expect(res.body).not.toContain('at ');
    const line = log.lines.find((l) => l['errorId'] === body.error.errorId);
    expect(JSON.stringify(line?.['err'])).toContain('secret detail');
  });

  it('maps an expected failure to its status with its own message, and unknown paths to 404', async () => {
    const res = await app.inject({ method: 'GET', url: '/probe/conflict' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({ ok: false, error: { code: 'CONFLICT', message: '案件已被他人修改' } });
    const missing = await app.inject({ method: 'GET', url: '/nowhere' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
