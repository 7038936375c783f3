import type { AppError, FieldIssue } from '../../shared/result';
import { summarizeIssues } from '../../shared/schema/field-labels';

function isFieldIssue(v: unknown): v is FieldIssue {
  return (
    typeof v === 'object' &&
    v !== null &&
    'path' in v &&
    typeof v.path === 'string' &&
    'message' in v &&
    typeof v.message === 'string' &&
    'label' in v &&
    typeof v.label === 'string'
  );
}

/** The field issues of a VALIDATION error (`details.issues`), or [] for any other error. */
export function validationIssues(error: AppError): FieldIssue[] {
  if (error.code !== 'VALIDATION') return [];
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('issues' in details)) return [];
  const issues = details.issues;
  return Array.isArray(issues) ? issues.filter(isFieldIssue) : [];
}

/** One user-facing sentence per error; every code is handled so a new code fails the type-check here. */
export function errorText(error: AppError): string {
  switch (error.code) {
    case 'INTERNAL':
      // The stack stays in main's log; the number lets an administrator find it there.
      return `系统出错（编号 ${error.errorId ?? '未知'}），请联系管理员`;
    case 'VALIDATION': {
      const issues = validationIssues(error);
      return issues.length > 0 ? summarizeIssues(issues) : error.message;
    }
    case 'OFFLINE':
      return error.message || '无法连接到本地服务';
    case 'UNAUTHENTICATED':
      return '登录已失效，请重新登录';
    case 'FORBIDDEN':
      return error.message || '没有权限执行此操作';
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'CALENDAR_GAP':
    case 'SYNC_REJECTED':
    case 'SYNC_UNAVAILABLE':
    case 'DB_CORRUPT':
    case 'DB_LOCKED':
    case 'BACKUP_FAILED':
    case 'THROTTLED':
    case 'SESSION_LOCKED':
      return error.message;
  }
}
