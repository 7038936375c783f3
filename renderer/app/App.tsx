import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { ErrorBoundary } from './ErrorBoundary';
import { Root } from './Root';

// Calendars, month names and relative dates in Chinese everywhere (antd pickers read dayjs's global locale).
dayjs.locale('zh-cn');

export function App() {
  return (
    <ConfigProvider locale={zhCN}>
      {/* antd's App supplies message/modal bound to this ConfigProvider (locale, theme). */}
      <AntApp className="app-root">
        <ErrorBoundary>
          <Root />
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
