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

/**
 * First start through the setup screen without demo data, signed in as the new administrator (a director);
 * returns the committee office id for API fixtures.
 */
export async function firstStart(
  page: Page,
  admin: { name: string; username: string; password?: string },
): Promise<string> {
  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
  const password = admin.password ?? 'e2e-password-1';
  await byTestId('setup-form').waitFor();
  await byTestId('setup-committeeName').fill('示例市劳动人事争议仲裁委员会');
  await byTestId('setup-shortName').fill('示劳');
  await byTestId('setup-adminName').fill(admin.name);
  await byTestId('setup-username').fill(admin.username);
  await byTestId('setup-password').fill(password);
  await byTestId('setup-confirmPassword').fill(password);
  await byTestId('setup-loadDemo').uncheck();
  await byTestId('setup-submit').click();
  await byTestId('case-total').waitFor({ timeout: 60_000 });
  const offices = await api<{ id: string }[]>(page, 'offices:list', {});
  const officeId = offices[0]?.id;
  if (officeId === undefined) throw new Error('no office after setup');
  return officeId;
}
