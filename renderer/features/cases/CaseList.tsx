import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Spin, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { errorText } from '../../api/errors';
import { useDebounced } from '../../components/use-debounced';
import { VirtualTable, type SortState } from '../../components/VirtualTable';
import { hrefFor } from '../../router/hash-route';
import { navigate } from '../../router/navigation';
import { CASE_SORT_FIELDS, type CaseSummary } from '../../../shared/domain/case/case.schema';
import { CASE_COLUMNS } from './case-columns';
import { CaseFilters, type CaseFilterValues } from './CaseFilters';
import { useCasePages, type CaseQuery } from './use-case-pages';

type SortField = (typeof CASE_SORT_FIELDS)[number];
const isSortField = (k: string): k is SortField => (CASE_SORT_FIELDS as readonly string[]).includes(k);

const ROW_HEIGHT = 40;

/** 案件 list: search + filters over the whole register, windowed so 100,000 cases stay responsive. */
export function CaseList() {
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<CaseFilterValues>({});
  const [sort, setSort] = useState<{ key: SortField; dir: 'asc' | 'desc' }>({
    key: 'receivedDate',
    dir: 'desc',
  });
  const search = useDebounced(text.trim(), 250);
  const rootRef = useRef<HTMLDivElement>(null);

  const query = useMemo<CaseQuery>(
    () => ({ ...filters, query: search === '' ? undefined : search, sort: sort.key, dir: sort.dir }),
    [filters, search, sort],
  );
  const { total, error, getRow, onRangeChange, resetKey } = useCasePages(query);

  const onSort = useCallback((key: string) => {
    if (!isSortField(key)) return;
    // Newest first is what people want for dates; numbers and statuses read naturally ascending.
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: key === 'receivedDate' ? 'desc' : 'asc' },
    );
  }, []);
  const open = useCallback((c: CaseSummary) => void navigate(hrefFor.case(c.id)), []);

  // ArrowDown from the search box enters the result grid, so the list works without the mouse.
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowDown') return;
    e.preventDefault();
    rootRef.current?.querySelector<HTMLElement>('.vt-body')?.focus();
  };

  const sortState: SortState = { key: sort.key, dir: sort.dir };
  return (
    <div className="case-list" ref={rootRef}>
      <div className="page-header">
        <Typography.Title level={3}>案件</Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="case-new"
          onClick={() => void navigate(hrefFor.newCase)}
        >
          收件登记
        </Button>
      </div>
      <div className="case-toolbar">
        <Input
          data-testid="case-search"
          aria-label="搜索案件"
          allowClear
          prefix={<SearchOutlined />}
          placeholder="案号、当事人姓名/名称、公民身份号码或统一社会信用代码"
          value={text}
          maxLength={100}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onSearchKey}
          style={{ maxWidth: 480 }}
        />
        <CaseFilters value={filters} onChange={setFilters} />
        <span className="case-total" data-testid="case-total">
          {total === undefined ? <Spin size="small" /> : `共 ${total.toLocaleString('zh-CN')} 件`}
        </span>
      </div>
      {error !== undefined && (
        <Alert type="error" showIcon title={errorText(error)} className="section-alert" />
      )}
      <VirtualTable
        ariaLabel="案件列表"
        rowTestId="case-row"
        rowCount={total ?? 0}
        rowHeight={ROW_HEIGHT}
        getRow={getRow}
        columns={CASE_COLUMNS}
        onRangeChange={onRangeChange}
        onOpen={open}
        resetKey={resetKey}
        sort={sortState}
        onSort={onSort}
        empty={total === undefined ? '正在查询…' : '没有符合条件的案件'}
      />
    </div>
  );
}
