import { Alert, Card, Spin } from 'antd';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { CommitteeProfileForm } from './CommitteeProfileForm';
import { StationProfiles } from './StationProfiles';
import { atStation, stationsInScope } from './station-scope';

/**
 * 设置 › 文书设置: the committee's letterhead (name, address, phone, seal text), the 案号 pattern and whether
 * amounts are also written in capitals — what every generated document takes from the committee — and, below,
 * each 调解组织's own letterhead and mediation number series, which its mediation documents carry instead. At a
 * station only the station's own profile is shown: the committee's settings are the committee's to edit.
 */
export function CommitteeSettings({ user }: { user: SessionUser }) {
  const offices = useQuery('offices:list', {});
  const list = offices.data ?? [];
  const station = atStation(list, user.officeId);
  const profile = useQuery('committee:get', {}, offices.data !== undefined && !station);
  const stations = stationsInScope(list, user.officeId);
  const error = offices.error ?? profile.error;
  return (
    <div data-testid="committee-settings">
      {error !== undefined && (
        <Alert type="error" showIcon className="section-alert" title={errorText(error)} />
      )}
      {!station && (
        <Card size="small" className="form-card" title="文书设置">
          {profile.data === undefined ? (
            (profile.loading || offices.loading) && <Spin />
          ) : (
            <CommitteeProfileForm
              key={JSON.stringify(profile.data)}
              profile={profile.data}
              onSaved={profile.reload}
            />
          )}
        </Card>
      )}
      {stations.length > 0 && <StationProfiles user={user} stations={stations} />}
    </div>
  );
}
