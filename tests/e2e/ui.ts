import type { Locator, Page } from 'playwright-core';

/**
 * The few gestures every E2E file uses, bound to its page: find by test id, choose in a select by typing and
 * Enter, type a date and confirm it, scroll a block into view (the shell scrolls inside its content pane, so a
 * screenshot shows what is in view). `current` returns the page once `beforeAll` has started it.
 */
export function ui(current: () => Page) {
  const byTestId = (id: string): Locator => current().locator(`[data-testid="${id}"]`);
  async function pick(id: string, text: string): Promise<void> {
    const input = current().locator(`#${id}`);
    await input.click();
    await input.fill(text);
    await current().keyboard.press('Enter');
  }
  async function setDate(id: string, value: string): Promise<void> {
    const input = current().locator(`#${id}`);
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  }
  async function show(target: Locator): Promise<void> {
    await target.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  }
  return { byTestId, pick, setDate, show };
}
