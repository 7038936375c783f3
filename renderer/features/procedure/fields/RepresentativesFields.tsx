import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useFormContext, useWatch } from 'react-hook-form';
import { Field } from '../../../components/Field';
import { errorAt } from '../../../components/form-errors';
import type { ActionForm } from '../action-form-types';

const MIN = 3;
const MAX = 5;

/** 集体争议推举代表人: three to five names (法 第七条). */
export function RepresentativesFields() {
  const { control, formState, setValue } = useFormContext<ActionForm>();
  const names = useWatch({ control, name: 'payload.names' }) ?? [];
  const errors = formState.errors;
  const set = (next: string[]) =>
    setValue('payload.names', next, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  const itemErrors = names.map((_, i) => errorAt(errors, `payload.names.${i}`));
  const firstBad = itemErrors.findIndex((e) => e !== undefined);
  const firstItemError =
    firstBad < 0 ? undefined : `第 ${firstBad + 1} 名代表人${itemErrors[firstBad] ?? ''}`;

  return (
    <Field label="代表人（三至五名）" required error={errorAt(errors, 'payload.names') ?? firstItemError}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {names.map((n, i) => {
          const error = itemErrors[i];
          return (
            <Space key={i} align="start">
              <Input
                data-testid={`action-names-${i}`}
                aria-label={`代表人 ${i + 1}`}
                value={n}
                maxLength={50}
                onChange={(e) => set(names.map((x, j) => (j === i ? e.target.value : x)))}
                {...(error === undefined ? {} : { status: 'error' as const, title: error })}
              />
              {names.length > MIN && (
                <Button
                  aria-label={`删除代表人 ${i + 1}`}
                  icon={<DeleteOutlined />}
                  onClick={() => set(names.filter((_, j) => j !== i))}
                />
              )}
            </Space>
          );
        })}
        {names.length < MAX && (
          <Button icon={<PlusOutlined />} data-testid="action-names-add" onClick={() => set([...names, ''])}>
            添加代表人
          </Button>
        )}
      </Space>
    </Field>
  );
}
