import { Alert, Empty } from 'antd';
import type { ElementsCaseView } from '../../../shared/contracts/elements.schema';
import { ClaimCheckCard } from './ClaimCheckCard';
import { ParamsUsed } from './ParamsUsed';

/** 请求核算: each claim checked against the statutory standard, then the regional parameters used. */
export function ClaimChecksView({ view }: { view: ElementsCaseView }) {
  const sample = view.params.some((p) => p.sample);
  return (
    <div data-testid="elements-check">
      {sample && (
        <Alert
          type="warning"
          showIcon
          className="section-alert"
          title="部分地区参数为示例数值，核算结果仅供参考；请在 设置 › 地区参数 中按本地公布的标准确认。"
        />
      )}
      {view.claimChecks.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本案的请求不涉及按法定标准核算的金额" />
      ) : (
        view.claimChecks.map((c) => <ClaimCheckCard key={c.claimType} check={c} />)
      )}
      <ParamsUsed params={view.params} />
    </div>
  );
}
