import { describe, expect, it } from 'vitest';
import { auditChainText } from './audit-chain-text';

describe('the audit check in one sentence', () => {
  it('says how many entries verified, mentions older unchained ones, and names the first break', () => {
    expect(auditChainText({ entries: 12, unchained: 0, broken: null })).toBe(
      '已核对 12 条审计记录，摘要链完整',
    );
    expect(auditChainText({ entries: 3, unchained: 40, broken: null })).toBe(
      '已核对 3 条审计记录，摘要链完整（另有 40 条早于摘要链的记录）',
    );
    expect(auditChainText({ entries: 5, unchained: 0, broken: { id: 7, reason: '记录被改动' } })).toBe(
      '第一处断裂在第 7 号记录：记录被改动',
    );
  });
});
