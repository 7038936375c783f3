// 送达回证 (reference §5.1 row 15; 民诉法 arts 87–89): 案号, addressee, 案由, the documents, the sender, the place,
// the date and time received, the signature and remarks (refusal or 留置 details) — a table. The addressee signs it
// by hand, so the signature and time cells carry the prompt for the addressee; a service already recorded
// (ctx.services) fills in its method, date, notes and its 送达人 (the server recorded with it, never whoever prints
// the form). A receipt printed before the service is made is the form the server takes along: who will deliver it
// is not yet a fact, and 民诉法 art 87 has the server sign it at delivery beside the addressee's signature and the
// time of receipt, so that cell carries the server's signing prompt like the addressee's cells. A recorded service
// without a server (records made before it was asked) is listed as missing.

import { arabicDate } from '../../format';
import { SERVED_DOCUMENTS, SERVICE_METHODS } from '../../procedure/service';
import type { DocumentTemplate } from '../context';
import type { TableCell } from '../model';
import { optionValue } from './claims';
import { caseNumber, committeeName, needsOfficialNumber, reasonText, staffName } from './facts';
import { ADDRESSEE_OPTION, ADDRESSEES } from './hearing-notice';
import { Needs } from './need';
import { principals } from './parties';
import { handwritten, names } from './text';

const DOCUMENT_CODES = SERVED_DOCUMENTS.map((d) => d.code);

export const serviceReceipt: DocumentTemplate = {
  id: 'service_receipt',
  title: '送达回证',
  group: 'common',
  kinds: ['mediation', 'arbitration'],
  options: [
    ADDRESSEE_OPTION,
    {
      key: 'document',
      label: '送达文书',
      required: true,
      choices: SERVED_DOCUMENTS.map((d) => ({ value: d.code, label: d.label })),
    },
  ],
  build(ctx) {
    const need = new Needs(ctx);
    const role = optionValue(ctx, need, { key: 'addressee', label: '受送达人', allowed: ADDRESSEES });
    const document = optionValue(ctx, need, { key: 'document', label: '送达文书', allowed: DOCUMENT_CODES });
    const caseNo = caseNumber(ctx, need, needsOfficialNumber(ctx));
    const sender = committeeName(ctx, need);
    const reason = reasonText(ctx, need);
    const addressees = role === null ? [] : principals(ctx, role);
    const roleLabel = role === 'respondent' ? '被申请人' : '申请人';
    const places = addressees.map((p) =>
      need.text(p.address, `${roleLabel}${p.name}的送达地址（住址或住所）`),
    );
    const done =
      role === null || document === null
        ? undefined
        : ctx.services.find((s) => s.document === document && s.addresseeRole === role);
    const serverId = done === undefined ? null : need.text(done.serverId, '送达人（在送达记录中登记送达人）');
    const server =
      serverId === null
        ? '（由送达人送达时签名）'
        : serverId === ''
          ? ''
          : staffName(ctx, need, serverId, '送达人');
    if (role === null || document === null || !need.ok) return need.fail();

    const method = SERVICE_METHODS.find((m) => m.code === (done?.method ?? 'direct'))?.label ?? '直接送达';
    const servedOn = done?.servedOn ?? null;
    const received =
      servedOn === null
        ? handwritten('年', '月', '日', '时', '分')
        : `${arabicDate(servedOn)}${handwritten('时', '分')}`;
    const label = SERVED_DOCUMENTS.find((d) => d.code === document)?.label ?? document;
    const rows: TableCell[][] = [
      ['案号', caseNo],
      ['案由', reason],
      ['受送达人', names(addressees.map((p) => p.name))],
      ['送达地址', names(places)],
      ['送达文书', `${label}（${caseNo}）`],
      ['送达机关', sender],
      ['送达人', server],
      ['送达方式', method],
      ['受送达人签名或者盖章', '（由受送达人亲笔签名或者盖章）'],
      ['签收时间', received],
      ['代收人及代收理由', '（由代收人填写；无代收的，不填）'],
      [
        '备注',
        done?.evidence ??
          '受送达人拒绝签收的，送达人应当注明拒收事由和日期，由送达人、见证人签名或者盖章，将文书留在受送达人的住所（留置送达）。',
      ],
    ];
    return need.done({
      title: '送达回证',
      letterhead: { committeeName: sender, caseNo },
      blocks: [{ kind: 'table', rows, columnWidths: [28, 72], fontSize: 'body' }],
    });
  },
};
