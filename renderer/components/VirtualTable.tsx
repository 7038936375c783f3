import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { nextActiveRow, scrollTopToReveal, visibleRange, type RowRange } from './virtual-window';

export type VirtualColumn<T> = {
  key: string;
  title: ReactNode;
  /** CSS grid track, e.g. '120px' or 'minmax(120px, 1fr)'. */
  width: string;
  render: (row: T) => ReactNode;
  /** Set when the column can be sorted; the value is what onSort receives. */
  sortKey?: string;
};

export type SortState = { key: string; dir: 'asc' | 'desc' };

type Props<T> = {
  rowCount: number;
  rowHeight: number;
  getRow: (index: number) => T | undefined;
  columns: readonly VirtualColumn<T>[];
  onRangeChange: (range: RowRange) => void;
  onOpen: (row: T, index: number) => void;
  /** Changing it scrolls back to the top (a new query is a new list). */
  resetKey: string;
  ariaLabel: string;
  rowTestId: string;
  sort?: SortState;
  onSort?: (key: string) => void;
  empty?: ReactNode;
};

const OVERSCAN = 8;

/**
 * A fixed-row-height windowed table: only the rows in view (plus overscan) exist in the DOM, so 100,000 rows
 * cost the same as 30. Rows may be unknown (not fetched yet) and render as placeholders. Keyboard: the grid is
 * one tab stop; arrows/PageUp/PageDown/Home/End move the active row, Enter opens it.
 */
export function VirtualTable<T>(props: Props<T>) {
  const { rowCount, rowHeight, getRow, columns, onRangeChange, onOpen, resetKey, sort, onSort } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const [active, setActive] = useState(-1);
  const [focusTick, setFocusTick] = useState(0);
  const template = columns.map((c) => c.width).join(' ');

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el === null) return undefined;
    setViewport(el.clientHeight);
    const ro = new ResizeObserver(() => setViewport(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    setScrollTop(0);
    setActive(-1);
  }, [resetKey]);

  const range = useMemo(
    () => visibleRange(scrollTop, viewport, rowHeight, rowCount, OVERSCAN),
    [scrollTop, viewport, rowHeight, rowCount],
  );
  useEffect(() => onRangeChange(range), [range, onRangeChange]);

  // Focus follows the active row after keyboard moves (the row exists only once it has been rendered).
  useEffect(() => {
    if (focusTick === 0) return;
    scrollRef.current
      ?.querySelector<HTMLElement>(`[data-row-index="${active}"]`)
      ?.focus({ preventScroll: true });
  }, [focusTick, active]);

  const moveTo = (index: number) => {
    const el = scrollRef.current;
    if (el === null) return;
    const top = scrollTopToReveal(index, rowHeight, el.scrollTop, el.clientHeight);
    if (top !== el.scrollTop) {
      el.scrollTop = top;
      setScrollTop(top);
    }
    setActive(index);
    setFocusTick((t) => t + 1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && active >= 0) {
      const row = getRow(active);
      if (row !== undefined) {
        e.preventDefault();
        onOpen(row, active);
      }
      return;
    }
    const pageRows = Math.max(1, Math.floor(viewport / rowHeight) - 1);
    const next = nextActiveRow(e.key, active < 0 ? -1 : active, rowCount, pageRows);
    if (next === undefined) return;
    e.preventDefault();
    moveTo(active < 0 && e.key === 'ArrowDown' ? 0 : next);
  };

  const indices: number[] = [];
  for (let i = range.start; i < range.end; i++) indices.push(i);
  // Keep the focused row mounted even when wheeled out of view, so focus is not lost to <body>.
  if (active >= 0 && active < rowCount && (active < range.start || active >= range.end)) indices.push(active);

  return (
    <div className="vt" role="grid" aria-label={props.ariaLabel} aria-rowcount={rowCount}>
      <div className="vt-header" role="row" style={{ gridTemplateColumns: template }}>
        {columns.map((c) => {
          const dir = sort !== undefined && c.sortKey === sort.key ? sort.dir : undefined;
          const ariaSort = dir === undefined ? 'none' : dir === 'asc' ? 'ascending' : 'descending';
          return (
            <div key={c.key} className="vt-cell vt-head-cell" role="columnheader" aria-sort={ariaSort}>
              {c.sortKey !== undefined && onSort !== undefined ? (
                <button
                  type="button"
                  className="vt-sort"
                  data-testid={`sort-${c.key}`}
                  onClick={() => onSort(c.sortKey ?? c.key)}
                >
                  {c.title}
                  <span className="vt-sort-mark" aria-hidden="true">
                    {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                  </span>
                </button>
              ) : (
                c.title
              )}
            </div>
          );
        })}
      </div>
      <div
        ref={scrollRef}
        className="vt-body"
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        {rowCount === 0 ? (
          <div className="vt-empty">{props.empty}</div>
        ) : (
          <div style={{ height: rowCount * rowHeight, position: 'relative' }}>
            {indices.map((i) => {
              const row = getRow(i);
              return (
                <div
                  key={i}
                  role="row"
                  aria-rowindex={i + 1}
                  data-row-index={i}
                  data-testid={row === undefined ? `${props.rowTestId}-loading` : props.rowTestId}
                  tabIndex={-1}
                  className={i === active ? 'vt-row vt-row-active' : 'vt-row'}
                  style={{ top: i * rowHeight, height: rowHeight, gridTemplateColumns: template }}
                  onClick={() => {
                    setActive(i);
                    if (row !== undefined) onOpen(row, i);
                  }}
                  onFocus={() => setActive(i)}
                >
                  {row === undefined ? (
                    <div className="vt-cell vt-loading" role="gridcell">
                      加载中…
                    </div>
                  ) : (
                    columns.map((c) => (
                      <div key={c.key} className="vt-cell" role="gridcell">
                        {c.render(row)}
                      </div>
                    ))
                  )}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
