/**
 * The synced entities (docs/sync.md §2.3): one spec per entity names its SQLite table and its fields with their
 * kinds. It is the one description the desktop's row writer (camelCase field ↔ snake_case column, JSON and
 * boolean encoding), the server's JSON row store and the pull feed share, so an entity row has the same shape
 * everywhere: what a mutation planner emits, what the server keeps in `entity_rows.data` and what a pull page
 * carries. The sync bookkeeping columns (row_seq, field_seqs, deleted_*, _ext) are not fields: they are the
 * protocol's, not the entity's.
 */

/** text / int / bool / json, optional with a trailing '?' (null allowed). */
export type FieldKind = 'text' | 'text?' | 'int' | 'int?' | 'bool' | 'json' | 'json?';

type Spec = { table: string; caseScoped: boolean; fields: Readonly<Record<string, FieldKind>> };

export const ENTITY_SPECS = {
  office: {
    table: 'offices',
    caseScoped: false,
    fields: {
      id: 'text',
      officeId: 'text',
      kind: 'text',
      name: 'text',
      shortName: 'text',
      parentId: 'text?',
      createdAt: 'text',
    },
  },
  staff: {
    table: 'staff',
    caseScoped: false,
    fields: {
      id: 'text',
      officeId: 'text',
      name: 'text',
      username: 'text',
      passwordHash: 'text',
      roles: 'json',
      active: 'bool',
      createdAt: 'text',
    },
  },
  case: {
    table: 'cases',
    caseScoped: true,
    fields: {
      id: 'text',
      officeId: 'text',
      kind: 'text',
      provisionalNo: 'text',
      officialNo: 'text?',
      status: 'text',
      receivedDate: 'text',
      acceptedDate: 'text?',
      closedDate: 'text?',
      archivedDate: 'text?',
      outcome: 'text?',
      reasons: 'json',
      isCollective: 'bool',
      workerCount: 'int?',
      isMigrantWage: 'bool',
      isSimple: 'bool',
      summary: 'text?',
      linkedCaseId: 'text?',
      handlerId: 'text?',
      bHandlerId: 'text?',
      clerkId: 'text?',
      limitation: 'text?',
      voidedAt: 'text?',
      voidedBy: 'text?',
      voidReason: 'text?',
      createdAt: 'text',
      createdBy: 'text',
      updatedAt: 'text',
    },
  },
  party: {
    table: 'parties',
    caseScoped: true,
    fields: {
      id: 'text',
      caseId: 'text',
      officeId: 'text',
      kind: 'text',
      role: 'text',
      name: 'text',
      idNumber: 'text?',
      creditCode: 'text?',
      sex: 'text?',
      birthDate: 'text?',
      ethnicity: 'text?',
      address: 'text?',
      phone: 'text?',
      legalRep: 'text?',
      legalRepTitle: 'text?',
      representsPartyId: 'text?',
      agentType: 'text?',
      authority: 'text?',
      sortOrder: 'int',
      createdAt: 'text',
    },
  },
  claim: {
    table: 'claims',
    caseScoped: true,
    fields: {
      id: 'text',
      caseId: 'text',
      officeId: 'text',
      type: 'text',
      description: 'text?',
      amountFen: 'int?',
      sortOrder: 'int',
      createdAt: 'text',
    },
  },
  event: {
    table: 'events',
    caseScoped: true,
    fields: {
      id: 'text',
      caseId: 'text',
      officeId: 'text',
      type: 'text',
      occurredOn: 'text',
      recordedAt: 'text',
      actorId: 'text?',
      payload: 'json',
      supersedesEventId: 'text?',
      hlc: 'text',
    },
  },
  setting: {
    table: 'settings',
    caseScoped: false,
    fields: { id: 'text', officeId: 'text', value: 'json', updatedAt: 'text', updatedBy: 'text' },
  },
  elementSheet: {
    table: 'element_sheets',
    caseScoped: true,
    fields: {
      id: 'text',
      caseId: 'text',
      officeId: 'text',
      templateId: 'text',
      templateVersion: 'int',
      side: 'text',
      data: 'json',
      updatedAt: 'text',
      updatedBy: 'text',
    },
  },
  document: {
    table: 'documents',
    caseScoped: true,
    fields: {
      id: 'text',
      caseId: 'text',
      officeId: 'text',
      templateId: 'text',
      version: 'int',
      title: 'text',
      options: 'text',
      dataHash: 'text',
      blobSha256: 'text',
      fileName: 'text',
      size: 'int',
      docDate: 'text?',
      createdAt: 'text',
      createdBy: 'text',
    },
  },
  leave: {
    table: 'staff_leaves',
    caseScoped: false,
    fields: {
      id: 'text',
      officeId: 'text',
      staffId: 'text',
      kind: 'text',
      fromDate: 'text',
      toDate: 'text',
      note: 'text?',
      createdAt: 'text',
      createdBy: 'text',
    },
  },
  relationship: {
    table: 'staff_relationships',
    caseScoped: false,
    fields: {
      id: 'text',
      officeId: 'text',
      staffId: 'text',
      idNumber: 'text?',
      creditCode: 'text?',
      partyName: 'text?',
      relation: 'text',
      note: 'text?',
      createdAt: 'text',
      createdBy: 'text',
    },
  },
  assignment: {
    table: 'case_assignments',
    caseScoped: true,
    fields: {
      id: 'text',
      caseId: 'text',
      officeId: 'text',
      aId: 'text',
      bId: 'text',
      kind: 'text',
      reason: 'text',
      handover: 'text?',
      handoverConfirmedAt: 'text?',
      handoverConfirmedBy: 'text?',
      createdAt: 'text',
      createdBy: 'text',
    },
  },
  /**
   * A conflict record (docs/sync.md, merge policy): created only by the server when a push edits a legal or
   * narrative field someone else changed since its author last pulled; synced like any row, resolved once by a
   * person (mutation conflict.resolve). `fields`: [{ field, kept, other }] — the value kept and the one held back.
   */
  conflict: {
    table: 'sync_conflicts',
    caseScoped: true,
    fields: {
      id: 'text',
      caseId: 'text',
      officeId: 'text',
      rowEntity: 'text',
      rowId: 'text',
      fields: 'json',
      keptBy: 'text?',
      keptAt: 'text?',
      keptClient: 'text?',
      otherBy: 'text',
      otherAt: 'text',
      otherClient: 'text',
      otherMutationId: 'int',
      createdAt: 'text',
      resolvedAt: 'text?',
      resolvedBy: 'text?',
      resolution: 'text?',
      resolvedValues: 'json?',
      resolveReason: 'text?',
    },
  },
} as const satisfies Record<string, Spec>;

export type SyncEntity = keyof typeof ENTITY_SPECS;
export const SYNC_ENTITIES = Object.keys(ENTITY_SPECS) as SyncEntity[];

type ValueOf<K> = K extends 'text'
  ? string
  : K extends 'text?'
    ? string | null
    : K extends 'int'
      ? number
      : K extends 'int?'
        ? number | null
        : K extends 'bool'
          ? boolean
          : K extends 'json'
            ? unknown
            : unknown;

/** An entity's row as every layer sees it: camelCase fields, booleans as booleans, JSON fields decoded. */
export type EntityRow<E extends SyncEntity> = {
  -readonly [F in keyof (typeof ENTITY_SPECS)[E]['fields']]: ValueOf<(typeof ENTITY_SPECS)[E]['fields'][F]>;
};

/** 'shortName' → 'short_name': the SQLite column of a field (the one naming rule of the schema). */
export const columnOf = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export const fieldKind = (entity: SyncEntity, field: string): FieldKind | undefined =>
  (ENTITY_SPECS[entity].fields as Readonly<Record<string, FieldKind>>)[field];

export const isSyncEntity = (x: string): x is SyncEntity => Object.hasOwn(ENTITY_SPECS, x);
