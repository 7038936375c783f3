import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useClaimTypeSearch } from '../../components/use-claim-type-search';
import { ClaimRow } from './ClaimRow';
import { blankClaim, type RegisterForm } from './register-form-model';

/** 仲裁/调解请求. A completely blank row is ignored on save, so the starting row never blocks registration. */
export function ClaimsSection() {
  const { control } = useFormContext<RegisterForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'claims' });
  const types = useClaimTypeSearch();
  return (
    <div className="claims">
      {fields.map((f, i) => (
        <ClaimRow key={f.id} index={i} onRemove={() => remove(i)} types={types} />
      ))}
      <Button
        icon={<PlusOutlined />}
        data-testid="claim-add"
        onClick={() => append(blankClaim(), { shouldFocus: true, focusName: `claims.${fields.length}.type` })}
      >
        添加请求
      </Button>
    </div>
  );
}
