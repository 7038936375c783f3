import { Button, Result } from 'antd';
import { CaseList } from '../features/cases/CaseList';
import { CasePage } from '../pages/CasePage';
import { RegisterCaseForm } from '../features/cases/RegisterCaseForm';
import { DeadlinesPage } from '../features/deadlines/DeadlinesPage';
import { StatsPage } from '../features/assignment/StatsPage';
import { AnalysisPage } from '../features/stats/AnalysisPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { SettingsPage } from '../pages/SettingsPage';
import { ConflictsPage } from '../features/conflicts/ConflictsPage';
import { RiskPage } from '../features/risk/RiskPage';
import type { Route } from '../router/hash-route';
import { hrefFor } from '../router/hash-route';
import { navigate } from '../router/navigation';
import type { SessionUser } from '../../shared/domain/staff/staff.schema';

export function RouteView({ route, user }: { route: Route; user: SessionUser }) {
  switch (route.name) {
    case 'cases':
      return <CaseList />;
    case 'case-new':
      return <RegisterCaseForm user={user} />;
    case 'case':
      return <CasePage key={route.id} id={route.id} />;
    case 'deadlines':
      return <DeadlinesPage user={user} />;
    case 'documents':
      return <DocumentsPage />;
    case 'stats':
      return <StatsPage />;
    case 'analysis':
      return <AnalysisPage />;
    case 'conflicts':
      return <ConflictsPage user={user} />;
    case 'risk':
      return <RiskPage user={user} />;
    case 'settings':
      return <SettingsPage user={user} tab={route.tab} />;
    case 'not-found':
      return (
        <Result
          status="404"
          title="页面不存在"
          subTitle={`地址 ${route.path} 没有对应的页面。`}
          extra={
            <Button type="primary" onClick={() => void navigate(hrefFor.cases)}>
              返回案件列表
            </Button>
          }
        />
      );
  }
}
