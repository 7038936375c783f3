import type { Page } from 'playwright-core';

/**
 * Fixture set-up through the same HTTP contract the renderer uses (same session cookie), for steps a test is not
 * about — e.g. creating arbitrators before testing the tribunal form.
 */
export async function api<T = unknown>(page: Page, channel: string, input: unknown): Promise<T> {
  const r = await page.evaluate(
    async ([c, body]) => {
      const res = await fetch(`./api/${c}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ldcs': '1' },
        credentials: 'same-origin',
        body: JSON.stringify(body),
      });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [channel, input] as const,
  );
  if (!r.ok) throw new Error(`${channel}: ${r.error?.message ?? 'failed'}`);
  return r.value as T;
}
