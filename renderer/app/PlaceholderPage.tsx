import { Result } from 'antd';

type Props = { title: string; detail: string; testId: string };

/** An honest "not yet" for modules that later versions bring, rather than an empty or fake screen. */
export function PlaceholderPage({ title, detail, testId }: Props) {
  return <Result status="info" title={title} subTitle={detail} data-testid={testId} />;
}
