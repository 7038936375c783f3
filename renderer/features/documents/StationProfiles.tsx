import { Alert, Card, Descriptions, Spin } from 'antd';
import type { Office } from '../../../shared/domain/office/office.schema';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { mayPerform } from '../../../shared/mutations/may-perform';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { StationProfileForm } from './StationProfileForm';

type Props = { user: SessionUser; stations: readonly Office[] };

/**
 * 设置 › 文书设置, per 调解组织: each station's own letterhead and mediation number series — the station's own at a
 * station, each station under it at the committee. The administrator and the 主任 edit (main checks the office
 * again); everyone else reads.
 */
export function StationProfiles({ user, stations }: Props) {
  const editable = mayPerform('settings.set', user.roles);
  return (
    <div data-testid="station-profiles">
      {stations.map((s) => (
        <StationProfileCard key={s.id} station={s} editable={editable} saveShortcut={stations.length === 1} />
      ))}
    </div>
  );
}

function StationProfileCard(props: { station: Office; editable: boolean; saveShortcut: boolean }) {
  const { station, editable, saveShortcut } = props;
  const profile = useQuery('officeProfile:get', { officeId: station.id });
  const p = profile.data;
  return (
    <Card
      size="small"
      className="form-card"
      title={`调解组织文书设置：${station.name}`}
      data-testid={`station-profile-${station.id}`}
    >
      {profile.error !== undefined && (
        <Alert type="error" showIcon className="section-alert" title={errorText(profile.error)} />
      )}
      {p === undefined ? (
        profile.loading && <Spin />
      ) : editable ? (
        <StationProfileForm
          key={JSON.stringify(p)}
          officeId={station.id}
          profile={p}
          onSaved={profile.reload}
          saveShortcut={saveShortcut}
        />
      ) : (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'name', label: '调解组织名称', children: p.name },
            { key: 'shortName', label: '简称', children: p.shortName },
            { key: 'address', label: '地址', children: p.address || '—' },
            { key: 'phone', label: '联系电话', children: p.phone || '—' },
            { key: 'sealText', label: '印章文字', children: p.sealText || p.name },
            { key: 'numberPattern', label: '调解案号格式', children: p.numberPattern },
          ]}
        />
      )}
    </Card>
  );
}
