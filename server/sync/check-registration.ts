import type { RowChange } from '../../shared/sync/changes';

type PartyArgs = { id?: string; name: string; role: string; idNumber?: string; creditCode?: string };
type ClaimArgs = { id?: string; type: string; amountFen?: number | null; description?: string };
type RegistrationArgs = {
  id?: string;
  officeId: string;
  kind: string;
  parties: PartyArgs[];
  claims: ClaimArgs[];
};

const same = (a: unknown, b: unknown): boolean => (a ?? null) === (b ?? null);

/**
 * The legal facts of a registration must be the ones its args state (issue 11 item 2, until every mutation has a
 * shared planner): the server checks the pushed case, party and claim rows of case.register and
 * case.importHistorical against the zod-checked, prepared args — the same case, exactly the listed parties
 * (name, role, ID number, credit code) and claims (type, amount in fen). A push whose rows say something else than
 * its args is refused. Returns the reason, or null when consistent.
 */
export function registrationMismatch(args: RegistrationArgs, changes: readonly RowChange[]): string | null {
  const created = (entity: RowChange['entity']) => changes.filter((c) => c.entity === entity && c.created);
  const caseRow = created('case')[0]?.row ?? null;
  if (caseRow === null || created('case').length !== 1) return '登记应当新建一件案件';
  if (args.id !== undefined && caseRow['id'] !== args.id) return '案件标识与登记内容不一致';
  if (caseRow['officeId'] !== args.officeId || caseRow['kind'] !== args.kind)
    return '案件所属机构或类型与登记内容不一致';

  const parties = created('party');
  if (parties.length !== args.parties.length) return '当事人与登记内容不一致';
  for (const p of args.parties) {
    const row = parties.find((c) => c.id === p.id)?.row;
    if (!row || row['caseId'] !== caseRow['id']) return `当事人“${p.name}”与登记内容不一致`;
    if (!same(row['name'], p.name) || !same(row['role'], p.role)) return `当事人“${p.name}”与登记内容不一致`;
    if (!same(row['idNumber'], p.idNumber) || !same(row['creditCode'], p.creditCode))
      return `当事人“${p.name}”的证件号码与登记内容不一致`;
  }
  const claims = created('claim');
  if (claims.length !== args.claims.length) return '仲裁请求与登记内容不一致';
  for (const c of args.claims) {
    const row = claims.find((x) => x.id === c.id)?.row;
    if (!row || row['caseId'] !== caseRow['id'] || !same(row['type'], c.type))
      return '仲裁请求与登记内容不一致';
    if (!same(row['amountFen'], c.amountFen)) return '仲裁请求的金额与登记内容不一致';
  }
  return null;
}
