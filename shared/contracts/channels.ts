/**
 * The channel names, and nothing else: the preload bundles this file alone, so it must stay tiny and pure.
 * `ipc.ts` gives every name its input and output schema; `satisfies` there makes a missing entry a compile error.
 */
export const CHANNELS = [
  'setup:status',
  'setup:initialize',
  'auth:signIn',
  'auth:signOut',
  'auth:me',
  'offices:list',
  'staff:list',
  'staff:create',
  'cases:register',
  'cases:list',
  'cases:get',
  'cases:timeline',
  'cases:procedure',
  'cases:performAction',
  'cases:transferToArbitration',
  'cases:corrections',
  'cases:correct',
  'cases:void',
  'cases:restore',
  'cases:voidEvent',
  'deadlines:list',
  'calendar:status',
  'calendar:importYear',
  'calendar:addPeriod',
  'limitation:check',
  'documents:templates',
  'documents:check',
  'documents:generate',
  'documents:list',
  'documents:download',
  'documents:printHtml',
  'documents:hearings',
  'documents:batchStart',
  'documents:batchStatus',
  'documents:batchCancel',
  'documents:print',
  'documents:exportPdf',
  'assignment:proposal',
  'assignment:assign',
  'assignment:confirmHandover',
  'staff:leaves',
  'staff:leaveConflicts',
  'staff:recordLeave',
  'staff:declareRelationship',
  'workload:report',
  'workload:csv',
  'committee:get',
  'committee:set',
  'elements:case',
  'elements:save',
  'elements:templates',
  'elements:saveTemplate',
  'regional:get',
  'regional:set',
  'attachments:upload',
  'attachments:get',
  'deadlineRules:get',
  'deadlineRules:set',
  'demo:seed',
] as const;

export type Channel = (typeof CHANNELS)[number];

export const isChannel = (c: unknown): c is Channel =>
  typeof c === 'string' && (CHANNELS as readonly string[]).includes(c);

/** Prefix on the wire, so our channels cannot collide with Electron's or a library's. */
export const WIRE_PREFIX = 'app:';
