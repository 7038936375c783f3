import { Alert } from 'antd';
import { SUSPENSION_REASONS } from '../../../shared/procedure/payloads';
import type { ActionContext } from './action-form-types';
import { isAction, type FormKind } from './action-forms';
import { AwardFields } from './fields/AwardFields';
import { ExtensionFields } from './fields/ExtensionFields';
import { HearingFields } from './fields/HearingFields';
import { PayloadCheckbox } from './fields/PayloadCheckbox';
import { PayloadDate } from './fields/PayloadDate';
import { PayloadSelect } from './fields/PayloadSelect';
import { PayloadText } from './fields/PayloadText';
import { RepresentativesFields } from './fields/RepresentativesFields';
import { ServiceFields } from './fields/ServiceFields';
import { TribunalFields } from './fields/TribunalFields';

const SUSPENSION_OPTIONS = SUSPENSION_REASONS.map((r) => ({ value: r, label: r }));
const ADDED_ROLE_OPTIONS = [
  { value: 'respondent', label: '被申请人' },
  { value: 'third_party', label: '第三人' },
];

type Props = { kind: FormKind; actionId: string; context: ActionContext; extensionDays: number };

const Note = () => <PayloadText name="note" label="备注" testId="action-note" multiline maxLength={500} />;
const Reasons = ({ label = '理由' }: { label?: string }) => (
  <PayloadText name="reasons" label={label} testId="action-reasons" required multiline maxLength={1000} />
);

/** The payload part of an action's form, by payload shape. */
export function ActionPayloadFields({ kind, actionId, context, extensionDays }: Props) {
  switch (kind) {
    case 'note':
      return <Note />;
    case 'reasons':
      return <Reasons />;
    case 'accept':
      return (
        <>
          <PayloadCheckbox
            name="simple"
            label="程序"
            text="适用简易处理（事实清楚、权利义务明确、争议不大）"
            testId="action-simple"
          />
          <Note />
        </>
      );
    case 'items':
      return (
        <PayloadText
          name="items"
          label={isAction(actionId, 'arb.provisionalExecution') ? '先予执行事项' : '需补正的材料和事项'}
          testId="action-items"
          required
          multiline
          maxLength={1000}
        />
      );
    case 'tribunal':
      return <TribunalFields arbitrators={context.arbitrators} />;
    case 'hearing':
      return <HearingFields withReasons={false} />;
    case 'postponement':
      return <HearingFields withReasons />;
    case 'suspension':
      return (
        <>
          <PayloadSelect
            name="reason"
            label="中止事由（办案规则第四十七条）"
            testId="action-reason"
            options={SUSPENSION_OPTIONS}
            required
          />
          <PayloadText name="approvedBy" label="批准人" testId="action-approvedBy" required maxLength={50} />
        </>
      );
    case 'extension':
      return <ExtensionFields alreadyExtended={extensionDays} />;
    case 'award':
      return <AwardFields dates={context.dates} />;
    case 'service':
      return <ServiceFields parties={context.parties} staff={context.staff} />;
    case 'evidencePeriod':
      return <PayloadDate name="until" label="举证期限届满日" testId="action-until" required />;
    case 'claims':
      return (
        <PayloadText
          name="claims"
          label={isAction(actionId, 'arb.counterclaimFiled') ? '反申请请求' : '增加或变更的请求'}
          testId="action-claims"
          required
          multiline
          maxLength={2000}
        />
      );
    case 'counterclaimDecision':
      return (
        <>
          <PayloadCheckbox name="merged" label="决定" text="受理并与本请求合并审理" testId="action-merged" />
          <Note />
        </>
      );
    case 'recusalRequest': {
      const ids = context.tribunalIds.length > 0 ? context.tribunalIds : context.arbitrators.map((a) => a.id);
      const nameOf = (id: string) => context.arbitrators.find((a) => a.id === id)?.name ?? id;
      return (
        <>
          <PayloadSelect
            name="arbitratorId"
            label="被申请回避的仲裁员"
            testId="action-arbitratorId"
            options={ids.map((id) => ({ value: id, label: nameOf(id) }))}
            required
          />
          <PayloadText
            name="grounds"
            label="回避事由"
            testId="action-grounds"
            required
            multiline
            maxLength={1000}
          />
        </>
      );
    }
    case 'recusalDecision':
      return (
        <>
          <PayloadCheckbox
            name="granted"
            label="决定"
            text="准予回避（仲裁庭须重新组成）"
            testId="action-granted"
          />
          <Reasons />
        </>
      );
    case 'partyAdded':
      return (
        <>
          <PayloadText name="name" label="姓名/名称" testId="action-name" required maxLength={100} />
          <PayloadSelect
            name="role"
            label="地位"
            testId="action-role"
            options={ADDED_ROLE_OPTIONS}
            required
          />
        </>
      );
    case 'session':
      return (
        <PayloadText
          name="summary"
          label="调解情况"
          testId="action-summary"
          required
          multiline
          maxLength={1000}
        />
      );
    case 'agreement':
      return (
        <>
          <PayloadText
            name="terms"
            label="协议内容"
            testId="action-terms"
            required
            multiline
            maxLength={3000}
          />
          <PayloadDate name="performBy" label="履行期限" testId="action-performBy" />
        </>
      );
    case 'terms':
      return (
        <PayloadText
          name="terms"
          label="调解协议内容"
          testId="action-terms"
          required
          multiline
          maxLength={3000}
        />
      );
    case 'representatives':
      return <RepresentativesFields />;
    case 'referral':
      return (
        <PayloadText
          name="competentCommittee"
          label="有管辖权的仲裁委员会"
          testId="action-competentCommittee"
          required
          maxLength={100}
        />
      );
    case 'archive':
      return <PayloadText name="volumeNo" label="卷号" testId="action-volumeNo" maxLength={50} />;
    case 'attendance':
      return (
        <PayloadText
          name="attendance"
          label="到庭情况"
          testId="action-attendance"
          required
          multiline
          maxLength={500}
        />
      );
    case 'unknown':
      return <Alert type="info" showIcon title="此事项无需填写其他内容" />;
  }
}
