import type { RowChange } from '../../shared/sync/changes';
import { createHash } from 'node:crypto';
import type { WireMutation } from '../../shared/sync/protocol';

/** A stable UUID for a readable test name (mutation args take UUIDs only). */
export const uid = (name: string): string => {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const AT = '2026-11-25T02:00:00.000Z';

/** The rows a desktop's case.register writes for a one-applicant, one-respondent case (camelCase, full). */
export function registerMutation(
  id: number,
  o: {
    caseId: string;
    officeId: string;
    userId: string;
    kind?: 'mediation' | 'arbitration';
    extra?: RowChange[];
  },
): WireMutation {
  const kind = o.kind ?? 'mediation';
  const provisionalNo = `PROV-${o.caseId.slice(0, 13)}`;
  const hlc = `0000000${id}-0000-dev`;
  const party = (pid: string, role: string, name: string, sortOrder: number): RowChange => ({
    entity: 'party',
    id: pid,
    op: 'upsert',
    created: true,
    bases: {},
    row: {
      id: pid,
      caseId: o.caseId,
      officeId: o.officeId,
      kind: role === 'applicant' ? 'worker' : 'employer',
      role,
      name,
      idNumber: role === 'applicant' ? '11010519491231002X' : null,
      creditCode: role === 'applicant' ? null : '91350100M000100Y43',
      sex: null,
      birthDate: null,
      ethnicity: null,
      address: null,
      phone: null,
      legalRep: null,
      legalRepTitle: null,
      representsPartyId: null,
      agentType: null,
      authority: null,
      sortOrder,
      createdAt: AT,
    },
  });
  const changes: RowChange[] = [
    {
      entity: 'case',
      id: o.caseId,
      op: 'upsert',
      created: true,
      bases: {},
      row: {
        id: o.caseId,
        officeId: o.officeId,
        kind,
        provisionalNo,
        officialNo: null,
        status: 'received',
        receivedDate: '2026-11-20',
        acceptedDate: null,
        closedDate: null,
        archivedDate: null,
        outcome: null,
        reasons: ['overtime'],
        isCollective: false,
        workerCount: null,
        isMigrantWage: false,
        isSimple: false,
        summary: null,
        linkedCaseId: null,
        handlerId: null,
        bHandlerId: null,
        clerkId: null,
        limitation: null,
        voidedAt: null,
        voidedBy: null,
        voidReason: null,
        createdAt: AT,
        createdBy: o.userId,
        updatedAt: AT,
      },
    },
    party(uid(`${o.caseId}-p1`), 'applicant', '张三', 0),
    party(uid(`${o.caseId}-p2`), 'respondent', '某某公司', 1),
    {
      entity: 'claim',
      id: uid(`${o.caseId}-c1`),
      op: 'upsert',
      created: true,
      bases: {},
      row: {
        id: uid(`${o.caseId}-c1`),
        caseId: o.caseId,
        officeId: o.officeId,
        type: 'overtime',
        description: '支付加班费',
        amountFen: 100_00,
        sortOrder: 0,
        createdAt: AT,
      },
    },
    {
      entity: 'event',
      id: uid(`${o.caseId}-received`),
      op: 'upsert',
      created: true,
      bases: {},
      row: {
        id: uid(`${o.caseId}-received`),
        caseId: o.caseId,
        officeId: o.officeId,
        type: 'case.received',
        occurredOn: '2026-11-20',
        recordedAt: AT,
        actorId: o.userId,
        payload: { kind, provisionalNo },
        supersedesEventId: null,
        hlc,
      },
    },
    ...(o.extra ?? []),
  ];
  return {
    id,
    name: 'case.register',
    version: 1,
    args: {
      id: o.caseId,
      provisionalNo,
      receivedEventId: uid(`${o.caseId}-received`),
      kind,
      officeId: o.officeId,
      receivedDate: '2026-11-20',
      reasons: ['overtime'],
      isCollective: false,
      isMigrantWage: false,
      parties: [
        {
          id: uid(`${o.caseId}-p1`),
          kind: 'worker',
          role: 'applicant',
          name: '张三',
          idNumber: '11010519491231002X',
        },
        {
          id: uid(`${o.caseId}-p2`),
          kind: 'employer',
          role: 'respondent',
          name: '某某公司',
          creditCode: '91350100M000100Y43',
        },
      ],
      claims: [{ id: uid(`${o.caseId}-c1`), type: 'overtime', description: '支付加班费', amountFen: 100_00 }],
    },
    bases: [],
    changes,
    hlc,
    deviceTime: AT,
    userId: o.userId,
  };
}

/**
 * An edit of a registered case's 案情摘要 as a desktop pushes it: a real 更正 (case.correct) whose facts are those
 * `registerMutation` registered, with `row.summary` as the new summary, and the rows it changes — the summary
 * with the base the author saw, and the correction event. The server re-plans it, so only the args decide what
 * is stored; the pushed bases decide conflicts.
 */
export function editMutation(
  id: number,
  o: {
    userId: string;
    caseId: string;
    row: Record<string, unknown>;
    entity: 'case';
    field: 'summary';
    base: number;
  },
): WireMutation {
  const registered = registerMutation(0, {
    caseId: o.caseId,
    officeId: String(o.row['officeId']),
    userId: o.userId,
  }).args as Record<string, unknown>;
  const eventId = uid(`${o.caseId}-edit-${id}-${o.userId}`);
  const hlc = `0000000${id}-0000-dev`;
  return {
    id,
    name: 'case.correct',
    version: 1,
    args: {
      caseId: o.caseId,
      facts: {
        officeId: o.row['officeId'],
        receivedDate: registered['receivedDate'],
        reasons: registered['reasons'],
        isCollective: false,
        isMigrantWage: false,
        summary: o.row['summary'],
        parties: registered['parties'],
        claims: registered['claims'],
      },
      reason: '摘要录入有误',
      correctionEventId: eventId,
    },
    bases: [],
    changes: [
      {
        entity: 'case',
        id: o.caseId,
        op: 'upsert',
        created: false,
        row: { ...o.row, updatedAt: AT },
        bases: { [o.field]: o.base },
      },
      {
        entity: 'event',
        id: eventId,
        op: 'upsert',
        created: true,
        bases: {},
        row: {
          id: eventId,
          caseId: o.caseId,
          officeId: o.row['officeId'],
          type: 'case.corrected',
          occurredOn: AT.slice(0, 10),
          recordedAt: AT,
          actorId: o.userId,
          payload: {},
          supersedesEventId: null,
          hlc,
        },
      },
    ],
    hlc,
    deviceTime: AT,
    userId: o.userId,
  };
}

/** 受理 as a desktop writes it: the arb.accept event and the case row's procedure fields (no official number). */
export function acceptMutation(
  id: number,
  o: {
    userId: string;
    caseRow: Record<string, unknown>;
    caseRowSeq: number;
    eventId: string;
    occurredOn: string;
  },
): WireMutation {
  const caseId = String(o.caseRow['id']);
  const officeId = String(o.caseRow['officeId']);
  return {
    id,
    name: 'case.performAction',
    version: 1,
    args: {
      caseId,
      action: 'arb.accept',
      occurredOn: o.occurredOn,
      payload: { simple: false },
      eventId: o.eventId,
    },
    bases: [],
    changes: [
      {
        entity: 'event',
        id: o.eventId,
        op: 'upsert',
        created: true,
        bases: {},
        row: {
          id: o.eventId,
          caseId,
          officeId,
          type: 'arb.accept',
          occurredOn: o.occurredOn,
          recordedAt: AT,
          actorId: o.userId,
          payload: { simple: false },
          supersedesEventId: null,
          hlc: `0000000${id}-0000-dev`,
        },
      },
      {
        entity: 'case',
        id: caseId,
        op: 'upsert',
        created: false,
        row: { ...o.caseRow, status: 'accepted', acceptedDate: o.occurredOn },
        bases: { status: o.caseRowSeq, acceptedDate: o.caseRowSeq },
      },
    ],
    hlc: `0000000${id}-0000-dev`,
    deviceTime: AT,
    userId: o.userId,
  };
}

/** 调解不成转仲裁 from a station: a mediation case's event and a new arbitration case in the committee's office. */
export function transferMutation(
  id: number,
  o: {
    userId: string;
    mediationCaseId: string;
    stationId: string;
    committeeId: string;
    newCaseId: string;
    eventId: string;
  },
): WireMutation {
  const reg = registerMutation(id, {
    caseId: o.newCaseId,
    officeId: o.committeeId,
    userId: o.userId,
    kind: 'arbitration',
  });
  return {
    ...reg,
    name: 'case.transferToArbitration',
    // Prepared as a desktop prepares it: one id per party and claim of the mediation (registered above).
    args: {
      mediationCaseId: o.mediationCaseId,
      receivedDate: '2026-11-24',
      newCaseId: o.newCaseId,
      provisionalNo: String(reg.changes[0]?.row?.['provisionalNo']),
      partyIds: [uid(`${o.newCaseId}-p1`), uid(`${o.newCaseId}-p2`)],
      claimIds: [uid(`${o.newCaseId}-c1`)],
      receivedEventId: uid(`${o.newCaseId}-received`),
      transferEventId: o.eventId,
    },
    changes: [
      ...reg.changes,
      {
        entity: 'event',
        id: o.eventId,
        op: 'upsert',
        created: true,
        bases: {},
        row: {
          id: o.eventId,
          caseId: o.mediationCaseId,
          officeId: o.stationId,
          type: 'med.transferred',
          occurredOn: '2026-11-24',
          recordedAt: AT,
          actorId: o.userId,
          payload: { arbitrationCaseId: o.newCaseId },
          supersedesEventId: null,
          hlc: reg.hlc,
        },
      },
    ],
  };
}

/**
 * 调解不成 on a station's mediation case, as its event row (the server folds the case's log from it): only a
 * failed mediation may be transferred to arbitration, and the server replans the transfer against that log.
 */
export function mediationFailedMutation(
  id: number,
  o: { userId: string; caseId: string; officeId: string; eventId: string },
): WireMutation {
  const hlc = `0000000${id}-0000-dev`;
  const payload = { reasons: '双方分歧较大' };
  return {
    id,
    name: 'case.performAction',
    version: 1,
    args: { caseId: o.caseId, action: 'med.failed', occurredOn: '2026-11-23', payload, eventId: o.eventId },
    bases: [],
    changes: [
      {
        entity: 'event',
        id: o.eventId,
        op: 'upsert',
        created: true,
        bases: {},
        row: {
          id: o.eventId,
          caseId: o.caseId,
          officeId: o.officeId,
          type: 'med.failed',
          occurredOn: '2026-11-23',
          recordedAt: AT,
          actorId: o.userId,
          payload,
          supersedesEventId: null,
          hlc,
        },
      },
    ],
    hlc,
    deviceTime: AT,
    userId: o.userId,
  };
}
