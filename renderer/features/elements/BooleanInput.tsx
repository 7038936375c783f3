import { Button, Radio } from 'antd';

type Props = {
  id: string;
  value: boolean | null;
  onChange: (value: boolean | null) => void;
  /** An optional element may be cleared back to 未填写. */
  clearable: boolean;
};

/** 是/否 as two radios ('<id>-yes' / '<id>-no'); an optional one can be cleared. */
export function BooleanInput({ id, value, onChange, clearable }: Props) {
  return (
    <span className="el-boolean" data-testid={id} id={id}>
      <Radio.Group name={id} value={value} onChange={(e) => onChange(e.target.value === true)}>
        <Radio value={true} data-testid={`${id}-yes`}>
          是
        </Radio>
        <Radio value={false} data-testid={`${id}-no`}>
          否
        </Radio>
      </Radio.Group>
      {clearable && value !== null && (
        <Button type="link" size="small" onClick={() => onChange(null)} data-testid={`${id}-clear`}>
          清除
        </Button>
      )}
    </span>
  );
}
