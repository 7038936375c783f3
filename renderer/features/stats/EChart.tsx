import * as echarts from 'echarts';
import { useEffect, useRef } from 'react';

type Props = {
  option: echarts.EChartsOption;
  testId: string;
  height?: number;
  /** A click on a data item: its series and index (the page opens the cases behind it). */
  onPick?: (seriesIndex: number, dataIndex: number) => void;
};

/**
 * One ECharts chart in a div. SVG rendering, because the page is printed and SVG stays sharp on paper; the
 * chart is rebuilt when its option changes and disposed with the component.
 */
export function EChart({ option, testId, height = 300, onPick }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el === null) return undefined;
    const chart = echarts.init(el, undefined, { renderer: 'svg' });
    chart.setOption(option);
    if (onPick !== undefined)
      chart.on('click', (p) => {
        if (typeof p.seriesIndex === 'number' && typeof p.dataIndex === 'number')
          onPick(p.seriesIndex, p.dataIndex);
      });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option, onPick]);
  return <div ref={ref} className="stats-chart" data-testid={testId} style={{ height }} />;
}
