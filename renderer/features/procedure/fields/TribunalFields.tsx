import { Radio, Select } from 'antd';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { Field } from '../../../components/Field';
import { errorAt } from '../../../components/form-errors';
import type { ActionForm, StaffOption } from '../action-form-types';

/**
 * 组成仲裁庭: 独任 (one arbitrator, simple procedure only) or 合议 (a presiding arbitrator and two members,
 * 《劳动争议调解仲裁法》第三十一条). Arbitrators come from the staff with the 仲裁员 role.
 */
export function TribunalFields({ arbitrators }: { arbitrators: readonly StaffOption[] }) {
  const { control, formState, setValue } = useFormContext<ActionForm>();
  const errors = formState.errors;
  const mode = useWatch({ control, name: 'payload.mode' });
  const presidingId = useWatch({ control, name: 'payload.presidingId' });
  const options = arbitrators.map((a) => ({ value: a.id, label: a.name }));

  return (
    <>
      <Field label="组庭方式" required error={errorAt(errors, 'payload.mode')}>
        <Controller
          control={control}
          name="payload.mode"
          render={({ field }) => (
            <Radio.Group
              ref={field.ref}
              name="tribunal-mode"
              value={field.value}
              onChange={(e) => {
                field.onChange(e.target.value);
                if (e.target.value === 'sole') setValue('payload.memberIds', []);
              }}
            >
              <Radio value="sole" data-testid="action-mode-sole">
                独任仲裁
              </Radio>
              <Radio value="panel" data-testid="action-mode-panel">
                合议仲裁庭
              </Radio>
            </Radio.Group>
          )}
        />
      </Field>
      <Field
        label={mode === 'sole' ? '独任仲裁员' : '首席仲裁员'}
        htmlFor="action-presidingId"
        required
        error={errorAt(errors, 'payload.presidingId')}
      >
        <Controller
          control={control}
          name="payload.presidingId"
          render={({ field }) => (
            <Select
              ref={field.ref}
              id="action-presidingId"
              data-testid="action-presidingId"
              value={field.value === '' || field.value === undefined ? null : field.value}
              onChange={(v: string) => field.onChange(v)}
              onBlur={field.onBlur}
              options={options}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="请选择仲裁员"
              notFoundContent="没有具有仲裁员角色的工作人员"
            />
          )}
        />
      </Field>
      {mode === 'panel' && (
        <Field
          label="仲裁员（两名）"
          htmlFor="action-memberIds"
          required
          error={errorAt(errors, 'payload.memberIds')}
        >
          <Controller
            control={control}
            name="payload.memberIds"
            render={({ field }) => (
              <Select
                ref={field.ref}
                id="action-memberIds"
                data-testid="action-memberIds"
                mode="multiple"
                maxCount={2}
                value={field.value ?? []}
                onChange={(v: string[]) => field.onChange(v)}
                onBlur={field.onBlur}
                options={options.filter((o) => o.value !== presidingId)}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="选择两名仲裁员"
              />
            )}
          />
        </Field>
      )}
    </>
  );
}
