import type { HTMLAttributes } from 'react';

/** Props for an antd Table row (`onRow`) carrying a data-testid and extra data-* attributes. */
export function rowProps(
  testId: string,
  extra: Readonly<Record<`data-${string}`, string>> = {},
  className?: string,
): HTMLAttributes<HTMLElement> {
  return {
    'data-testid': testId,
    ...extra,
    ...(className === undefined ? {} : { className }),
  } as HTMLAttributes<HTMLElement>;
}
