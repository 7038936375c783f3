import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { makeOthersInert } from './inert-others';
import { LockScreen } from './LockScreen';
import { useIdleLock } from './use-idle-lock';

type Props = { user: SessionUser; onSignedOut: () => void };

/**
 * The lock over the signed-in app (issue 15 item 3). Rendered beside the routed page, never instead of it: the
 * page and its unsaved form values stay mounted under an opaque overlay in its own <body> child, and everything
 * else is made inert while it shows, so nothing behind it can be seen, focused or clicked.
 */
export function IdleLock({ user, onSignedOut }: Props) {
  const { locked, unlocked } = useIdleLock();
  const [host, setHost] = useState<HTMLElement | null>(null);

  useEffect(() => {
    if (!locked) return undefined;
    const el = document.createElement('div');
    el.className = 'lock-overlay';
    el.setAttribute('role', 'dialog');
    el.setAttribute('aria-modal', 'true');
    el.setAttribute('aria-label', '已锁定');
    document.body.appendChild(el);
    // Where the person was typing: focus goes back there after unlock.
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const restore = makeOthersInert(el);
    setHost(el);
    return () => {
      restore();
      el.remove();
      setHost(null);
      focused?.focus();
    };
  }, [locked]);

  if (!locked || host === null) return null;
  return createPortal(
    <LockScreen userName={user.name} onUnlocked={unlocked} onSignedOut={onSignedOut} />,
    host,
  );
}
