import { Space, Tag, Typography } from 'antd';
import type { RiskKind } from '../../shared/risk/risk-warnings';

export type RiskWarningItem = { kind: RiskKind; label: string; message: string };

const COLOR: Readonly<Record<RiskKind, string>> = {
  collective: 'purple',
  duplicate: 'red',
  repeat_applicant: 'orange',
  employer_open_cases: 'gold',
};

/** 风险预警 lines (the register form's alert, the dashboard): the kind as a tag, then what was found. */
export function RiskWarningList({
  warnings,
  compact = false,
}: {
  warnings: readonly RiskWarningItem[];
  compact?: boolean;
}) {
  if (compact)
    return (
      <Space size={4} wrap>
        {warnings.map((w) => (
          <Tag key={w.kind} color={COLOR[w.kind]} title={w.message}>
            {w.label}
          </Tag>
        ))}
      </Space>
    );
  return (
    <Space direction="vertical" size={2}>
      {warnings.map((w) => (
        <span key={w.kind} data-testid={`risk-${w.kind}`}>
          <Tag color={COLOR[w.kind]}>{w.label}</Tag>
          <Typography.Text>{w.message}</Typography.Text>
        </span>
      ))}
    </Space>
  );
}
