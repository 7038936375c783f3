import type { z } from 'zod';
import type { FieldIssue } from '../result';

/** Chinese names of fields, so every validation message names the field it is about. */
const LABELS: Record<string, string> = {
  kind: '类型',
  officeId: '办案机构',
  receivedDate: '收件日期',
  acceptedDate: '受理日期',
  closedDate: '结案日期',
  reasons: '案由',
  isCollective: '集体争议',
  workerCount: '劳动者人数',
  isMigrantWage: '农民工欠薪',
  summary: '事实与理由',
  parties: '当事人',
  claims: '仲裁/调解请求',
  role: '当事人地位',
  name: '名称/姓名',
  idNumber: '公民身份号码',
  creditCode: '统一社会信用代码',
  sex: '性别',
  birthDate: '出生日期',
  ethnicity: '民族',
  address: '住址',
  phone: '联系电话',
  legalRep: '法定代表人',
  legalRepTitle: '法定代表人职务',
  representsIndex: '被代理人',
  agentType: '代理人类型',
  authority: '代理权限',
  type: '请求类型',
  description: '请求内容',
  amountFen: '金额',
  username: '用户名',
  password: '密码',
  idleMinutes: '空闲锁定时间',
  committeeName: '仲裁委员会名称',
  shortName: '简称',
  adminName: '管理员姓名',
  query: '搜索词',
  conflictId: '冲突记录',
  choice: '处理方式',
  merged: '合并后的内容',
  dateFrom: '起始日期',
  dateTo: '截止日期',
  offset: '起始行',
  limit: '行数',
  id: '编号',
  cases: '案件数量',
  roles: '角色',
  claimType: '请求类型',
  knewOn: '知道权利被侵害之日',
  employmentEndedOn: '劳动关系终止日',
  stillEmployed: '仍在职',
  interruptions: '时效中断事由',
  suspensions: '时效中止事由',
  applicationOn: '申请日',
  on: '日期',
  from: '开始日期',
  to: '结束日期',
  reason: '事由',
  note: '备注',
  occurredOn: '办理日期',
  payload: '',
  reasonsText: '理由',
  hearingDate: '开庭日期',
  time: '开庭时间',
  place: '开庭地点',
  sentOn: '发出日期',
  servedOn: '送达日期',
  publishedOn: '公告日期',
  document: '送达文书',
  method: '送达方式',
  addressee: '受送达人',
  days: '延长天数',
  approvedBy: '批准人',
  mode: '组庭方式',
  presidingId: '首席/独任仲裁员',
  memberIds: '仲裁员',
  year: '年份',
  source: '通知文号或网址',
  date: '日期',
  serverUrl: '服务器地址',
  confirm: '确认',
  force: '强制退出',
  sealText: '印章文字',
  caseNumberPattern: '案号格式',
  numberPattern: '调解案号格式',
  uppercaseAmounts: '金额写法',
};

const PARTY_KIND: Record<string, string> = { parties: '当事人', claims: '请求' };

export function labelForPath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const next = path[i + 1];
    if (typeof seg === 'string' && typeof next === 'number' && PARTY_KIND[seg] !== undefined) {
      parts.push(`第${next + 1}个${PARTY_KIND[seg]}`);
      i++;
      continue;
    }
    if (typeof seg === 'string' && LABELS[seg] !== '') parts.push(LABELS[seg] ?? seg);
  }
  return parts.join(' ') || '输入';
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const label = labelForPath(issue.path);
    return { path: issue.path.map(String).join('.'), label, message: `${label}：${issue.message}` };
  });
}

/** One sentence for a toast: the first issue, plus a count of the rest. */
export function summarizeIssues(issues: readonly FieldIssue[]): string {
  const first = issues[0];
  if (first === undefined) return '输入有误';
  return issues.length > 1 ? `${first.message}（另有 ${issues.length - 1} 处错误）` : first.message;
}
