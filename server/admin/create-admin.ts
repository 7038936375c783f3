import { z } from 'zod';
import { Password, Username } from '../../shared/domain/staff/staff.schema';
import type { EntityRow, SyncEntity } from '../../shared/sync/entities';
import { RequiredText } from '../../shared/schema/primitives';
import type { ServerDb } from '../db/types';
import { appendChanges, type ChangeLogInput } from '../sync/seq';

/**
 * `npm run server -- create-admin`: the first account on a new server. It creates the committee (the root
 * office) when there is none yet, and an administrator in it. Both are ordinary entity rows written through
 * appendChanges, so they reach every desktop through the pull feed exactly as rows written by a mutation do.
 */
export const CreateAdminArgs = z.object({
  username: Username,
  password: Password,
  name: RequiredText(50),
  /** Required when the server has no committee yet; otherwise it must name the existing one (or be left out). */
  committee: RequiredText(100).optional(),
  /** The committee's short name (简称, on documents); defaults to its full name cut to 20 characters. */
  shortName: RequiredText(20).optional(),
});
export type CreateAdminArgs = z.infer<typeof CreateAdminArgs>;

export type CreateAdminDeps = {
  now: () => Date;
  newId: () => string;
  hashPassword: (password: string) => string;
};

export type CreateAdminResult = {
  office: EntityRow<'office'>;
  officeCreated: boolean;
  staff: EntityRow<'staff'>;
  seqs: number[];
};

export class CreateAdminError extends Error {
  override readonly name = 'CreateAdminError';
}

/** Two create-admin runs at once must not both create a committee. */
const CREATE_ADMIN_LOCK_KEY = 727_012;

export async function createAdmin(
  db: ServerDb,
  args: CreateAdminArgs,
  deps: CreateAdminDeps,
): Promise<CreateAdminResult> {
  // Hashing takes a while (scrypt); do it before the transaction so no lock waits on it.
  const passwordHash = deps.hashPassword(args.password);
  return db.tx(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock($1)', [CREATE_ADMIN_LOCK_KEY]);
    const existing = await q.query<{ data: EntityRow<'office'> }>(
      "SELECT data FROM entity_rows WHERE entity = 'office' AND data->>'kind' = 'committee' AND deleted IS NULL ORDER BY row_seq LIMIT 1",
    );
    const taken = await q.query(
      "SELECT 1 FROM entity_rows WHERE entity = 'staff' AND data->>'username' = $1",
      [args.username],
    );
    if (taken.rowCount > 0) throw new CreateAdminError(`用户名「${args.username}」已存在，请换一个用户名`);

    const createdAt = deps.now().toISOString();
    let office = existing.rows[0]?.data;
    const officeCreated = office === undefined;
    if (office === undefined) {
      if (args.committee === undefined)
        throw new CreateAdminError('服务器上还没有委员会：请用 --committee 指定委员会名称');
      const id = deps.newId();
      office = {
        id,
        officeId: id,
        kind: 'committee',
        name: args.committee,
        shortName: args.shortName ?? args.committee.slice(0, 20),
        parentId: null,
        createdAt,
      };
    } else if (args.committee !== undefined && args.committee !== office.name) {
      throw new CreateAdminError(
        `服务器已有委员会「${office.name}」，与 --committee 指定的「${args.committee}」不同；管理员将加入已有委员会，请去掉 --committee 或写成已有名称`,
      );
    }
    const staff: EntityRow<'staff'> = {
      id: deps.newId(),
      officeId: office.id,
      name: args.name,
      username: args.username,
      passwordHash,
      roles: ['admin', 'director'],
      active: true,
      createdAt,
    };
    const row = (entity: SyncEntity, data: { id: string }): ChangeLogInput => ({
      entity,
      id: data.id,
      officeId: staff.officeId,
      caseId: null,
      op: 'upsert',
      data,
      fields: Object.keys(data),
      deleted: null,
      clientId: null,
      mutationId: null,
    });
    const seqs = await appendChanges(q, [
      ...(officeCreated ? [row('office', office)] : []),
      row('staff', staff),
    ]);
    return { office, officeCreated, staff, seqs };
  });
}
