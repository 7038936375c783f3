import { App } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { setLeaveGuard } from '../../router/navigation';

/**
 * While `dirty`, leaving the screen (menu, Back, sign-out) asks first. Esc or "继续填写" keeps the form — the
 * safe choice is the default, so no key press throws away typed data.
 */
export function useLeaveGuard(dirty: boolean): () => void {
  const { modal } = App.useApp();
  const release = useRef<() => void>(() => undefined);
  useEffect(() => {
    if (!dirty) return undefined;
    const uninstall = setLeaveGuard(
      () =>
        new Promise<boolean>((resolve) => {
          modal.confirm({
            title: '放弃未保存的登记？',
            content: '表单中已填写的内容尚未保存，离开后将丢失。',
            okText: '放弃并离开',
            okButtonProps: { danger: true },
            cancelText: '继续填写',
            focusable: { autoFocusButton: 'cancel' },
            onOk: () => resolve(true),
            onCancel: () => resolve(false),
          });
        }),
    );
    // A reload or window close cannot show our dialog; in the browser host the native prompt covers it. In
    // Electron a prevented beforeunload silently cancels the close (no prompt) unless main handles
    // 'will-prevent-unload', so it is installed only when there is no preload.
    const hasPreload = 'api' in window;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    if (!hasPreload) window.addEventListener('beforeunload', onBeforeUnload);
    const cleanup = () => {
      uninstall();
      if (!hasPreload) window.removeEventListener('beforeunload', onBeforeUnload);
    };
    release.current = cleanup;
    return cleanup;
  }, [dirty, modal]);
  // After a successful save the screen navigates away at once, before React re-renders with dirty=false.
  return useCallback(() => release.current(), []);
}
