import { Button } from 'antd';
import type { Figure } from '../../../shared/stats';
import type { OnDrill } from './drill';

/** A figure that opens its case list; a figure with no cases is plain text. */
export function FigureLink(props: {
  figure: Figure;
  title: string;
  testId: string;
  onDrill: OnDrill;
  text?: string;
}) {
  const { figure, title, testId, onDrill } = props;
  const text = props.text ?? String(figure.value);
  if (figure.caseIds.length === 0)
    return (
      <span data-testid={testId} className="stats-figure">
        {text}
      </span>
    );
  return (
    <Button
      type="link"
      size="small"
      className="stats-figure"
      data-testid={testId}
      title={`查看${title}的 ${figure.caseIds.length} 件案件`}
      onClick={() => onDrill({ title, caseIds: figure.caseIds })}
    >
      {text}
    </Button>
  );
}
