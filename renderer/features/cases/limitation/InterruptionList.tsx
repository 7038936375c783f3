import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { RegisterForm } from '../register-form-model';
import { blankInterruption } from './limitation-form';
import { InterruptionRow } from './InterruptionRow';

/** 时效中断事由: each restarts the one-year period from its own day (第二十七条第二款). */
export function InterruptionList() {
  const { control } = useFormContext<RegisterForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'limitation.interruptions' });
  return (
    <div className="limitation-list" data-testid="limitation-interruptions">
      <div className="limitation-list-title">
        <Typography.Text strong>时效中断事由</Typography.Text>
        <Typography.Text type="secondary">（中断之日起重新计算一年）</Typography.Text>
      </div>
      {fields.map((f, i) => (
        <InterruptionRow key={f.id} index={i} onRemove={() => remove(i)} />
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        data-testid="limitation-interruption-add"
        onClick={() =>
          append(blankInterruption(), {
            shouldFocus: true,
            focusName: `limitation.interruptions.${fields.length}.on`,
          })
        }
      >
        添加中断事由
      </Button>
    </div>
  );
}
