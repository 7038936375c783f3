import { Card, Descriptions, Tag, Typography } from 'antd';
import { disputeReasonLabel } from '../../../shared/domain/reference-data';
import type { ClaimCheckResult } from '../../../shared/elements';
import { formatFen } from '../../../shared/format';
import { FLAG_TAG, sortFlags } from './element-display';

const yuan = (fen: number | undefined): string => (fen === undefined ? '—' : `${formatFen(fen)} 元`);

/**
 * 请求核算 for one claim: the amount claimed against the statutory amount, how that was computed (formula with
 * its inputs), the provisions, the calculator's warnings and the flags (超出 in red, 前后矛盾 volcano, 数据有误
 * orange, 缺少数据 grey, 提示 blue). It reports; the tribunal decides.
 */
export function ClaimCheckCard({ check }: { check: ClaimCheckResult }) {
  const c = check.computed;
  const over = check.flags.some((f) => f.severity === 'over_claim');
  return (
    <Card
      size="small"
      className="form-card"
      title={disputeReasonLabel(check.claimType)}
      data-testid={`el-check-${check.claimType}`}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'claimed',
            label: '申请金额',
            children: (
              <Typography.Text {...(over ? { type: 'danger' as const } : {})} data-testid="el-check-claimed">
                {yuan(check.claimedFen)}
              </Typography.Text>
            ),
          },
          {
            key: 'computed',
            label: '按法定标准计算',
            children: (
              <Typography.Text strong data-testid="el-check-computed">
                {c === undefined ? '无法计算' : yuan(c.amountFen)}
              </Typography.Text>
            ),
          },
        ]}
      />
      {c !== undefined && (
        <>
          <Typography.Text strong>计算过程</Typography.Text>
          <ol className="el-explain" data-testid="el-explain">
            {c.explain.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
          {c.basis.length > 0 && (
            <Typography.Paragraph className="el-basis" data-testid="el-basis">
              依据：{c.basis.join('；')}
            </Typography.Paragraph>
          )}
          {c.warnings.length > 0 && (
            <ul className="el-warnings" data-testid="el-warnings">
              {c.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <ul className="el-flags">
        {sortFlags(check.flags).map((f, i) => (
          <li key={i} data-testid={`el-flag-${f.severity}`} className={`el-flag el-flag-${f.severity}`}>
            <Tag color={FLAG_TAG[f.severity].color}>{FLAG_TAG[f.severity].label}</Tag>
            <span>{f.message}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
