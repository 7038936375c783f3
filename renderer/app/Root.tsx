import { Button, Result, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { call, onDatabaseDamaged, onUnauthenticated } from '../api/client';
import { RecoveryScreen } from '../features/backup/RecoveryScreen';
import { LockScreen } from '../features/lock/LockScreen';
import { errorText } from '../api/errors';
import type { SessionUser } from '../../shared/domain/staff/staff.schema';
import type { AppError } from '../../shared/result';
import { SetupScreen } from './SetupScreen';
import { Shell } from './Shell';
import { SignInScreen } from './SignInScreen';

type Phase =
  | { name: 'loading' }
  | { name: 'failed'; error: AppError }
  | { name: 'setup' }
  | { name: 'signin'; notice?: string }
  | { name: 'ready'; user: SessionUser }
  | { name: 'damaged' }
  /** Reloaded while the session was locked: nothing on screen to keep, so the lock stands alone. */
  | { name: 'locked' };

/** Decides what the window shows: first-start setup, sign-in, or the app itself. */
export function Root() {
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });

  const start = useCallback(async () => {
    setPhase({ name: 'loading' });
    const status = await call('setup:status', {});
    if (!status.ok)
      return setPhase(
        status.error.code === 'DB_CORRUPT'
          ? { name: 'damaged' }
          : status.error.code === 'SESSION_LOCKED'
            ? { name: 'locked' }
            : { name: 'failed', error: status.error },
      );
    if (!status.value.initialized) return setPhase({ name: 'setup' });
    const me = await call('auth:me', {});
    if (!me.ok)
      return setPhase(
        me.error.code === 'UNAUTHENTICATED' ? { name: 'signin' } : { name: 'failed', error: me.error },
      );
    return setPhase(me.value === null ? { name: 'signin' } : { name: 'ready', user: me.value });
  }, []);

  useEffect(() => {
    void start();
  }, [start]);

  // Any call that finds the session gone (expired, signed out elsewhere) lands the user on sign-in.
  useEffect(
    () => onUnauthenticated(() => setPhase({ name: 'signin', notice: '登录已失效，请重新登录' })),
    [],
  );

  // Any call that finds the database file damaged: the restore offer replaces whatever screen made it.
  useEffect(() => onDatabaseDamaged(() => setPhase({ name: 'damaged' })), []);

  const signedIn = useCallback((user: SessionUser) => setPhase({ name: 'ready', user }), []);
  const signedOut = useCallback(() => setPhase({ name: 'signin' }), []);

  switch (phase.name) {
    case 'loading':
      return (
        <div className="center-screen">
          <Spin size="large" />
        </div>
      );
    case 'failed':
      return (
        <Result
          status="error"
          title="无法启动"
          subTitle={errorText(phase.error)}
          extra={
            <Button type="primary" onClick={() => void start()}>
              重试
            </Button>
          }
        />
      );
    case 'setup':
      return <SetupScreen onDone={signedIn} />;
    case 'signin':
      return (
        <SignInScreen
          onSignedIn={signedIn}
          {...(phase.notice === undefined ? {} : { notice: phase.notice })}
        />
      );
    case 'ready':
      return <Shell user={phase.user} onSignedOut={signedOut} />;
    case 'damaged':
      return <RecoveryScreen />;
    case 'locked':
      return (
        <div className="center-screen">
          <LockScreen onUnlocked={signedIn} onSignedOut={signedOut} />
        </div>
      );
  }
}
