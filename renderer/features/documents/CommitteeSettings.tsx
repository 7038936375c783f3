import { Alert, Card, Spin } from 'antd';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { CommitteeProfileForm } from './CommitteeProfileForm';

/**
 * 设置 › 文书设置: the committee's letterhead (name, address, phone, seal text), the 案号 pattern and whether
 * amounts are also written in capitals — what every generated document takes from the committee.
 */
export function CommitteeSettings() {
  const profile = useQuery('committee:get', {});
  return (
    <div data-testid="committee-settings">
      {profile.error !== undefined && (
        <Alert type="error" showIcon className="section-alert" title={errorText(profile.error)} />
      )}
      <Card size="small" className="form-card" title="文书设置">
        {profile.data === undefined ? (
          profile.loading && <Spin />
        ) : (
          <CommitteeProfileForm
            key={JSON.stringify(profile.data)}
            profile={profile.data}
            onSaved={profile.reload}
          />
        )}
      </Card>
    </div>
  );
}
