import { Typography } from 'antd';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Party } from '../../../../shared/domain/case/party.schema';
import { PUBLIC_NOTICE_DAYS } from '../../../../shared/procedure/service';
import type { ActionForm, StaffOption } from '../action-form-types';
import { ADDRESSEE_ROLE_OPTIONS, deemedServedOn, DOCUMENT_OPTIONS, METHOD_OPTIONS } from '../service-display';
import { AddresseeField } from './AddresseeField';
import { EvidenceFileField } from './EvidenceFileField';
import { PayloadDate } from './PayloadDate';
import { PayloadSelect } from './PayloadSelect';
import { PayloadText } from './PayloadText';

/**
 * 登记送达 (reference §2.3): which document, to whom, how, and when. 公告送达 has no served date: it is deemed
 * served thirty days after publication; every other method records the day it was served.
 */
export function ServiceFields({
  parties,
  staff,
}: {
  parties: readonly Party[];
  staff: readonly StaffOption[];
}) {
  const { control, setValue } = useFormContext<ActionForm>();
  const method = useWatch({ control, name: 'payload.method' });
  const publishedOn = useWatch({ control, name: 'payload.publishedOn' });
  const isNotice = method === 'public_notice';
  const deemed = deemedServedOn(publishedOn);

  // Only one of the two dates applies; the other is cleared so the record never carries both.
  const onMethod = (m: string) => {
    if (m === 'public_notice') setValue('payload.servedOn', undefined);
    else setValue('payload.publishedOn', undefined);
  };

  return (
    <>
      <PayloadSelect
        name="document"
        label="文书"
        testId="action-document"
        options={DOCUMENT_OPTIONS}
        required
      />
      <AddresseeField parties={parties} />
      <PayloadSelect
        name="addresseeRole"
        label="受送达人身份"
        testId="action-addresseeRole"
        options={ADDRESSEE_ROLE_OPTIONS}
        required
      />
      <PayloadSelect
        name="method"
        label="送达方式"
        testId="action-method"
        options={METHOD_OPTIONS}
        required
        onPicked={onMethod}
      />
      <PayloadDate name="sentOn" label="发出日期" testId="action-sentOn" required />
      {isNotice ? (
        <>
          <PayloadDate name="publishedOn" label="公告日期" testId="action-publishedOn" required />
          <Typography.Paragraph type="secondary" data-testid="action-deemed-served">
            视为送达日 = 公告日 + {PUBLIC_NOTICE_DAYS} 日{deemed === null ? '' : `：${deemed}`}
          </Typography.Paragraph>
        </>
      ) : (
        <PayloadDate
          name="servedOn"
          label="送达日期（签收、留置或到达之日）"
          testId="action-servedOn"
          required
        />
      )}
      <PayloadSelect
        name="serverId"
        label="送达人（印在送达回证上）"
        testId="action-serverId"
        options={staff.map((s) => ({ value: s.id, label: s.name }))}
      />
      <PayloadText
        name="evidence"
        label="送达凭证（回执、邮件单号等）"
        testId="action-evidence"
        maxLength={500}
      />
      <EvidenceFileField />
    </>
  );
}
