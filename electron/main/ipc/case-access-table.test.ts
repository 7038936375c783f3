import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS, type Channel } from '../../../shared/contracts/channels';
import { ipc } from '../../../shared/contracts/ipc';
import { REVIEW_ITEM_IDS } from '../../../shared/review/case-review';
import { aCase } from '../../../tests/helpers/builders';
import { buildReadWorld, signInBoth, type ReadWorld } from '../../../tests/helpers/read-world';

/**
 * Per-office access on every channel (issue 15 item 5), as a table over the whole contract: each channel is
 * classified, and every one that hands out case data is called through the real dispatcher over a real SQLite
 * core by a person of station 东街 (holding every role but 系统管理员) — for a sibling station's case and for
 * the committee's — and must be refused, or for a list must leave those cases out while the committee's person
 * sees them. A channel added to the contract without a row here fails the first test, so none slips through.
 */
type Out = unknown;
type Access =
  /** Hands out no case's data; `why` says what it answers instead. */
  | { kind: 'none'; why: string }
  /** Names a case in its input: refused for either hidden case, allowed for the reader's own. */
  | { kind: 'case'; input: (w: ReadWorld, caseId: string) => unknown }
  /** A write naming a case or another office: refused (the dispatcher or the mutation runner's office scope). */
  | { kind: 'write'; input: (w: ReadWorld, caseId: string) => unknown }
  /** Names a record of the committee's case by its own id: refused; the committee's person gets it (`sanity`). */
  | { kind: 'record'; input: (w: ReadWorld) => unknown; code: 'FORBIDDEN' | 'NOT_FOUND'; sanity: boolean }
  /** Rows of many cases: the hidden cases are in the committee person's answer and never in the reader's. */
  | { kind: 'list'; input: (w: ReadWorld) => unknown; caseIds: (out: Out) => string[] }
  /** Answers the same rows as another list channel, in another form (a workbook). */
  | { kind: 'sameAs'; channel: Channel; why: string };

const none = (why: string): Access => ({ kind: 'none', why });
const rows = (out: Out) => (out as { caseId: string }[]).map((r) => r.caseId);
const item = (caseId: string) => ({ caseId, templateId: 'acceptance_notice', options: {} });
const MISSING = '00000000-0000-4000-8000-000000000000';
const SETTINGS = 'a setting of the committee, no case';

const ACCESS: Record<Channel, Access | Access[]> = {
  'setup:status': none('whether this desktop is set up'),
  'setup:initialize': none('refused once set up'),
  'setup:enrol': none('refused once set up'),
  'auth:signIn': none('the signed-in person'),
  'auth:signOut': none('nothing'),
  'auth:me': none('the signed-in person'),
  'auth:lock': none('nothing: locks the caller’s own session'),
  'auth:unlock': none('nothing: unlocks the caller’s own session'),
  'auth:lockState': none('whether the caller’s own session is locked'),
  'idleLock:set': none(SETTINGS),
  'offices:list': none('offices'),
  'offices:create': none('a station under the caller’s own office'),
  'staff:list': none('people'),
  'staff:create': { kind: 'write', input: (w) => ({ ...newPerson, officeId: w.westOffice }) },
  'cases:register': { kind: 'write', input: (w) => aCase(w.westOffice, { kind: 'mediation' }) },
  'cases:list': {
    kind: 'list',
    input: () => ({ voided: 'include' }),
    caseIds: (o) => (o as { rows: { id: string }[] }).rows.map((r) => r.id),
  },
  'cases:get': { kind: 'case', input: (_w, id) => ({ id }) },
  'cases:timeline': { kind: 'case', input: (_w, id) => ({ id }) },
  'cases:procedure': { kind: 'case', input: (_w, id) => ({ id }) },
  'cases:performAction': {
    kind: 'write',
    input: (_w, caseId) => ({ caseId, action: 'med.accept', occurredOn: '2026-11-25', payload: {} }),
  },
  'cases:transferToArbitration': {
    kind: 'write',
    input: (_w, mediationCaseId) => ({ mediationCaseId, receivedDate: '2026-11-25' }),
  },
  'cases:corrections': { kind: 'case', input: (_w, id) => ({ id }) },
  'cases:correct': {
    kind: 'write',
    input: (w, caseId) => {
      const { kind: _kind, ...facts } = aCase(w.westOffice);
      return { caseId, facts, reason: '更正笔误' };
    },
  },
  'cases:void': {
    kind: 'write',
    input: (_w, caseId) => ({ caseId, grounds: 'mistake', reason: '登记错误' }),
  },
  'cases:restore': { kind: 'write', input: (_w, caseId) => ({ caseId, reason: '误作废' }) },
  'cases:voidEvent': {
    kind: 'write',
    input: (_w, caseId) => ({ caseId, eventId: MISSING, reason: '录入错误' }),
  },
  'cases:review': { kind: 'case', input: (_w, id) => ({ id }) },
  'cases:reviewOverride': {
    kind: 'write',
    input: (_w, caseId) => ({
      caseId,
      items: [REVIEW_ITEM_IDS[0]],
      reason: '已补齐',
      occurredOn: '2026-11-25',
    }),
  },
  'risk:check': {
    kind: 'list',
    input: () => ({ receivedDate: '2026-11-25', isCollective: false, parties: aCase('x').parties }),
    caseIds: (o) => (o as { caseIds: string[] }[]).flatMap((r) => r.caseIds),
  },
  'risk:dashboard': {
    kind: 'list',
    input: () => ({}),
    caseIds: (o) => {
      const out = o as { rows: { caseId: string; warnings: { caseIds: string[] }[] }[] };
      return out.rows.flatMap((r) => [r.caseId, ...r.warnings.flatMap((x) => x.caseIds)]);
    },
  },
  'risk:setSettings': none(SETTINGS),
  'correctionRules:get': none(SETTINGS),
  'correctionRules:set': none(SETTINGS),
  'deadlines:list': { kind: 'list', input: () => ({ scope: 'all', window: 'open' }), caseIds: rows },
  'calendar:status': none('the working calendar'),
  'calendar:importYear': none('the working calendar'),
  'calendar:addPeriod': none('a date computed from the date given'),
  'limitation:check': none('a period computed from the form’s own dates'),
  'documents:templates': none('the template list'),
  'documents:check': { kind: 'case', input: (_w, caseId) => item(caseId) },
  'documents:generate': { kind: 'case', input: (_w, caseId) => item(caseId) },
  'documents:list': { kind: 'case', input: (_w, caseId) => ({ caseId }) },
  'documents:download': {
    kind: 'record',
    input: (w) => ({ id: w.documentId }),
    code: 'FORBIDDEN',
    sanity: true,
  },
  'documents:printHtml': { kind: 'case', input: (w, caseId) => ({ items: [item(w.own), item(caseId)] }) },
  'documents:hearings': {
    kind: 'list',
    input: () => ({ from: '2026-01-01', to: '2026-12-31' }),
    caseIds: rows,
  },
  'documents:batchStart': { kind: 'case', input: (_w, caseId) => ({ items: [item(caseId)] }) },
  'documents:batchStatus': {
    kind: 'record',
    input: (w) => ({ jobId: w.batchJobId }),
    code: 'NOT_FOUND',
    sanity: true,
  },
  'documents:batchCancel': {
    kind: 'record',
    input: (w) => ({ jobId: w.batchJobId }),
    code: 'NOT_FOUND',
    sanity: false,
  },
  'documents:print': { kind: 'case', input: (_w, caseId) => ({ items: [item(caseId)] }) },
  'documents:exportPdf': {
    kind: 'case',
    input: (_w, caseId) => ({ items: [item(caseId)], fileName: '文书' }),
  },
  'documents:courtBundle': { kind: 'case', input: (_w, caseId) => ({ caseId }) },
  'assignment:proposal': { kind: 'case', input: (_w, caseId) => ({ caseId }) },
  'assignment:assign': {
    kind: 'write',
    input: (w, caseId) => ({
      caseId,
      a: w.arbitrators[0],
      b: w.arbitrators[1],
      kind: 'override',
      reason: '测试',
    }),
  },
  'assignment:confirmHandover': { kind: 'write', input: (w) => ({ assignmentId: w.assignmentId }) },
  'assignment:assignClerk': { kind: 'write', input: (w, caseId) => ({ caseId, clerkId: w.arbitrators[0] }) },
  'staff:leaves': none('who is away when, no case'),
  'staff:leaveConflicts': {
    kind: 'list',
    input: (w) => ({ staffId: w.arbitrators[0], kind: 'leave', from: w.arbDueDate, to: w.arbDueDate }),
    caseIds: rows,
  },
  'staff:recordLeave': {
    kind: 'write',
    input: (w) => ({ staffId: w.arbitrators[0], kind: 'leave', from: '2026-12-01', to: '2026-12-01' }),
  },
  'staff:declareRelationship': {
    kind: 'write',
    input: (w) => ({ staffId: w.arbitrators[0], partyName: '某某公司', relation: '亲属任职' }),
  },
  'workload:report': none('counts per person (open, due, closed), no case named'),
  'workload:xlsx': none('the same counts per person as a workbook'),
  'stats:official': {
    kind: 'list',
    input: () => ({ from: '2026-01-01', to: '2026-11-25' }),
    caseIds: (o) => Object.keys((o as { cases: Record<string, unknown> }).cases),
  },
  'stats:xlsx': {
    kind: 'sameAs',
    channel: 'stats:official',
    why: 'the records of stats:official as a workbook',
  },
  'statsDefinitions:get': none(SETTINGS),
  'statsDefinitions:set': none(SETTINGS),
  'committee:get': none(SETTINGS),
  'committee:set': none(SETTINGS),
  'officeProfile:get': none('a station’s letterhead'),
  'officeProfile:set': none('a station’s letterhead'),
  'elements:case': { kind: 'case', input: (_w, id) => ({ id }) },
  'elements:save': {
    kind: 'write',
    input: (_w, caseId) => ({
      caseId,
      templateId: 'overtime',
      templateVersion: 1,
      side: 'applicant',
      data: {},
    }),
  },
  'elements:templates': none(SETTINGS),
  'elements:saveTemplate': none(SETTINGS),
  'regional:get': none(SETTINGS),
  'regional:set': none(SETTINGS),
  'regional:setMinWageDateRule': none(SETTINGS),
  'attachments:upload': none('stores the caller’s own file and answers its hash'),
  'attachments:get': [
    { kind: 'record', input: (w) => ({ sha256: w.scanSha }), code: 'FORBIDDEN', sanity: true },
    { kind: 'record', input: (w) => ({ sha256: w.documentSha }), code: 'FORBIDDEN', sanity: true },
  ],
  'deadlineRules:get': none(SETTINGS),
  'deadlineRules:set': none(SETTINGS),
  'claimSynonyms:get': none(SETTINGS),
  'claimSynonyms:set': none(SETTINGS),
  'demo:seed': none('writes demo cases into the caller’s own office'),
  'sync:status': none('this desktop’s sync state'),
  'sync:now': none('this desktop’s sync state'),
  'sync:enrol': none('this desktop’s sync state'),
  'sync:leave': none('this desktop’s sync state'),
  'sync:rejected': none('the server’s reasons for this desktop’s refused changes, without their args'),
  'sync:adoptable': none('refused changes of departed people, without their args (server side)'),
  'sync:adopt': none('a server-side adoption'),
  'audit:verify': none('counts and the first broken link of the audit chain'),
  'conflicts:list': [
    { kind: 'list', input: () => ({}), caseIds: rows },
    { kind: 'case', input: (_w, caseId) => ({ caseId }) },
  ],
  'conflicts:resolve': {
    kind: 'write',
    input: (w) => ({ conflictId: w.conflictId, choice: 'kept', reason: '以先提交的为准' }),
  },
  'backup:list': none('backup files'),
  'backup:create': none('backup files'),
  'backup:verify': none('backup files'),
  'backup:restore': none('backup files'),
  'backup:setKeep': none('backup files'),
  'health:status': none('the database’s health'),
  'recovery:restore': none('refused while the database is sound'),
};

const newPerson = { name: '新同事', username: 'new-west', password: 'password-123', roles: ['clerk'] };
const accessOf = (c: Channel): Access[] => [ACCESS[c]].flat();
const ofKind = <K extends Access['kind']>(kind: K) =>
  CHANNELS.flatMap((c) =>
    accessOf(c).flatMap((a) => (a.kind === kind ? [[c, a] as [Channel, Extract<Access, { kind: K }>]] : [])),
  );

let w: ReadWorld;
const call = (channel: string, input: unknown, who: 'east' | 'chief') =>
  w.core.dispatcher.dispatch(channel, input, { sessionKey: who });
const hidden = () => [w.west, w.arb];

beforeAll(async () => {
  w = await buildReadWorld();
  await signInBoth(w.core);
}, 120_000);
afterAll(() => w.core.dispose());

describe('the contract is classified', () => {
  it('every channel has a row, and no row names a channel the contract lacks', () => {
    expect(Object.keys(ACCESS).sort()).toEqual([...CHANNELS].sort());
  });

  // A channel called "no case data" whose answer has a case field is a mistake in this table.
  it.each(ofKind('none'))('%s names no case in its answer', (channel) => {
    const schema = JSON.stringify(z.toJSONSchema(ipc[channel].output, { unrepresentable: 'any' }));
    expect(schema).not.toMatch(/"case(Id|Ids|No|Number)"/);
  });
});

describe('a person of a sibling station', () => {
  it.each(ofKind('case'))('%s: refused for a hidden case, allowed for their own', async (channel, a) => {
    for (const caseId of hidden()) {
      const r = await call(channel, a.input(w, caseId), 'east');
      expect(r, `${channel} ${caseId === w.west ? '西街' : '委员会'}`).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(!r.ok && r.error.message).toContain('无权查看');
    }
    const own = await call(channel, a.input(w, w.own), 'east');
    expect(own.ok || own.error.code !== 'FORBIDDEN', JSON.stringify(own)).toBe(true);
  });

  it.each(ofKind('write'))('%s: refused for a hidden case or office', async (channel, a) => {
    for (const caseId of hidden()) {
      const r = await call(channel, a.input(w, caseId), 'east');
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it.each(ofKind('record'))('%s: refused a record of the committee’s case', async (channel, a) => {
    const r = await call(channel, a.input(w), 'east');
    expect(r, channel).toMatchObject({ ok: false, error: { code: a.code } });
    if (!a.sanity) return;
    const chief = await call(channel, a.input(w), 'chief');
    expect(chief.ok, JSON.stringify(chief)).toBe(true);
  });

  it.each(ofKind('list'))('%s: the hidden cases are left out', async (channel, a) => {
    const chief = await call(channel, a.input(w), 'chief');
    if (!chief.ok) throw new Error(`${channel}: ${chief.error.message}`);
    expect(a.caseIds(chief.value), `${channel} shows the committee its cases`).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^(${hidden().join('|')})$`))]),
    );
    const r = await call(channel, a.input(w), 'east');
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    for (const id of hidden()) expect(a.caseIds(r.value), channel).not.toContain(id);
  });

  it.each(ofKind('sameAs'))('%s answers what a tested list answers', (_channel, a) => {
    expect(accessOf(a.channel).some((x) => x.kind === 'list')).toBe(true);
  });
});
