import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse, WireMutation } from '../../shared/sync/protocol';
import type { ServerDb } from '../db/types';
import { documentMutation, fileBytes, putChunk, sha256Hex, syncAndBlobApp } from '../testing/blob-fixture';
import { SCHEMA } from '../testing/scope-scenario';
import { STATION, U, enrolDevice, seedOffices } from '../testing/sync-fixture';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { registerMutation, uid } from '../testing/wire-builders';

describe.each(DB_KINDS)('blob transfer on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  let station: string;
  let other: string;
  let committee: string;
  const caseId = uid('blob-case');
  let nextId = 1;

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    app = await syncAndBlobApp(db);
    station = await enrolDevice(app, 'dev-blob-station', 'med1');
    other = await enrolDevice(app, 'dev-blob-other', 'med2');
    committee = await enrolDevice(app, 'dev-blob-committee', 'admin');
    const r = await push([registerMutation(nextId++, { caseId, officeId: STATION, userId: U.med1 })]);
    expect(r.results[0]?.outcome).toBe('applied');
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  async function push(mutations: WireMutation[]): Promise<PushResponse> {
    const r = await app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: { authorization: station },
      payload: { protocolVersion: 1, clientId: 'dev-blob-station', schemaVersion: SCHEMA, mutations },
    });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  }
  const head = (sha: string, auth = station) =>
    app.inject({ method: 'HEAD', url: `/sync/blobs/${sha}`, headers: { authorization: auth } });
  const get = (sha: string, auth: string) =>
    app.inject({ method: 'GET', url: `/sync/blobs/${sha}`, headers: { authorization: auth } });
  const storedBytes = async (sha: string): Promise<number> =>
    Number(
      (
        await db.query<{ n: number | null }>(
          'SELECT sum(octet_length(data)) AS n FROM blob_chunks WHERE sha256 = $1',
          [sha],
        )
      ).rows[0]?.n ?? 0,
    );

  it('refuses a request without a device token', async () => {
    const file = fileBytes(10);
    expect((await head(sha256Hex(file), 'Bearer nope-nope-nope-nope-nope')).statusCode).toBe(401);
    expect((await putChunk(app, '', sha256Hex(file), file, 0, 10)).statusCode).toBe(401);
  });

  it('uploads in chunks; HEAD then says the file is there, so a second upload is skipped', async () => {
    const file = fileBytes(2500, 2);
    const sha = sha256Hex(file);
    const before = await head(sha);
    expect(before.statusCode).toBe(404);
    expect(before.headers['upload-offset']).toBe('0');
    for (const [a, b] of [
      [0, 1000],
      [1000, 2000],
    ] as const) {
      const r = await putChunk(app, station, sha, file, a, b);
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json()).toEqual({ ok: true, offset: b, complete: false });
    }
    const mid = await head(sha);
    expect(mid.statusCode).toBe(404);
    expect(mid.headers['upload-offset']).toBe('2000');
    const last = await putChunk(app, station, sha, file, 2000, 2500);
    expect(last.json()).toEqual({ ok: true, offset: 2500, complete: true });
    const done = await head(sha);
    expect(done.statusCode).toBe(200);
    expect(done.headers['upload-length']).toBe('2500');
  });

  it('resuming: a confirmed chunk is acknowledged without being written again; a gap is refused with the offset', async () => {
    const file = fileBytes(3000, 3);
    const sha = sha256Hex(file);
    await putChunk(app, station, sha, file, 0, 1000);
    await putChunk(app, station, sha, file, 1000, 2000);
    expect(await storedBytes(sha)).toBe(2000);
    // The answer to the second chunk was lost: the device resends it.
    const again = await putChunk(app, station, sha, file, 1000, 2000);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ ok: true, offset: 2000, complete: false });
    expect(await storedBytes(sha)).toBe(2000);
    const gap = await putChunk(app, station, sha, file, 2500, 3000);
    expect(gap.statusCode).toBe(409);
    expect(gap.headers['upload-offset']).toBe('2000');
    expect(gap.json()).toMatchObject({ ok: false, error: { code: 'blob_offset_mismatch', offset: 2000 } });
    expect((await putChunk(app, station, sha, file, 2000, 3000)).json()).toMatchObject({ complete: true });
    expect(await storedBytes(sha)).toBe(3000);
  });

  it('a corrupted final chunk: the hash check fails, the partial data is dropped and the file never appears', async () => {
    const file = fileBytes(2000, 4);
    const sha = sha256Hex(file);
    const tampered = Buffer.from(file);
    tampered[1999] = (tampered[1999] ?? 0) ^ 0xff;
    expect((await putChunk(app, station, sha, tampered, 0, 1000)).statusCode).toBe(200);
    const last = await putChunk(app, station, sha, tampered, 1000, 2000);
    expect(last.statusCode).toBe(422);
    expect(last.json()).toMatchObject({ ok: false, error: { code: 'blob_hash_mismatch' } });
    const h = await head(sha);
    expect(h.statusCode).toBe(404);
    expect(h.headers['upload-offset']).toBe('0');
    expect(await storedBytes(sha)).toBe(0);
    expect((await get(sha, station)).statusCode).toBe(404);
    // The push that references it keeps waiting, and the good bytes still go up from the start.
    expect(
      (await push([documentMutation(nextId, { caseId, officeId: STATION, userId: U.med1, sha, size: 2000 })]))
        .results,
    ).toEqual([]);
    expect((await putChunk(app, station, sha, file, 0, 2000)).json()).toMatchObject({ complete: true });
  });

  it('a mutation referencing a file is not applied before the file is complete, and is after', async () => {
    const file = fileBytes(1500, 5);
    const sha = sha256Hex(file);
    const m = documentMutation(nextId, { caseId, officeId: STATION, userId: U.med1, sha, size: file.length });
    // Not uploaded, then only partly: no outcome, the mutation id does not advance.
    expect((await push([m])).results).toEqual([]);
    await putChunk(app, station, sha, file, 0, 1000);
    expect((await push([m])).results).toEqual([]);
    await putChunk(app, station, sha, file, 1000, 1500);
    const r = await push([m]);
    expect(r.results).toEqual([expect.objectContaining({ id: nextId, outcome: 'applied' })]);
    nextId++;
  });

  it('serves a complete file only to a device that can read a row referencing it', async () => {
    const file = fileBytes(4000, 6);
    const sha = sha256Hex(file);
    await putChunk(app, station, sha, file, 0, 4000);
    // Complete but referenced by nothing yet: nobody may read it by knowing its hash.
    expect((await get(sha, station)).statusCode).toBe(403);
    const m = documentMutation(nextId, { caseId, officeId: STATION, userId: U.med1, sha, size: file.length });
    expect((await push([m])).results[0]?.outcome).toBe('applied');
    nextId++;
    const mine = await get(sha, station);
    expect(mine.statusCode).toBe(200);
    expect(sha256Hex(mine.rawPayload)).toBe(sha);
    expect((await get(sha, committee)).statusCode).toBe(200);
    const refused = await get(sha, other);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
  });
});
