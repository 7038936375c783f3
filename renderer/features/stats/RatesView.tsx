import { Table, Tag, Typography } from 'antd';
import { RATE_IDS, type PeriodFigures, type RateId } from '../../../shared/stats';
import type { OnDrill } from './drill';
import { FigureLink } from './FigureLink';
import { meetsTarget, percentText, yuanText } from './stats-display';

type Row = { key: RateId };

/** The rates, each with its numerator and denominator (both open their cases), target and the definition. */
export function RatesView({ figures, onDrill }: { figures: PeriodFigures; onDrill: OnDrill }) {
  const { averageDaysToClose: avg, amounts } = figures;
  return (
    <>
      <Table<Row>
        data-testid="stats-rates"
        size="small"
        pagination={false}
        dataSource={RATE_IDS.map((key) => ({ key }))}
        columns={[
          { key: 'label', title: '指标', render: (_, { key }) => figures.rates[key].label, width: 110 },
          {
            key: 'value',
            title: '数值',
            width: 110,
            render: (_, { key }) => {
              const r = figures.rates[key];
              const ok = meetsTarget(r);
              return (
                <span data-testid={`rate-${key}`}>
                  {percentText(r.value)}
                  {ok !== null && (
                    <Tag color={ok ? 'green' : 'red'} className="stats-target-tag">
                      {ok ? '达标' : '未达标'}
                    </Tag>
                  )}
                </span>
              );
            },
          },
          {
            key: 'num',
            title: '分子',
            width: 70,
            render: (_, { key }) => (
              <FigureLink
                figure={figures.rates[key].numerator}
                title={`${figures.rates[key].label}的分子`}
                testId={`rate-${key}-num`}
                onDrill={onDrill}
              />
            ),
          },
          {
            key: 'den',
            title: '分母',
            width: 70,
            render: (_, { key }) => (
              <FigureLink
                figure={figures.rates[key].denominator}
                title={`${figures.rates[key].label}的分母`}
                testId={`rate-${key}-den`}
                onDrill={onDrill}
              />
            ),
          },
          {
            key: 'target',
            title: '目标',
            width: 70,
            render: (_, { key }) =>
              figures.rates[key].target === null ? '—' : `≥ ${figures.rates[key].target}%`,
          },
          {
            key: 'citation',
            title: '口径',
            render: (_, { key }) => (
              <Typography.Text type="secondary" className="stats-citation">
                {figures.rates[key].citation}
              </Typography.Text>
            ),
          },
        ]}
      />
      {figures.measures.closedLimitUnknown.value > 0 && (
        <Typography.Paragraph type="secondary" data-testid="stats-limit-unknown">
          其中
          <FigureLink
            figure={figures.measures.closedLimitUnknown}
            title="审限不明的结案"
            testId="stat-limitUnknown"
            onDrill={onDrill}
          />
          件结案案件没有审限记录（如历史导入的案件），不计为按期结案。
        </Typography.Paragraph>
      )}
      <Typography.Paragraph className="stats-extra" data-testid="stats-extra">
        平均结案天数：
        <FigureLink
          figure={avg.cases}
          text={avg.value === null ? '—' : `${(Math.round(avg.value * 10) / 10).toFixed(1)} 天`}
          title="平均结案天数所计案件"
          testId="stat-averageDays"
          onDrill={onDrill}
        />
        ；涉案金额（受理请求）：
        <FigureLink
          figure={amounts.claimedFen}
          text={yuanText(amounts.claimedFen.value)}
          title="涉案金额（请求）"
          testId="stat-claimed"
          onDrill={onDrill}
        />
        ；裁决金额：
        <FigureLink
          figure={amounts.awardedFen}
          text={yuanText(amounts.awardedFen.value)}
          title="裁决金额"
          testId="stat-awarded"
          onDrill={onDrill}
        />
      </Typography.Paragraph>
    </>
  );
}
