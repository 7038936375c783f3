import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { RegisterForm } from '../register-form-model';
import { blankSuspension } from './limitation-form';
import { SuspensionRow } from './SuspensionRow';

/** 时效中止事由: the period stops while the cause lasts and then continues (第二十七条第三款). */
export function SuspensionList() {
  const { control } = useFormContext<RegisterForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'limitation.suspensions' });
  return (
    <div className="limitation-list" data-testid="limitation-suspensions">
      <div className="limitation-list-title">
        <Typography.Text strong>时效中止事由</Typography.Text>
        <Typography.Text type="secondary">
          （中止期间不计入，原因消除后继续计算；原因尚未消除的，结束日期可不填）
        </Typography.Text>
      </div>
      {fields.map((f, i) => (
        <SuspensionRow key={f.id} index={i} onRemove={() => remove(i)} />
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        data-testid="limitation-suspension-add"
        onClick={() =>
          append(blankSuspension(), {
            shouldFocus: true,
            focusName: `limitation.suspensions.${fields.length}.from`,
          })
        }
      >
        添加中止事由
      </Button>
    </div>
  );
}
