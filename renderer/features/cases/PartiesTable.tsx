import { Table, type TableColumnsType } from 'antd';
import type { Party } from '../../../shared/domain/case/party.schema';
import { AGENT_AUTHORITIES, AGENT_TYPES, partyRoleLabel } from '../../../shared/domain/reference-data';
import { ConflictTag } from '../../components/ConflictTag';
import { isMarked, NO_MARKS, type ConflictMarks } from '../../components/conflict-marks';

const KIND_LABEL: Record<Party['kind'], string> = { worker: '劳动者', employer: '用人单位', agent: '代理人' };
const SEX_LABEL = { male: '男', female: '女' } as const;
const label = (list: readonly { code: string; label: string }[], code: string | null) =>
  code === null ? '' : (list.find((x) => x.code === code)?.label ?? code);

/** What else matters about a party, by kind: an employer's legal representative, an agent's mandate. */
function otherInfo(p: Party, byId: Map<string, Party>): string {
  if (p.kind === 'employer')
    return [p.legalRep, p.legalRepTitle].filter((x) => x !== null && x !== '').join('，');
  if (p.kind === 'agent') {
    const principal = p.representsPartyId === null ? undefined : byId.get(p.representsPartyId);
    return [
      principal === undefined ? '' : `代理 ${principal.name}`,
      label(AGENT_TYPES, p.agentType),
      label(AGENT_AUTHORITIES, p.authority),
    ]
      .filter((x) => x !== '')
      .join('，');
  }
  return p.ethnicity ?? '';
}

export function PartiesTable({
  parties,
  marks = NO_MARKS,
}: {
  parties: readonly Party[];
  marks?: ConflictMarks;
}) {
  const byId = new Map(parties.map((p) => [p.id, p]));
  // 有冲突 beside a value an open sync conflict holds.
  const tag = (p: Party, ...fields: string[]) => (
    <ConflictTag show={isMarked(marks, 'party', p.id, ...fields)} />
  );
  const columns: TableColumnsType<Party> = [
    {
      title: '地位',
      key: 'role',
      width: 90,
      render: (_, p) => (
        <>
          {partyRoleLabel(p.role)}
          {tag(p, 'role')}
        </>
      ),
    },
    {
      title: '类型',
      key: 'kind',
      width: 90,
      render: (_, p) => (
        <>
          {KIND_LABEL[p.kind]}
          {tag(p, 'kind')}
        </>
      ),
    },
    {
      title: '姓名/名称',
      key: 'name',
      render: (_, p) => (
        <>
          {p.name} {tag(p, 'name')}
        </>
      ),
    },
    {
      title: '身份号码/信用代码',
      key: 'idNo',
      render: (_, p) => (
        <>
          {p.idNumber ?? p.creditCode ?? ''} {tag(p, 'idNumber', 'creditCode')}
        </>
      ),
    },
    {
      title: '性别',
      key: 'sex',
      width: 60,
      render: (_, p) => (
        <>
          {p.sex === null ? '' : SEX_LABEL[p.sex]}
          {tag(p, 'sex')}
        </>
      ),
    },
    {
      title: '出生日期',
      key: 'birthDate',
      width: 110,
      render: (_, p) => (
        <>
          {p.birthDate}
          {tag(p, 'birthDate')}
        </>
      ),
    },
    {
      title: '联系电话',
      key: 'phone',
      width: 140,
      render: (_, p) => (
        <>
          {p.phone}
          {tag(p, 'phone')}
        </>
      ),
    },
    {
      title: '住址/住所',
      key: 'address',
      render: (_, p) => (
        <>
          {p.address}
          {tag(p, 'address')}
        </>
      ),
    },
    {
      title: '其他',
      key: 'other',
      render: (_, p) => (
        <>
          {otherInfo(p, byId)}
          {tag(p, 'ethnicity', 'legalRep', 'legalRepTitle', 'representsPartyId', 'agentType', 'authority')}
        </>
      ),
    },
  ];
  return (
    <Table<Party>
      size="small"
      rowKey="id"
      pagination={false}
      columns={columns}
      dataSource={[...parties].sort((a, b) => a.sortOrder - b.sortOrder)}
      data-testid="case-parties"
    />
  );
}
