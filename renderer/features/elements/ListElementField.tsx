import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import type { FieldValues } from 'react-hook-form';
import type { Element as ElementDef } from '../../../shared/elements';
import { errorUnder } from './converting-resolver';
import { elementLabel } from './element-display';
import { blankRow } from './element-form-values';
import type { RowField } from './element-form-values';
import { ElementInput } from './ElementInput';

type Props = { def: ElementDef; name: string; id: string };
type Row = { index: number };

/**
 * A list element (e.g. 逐月工资) as an editable table: one column per item field, a row per item, 添加一行 and a
 * delete button per row. Cells are '<id>-<row>-<field>'.
 */
export function ListElementField({ def, name, id }: Props) {
  const { control, formState, setValue, getValues } = useFormContext<FieldValues>();
  const watched: unknown = useWatch({ control, name });
  const rows: unknown[] = Array.isArray(watched) ? watched : [];
  const items = def.itemFields ?? [];
  const replace = (next: RowField[]) =>
    setValue(name, next, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  const current = (): RowField[] => {
    const v: unknown = getValues(name);
    return Array.isArray(v) ? (v as RowField[]) : [];
  };

  const columns: TableColumnsType<Row> = [
    ...items.map((f) => ({
      key: f.key,
      title: (
        <span className={f.required ? 'el-required' : undefined} title={f.help}>
          {elementLabel(f)}
        </span>
      ),
      render: (_: unknown, r: Row) => {
        const path = `${name}.${r.index}.${f.key}`;
        const error = errorUnder(formState.errors, path);
        return (
          <div title={error}>
            <Controller
              control={control}
              name={path}
              render={({ field }) => (
                <ElementInput
                  def={f}
                  id={`${id}-${r.index}-${f.key}`}
                  value={field.value as unknown}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  invalid={error !== undefined}
                  focusRef={field.ref}
                  ariaLabel={`${def.label}第 ${r.index + 1} 项 ${f.label}`}
                />
              )}
            />
            {error !== undefined && <div className="el-cell-error">{error}</div>}
          </div>
        );
      },
    })),
    {
      key: 'remove',
      width: 48,
      render: (_: unknown, r: Row) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={`删除第 ${r.index + 1} 项`}
          data-testid={`${id}-${r.index}-remove`}
          onClick={() => replace(current().filter((_row, j) => j !== r.index))}
        />
      ),
    },
  ];

  return (
    <div data-testid={id} className="el-list">
      <Table<Row>
        size="small"
        pagination={false}
        rowKey="index"
        columns={columns}
        dataSource={rows.map((_, index) => ({ index }))}
        locale={{ emptyText: '尚无记录' }}
      />
      <Button
        icon={<PlusOutlined />}
        size="small"
        className="el-list-add"
        data-testid={`${id}-add`}
        onClick={() => replace([...current(), blankRow(def)])}
      >
        添加一行
      </Button>
    </div>
  );
}
