import type { App } from 'antd';

type Modal = ReturnType<typeof App.useApp>['modal'];

/**
 * Asks before producing a document whose timing is remarkable (issue 10 item 2: a 开庭通知书 after the hearing
 * date …). Resolves true only on 仍然生成; Esc or 取消 — the default button — keeps nothing from happening.
 */
export function confirmWarnings(modal: Modal, action: string, warnings: readonly string[]): Promise<boolean> {
  return new Promise((resolve) => {
    modal.confirm({
      title: `${action}前请确认`,
      content: (
        <ul className="doc-missing-list" data-testid="doc-warnings">
          {[...new Set(warnings)].map((w) => (
            <li key={w} data-testid="doc-warning">
              {w}
            </li>
          ))}
        </ul>
      ),
      okText: `仍然${action}`,
      okButtonProps: { 'data-testid': 'doc-warnings-confirm' },
      cancelText: '取消',
      focusable: { autoFocusButton: 'cancel' },
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}
