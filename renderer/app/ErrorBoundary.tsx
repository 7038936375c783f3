import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';

type Props = { children: ReactNode };
type State = { error: Error | null };

/**
 * Last line of defence for rendering bugs: the user sees a plain Chinese message and a way out instead of a
 * white window. Expected failures never get here; they come back from main as Result values. React 19 already
 * reports caught errors to the console (createRoot's default onCaughtError), so nothing is logged here.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <Result
        status="error"
        title="界面出错"
        subTitle={`此页面无法显示：${this.state.error.message}。可以返回重试；如果反复出现，请联系管理员。`}
        extra={[
          <Button key="retry" type="primary" onClick={() => this.setState({ error: null })}>
            重试
          </Button>,
          <Button key="reload" onClick={() => window.location.reload()}>
            重新载入
          </Button>,
        ]}
      />
    );
  }
}
