import { AppFailure } from '../../result';
import type { MutationPlanner } from '../plan/planner';
import type { PlanStore } from '../plan/plan-store';
import { preparedValue } from './case-register';

export const planCreateOffice: MutationPlanner<'office.create', { id: string }> = {
  plan(args, { store, nowIso }) {
    const id = preparedValue(args.id, 'id');
    if (args.parentId !== undefined && !store.get('office', args.parentId))
      throw new AppFailure('VALIDATION', '上级机构不存在');
    const office = {
      id,
      kind: args.kind,
      name: args.name,
      shortName: args.shortName,
      parentId: args.parentId ?? null,
    };
    // An office is its own office: the server scopes its row by it.
    store.insert('office', { ...office, officeId: id, createdAt: nowIso });
    return {
      result: { id },
      audit: { entity: 'office', entityId: id, caseId: null, officeId: id, before: null, after: office },
    };
  },
};

/** SQLite compares usernames COLLATE NOCASE (ASCII letters only); every store compares them so. */
const nocase = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Whether a username is already taken (by any account, active or not). */
const usernameTaken = (store: PlanStore, username: string): boolean =>
  store.list('staff', {}).some((s) => nocase(s.username) === nocase(username));

/** The audit image never carries the password hash (hashed by the service before the mutation). */
export const planCreateStaff: MutationPlanner<'staff.create', { id: string }> = {
  plan(args, { store, nowIso }) {
    const id = preparedValue(args.id, 'id');
    if (!store.get('office', args.officeId))
      throw new AppFailure('VALIDATION', '所属机构不存在', {
        issues: [{ path: 'officeId', label: '所属机构', message: '所属机构：不存在' }],
      });
    if (usernameTaken(store, args.username))
      throw new AppFailure('CONFLICT', `用户名“${args.username}”已被使用`, {
        issues: [
          {
            path: 'username',
            label: '用户名',
            message: `用户名：“${args.username}”已被使用`,
          },
        ],
      });
    const roles = [...new Set(args.roles)];
    store.insert('staff', {
      id,
      officeId: args.officeId,
      name: args.name,
      username: args.username,
      passwordHash: args.passwordHash,
      roles,
      active: true,
      createdAt: nowIso,
    });
    return {
      result: { id },
      audit: {
        entity: 'staff',
        entityId: id,
        caseId: null,
        officeId: args.officeId,
        before: null,
        after: {
          id,
          officeId: args.officeId,
          name: args.name,
          username: args.username,
          roles,
          active: true,
        },
      },
    };
  },
};

/** First start: the committee and its first administrator. Refused once any account exists. */
export const planInitializeSetup: MutationPlanner<'setup.initialize', { officeId: string; adminId: string }> =
  {
    plan(args, { store, nowIso }) {
      if (store.list('staff', {}).length > 0)
        throw new AppFailure('CONFLICT', '系统已经初始化，不能重复初始化');
      const officeId = preparedValue(args.officeId, 'officeId');
      const adminId = preparedValue(args.adminId, 'adminId');
      const office = {
        id: officeId,
        kind: 'committee' as const,
        name: args.committeeName,
        shortName: args.shortName,
        parentId: null,
      };
      store.insert('office', { ...office, officeId, createdAt: nowIso });
      const roles = ['admin', 'director'];
      store.insert('staff', {
        id: adminId,
        officeId,
        name: args.adminName,
        username: args.username,
        passwordHash: args.passwordHash,
        roles,
        active: true,
        createdAt: nowIso,
      });
      return {
        result: { officeId, adminId },
        audit: {
          entity: 'office',
          entityId: officeId,
          caseId: null,
          officeId,
          before: null,
          after: {
            office,
            admin: { id: adminId, name: args.adminName, username: args.username, roles },
          },
        },
      };
    },
  };
