import type { Locator, Page } from 'playwright-core';

/**
 * The few gestures every E2E file uses, bound to its page: find by test id, choose in a select by typing and
 * Enter, type a date and move on (which confirms it), scroll a block into view (the shell scrolls inside its content pane, so a
 * screenshot shows what is in view). `current` returns the page once `beforeAll` has started it.
 */
export function ui(current: () => Page) {
  const byTestId = (id: string): Locator => current().locator(`[data-testid="${id}"]`);
  /** Waits for the typed text's option to be the active one before Enter: a select filters as it re-renders,
   *  and under load an Enter pressed at once takes whichever option was active before (or none). */
  async function pick(id: string, text: string): Promise<void> {
    const input = current().locator(`#${id}`);
    await input.click();
    await input.fill(text);
    await current()
      // This select's own dropdown (its listbox is `<id>_list`): another one may still be open beside it.
      .locator(`.ant-select-dropdown:visible:has([id="${id}_list"]) .ant-select-item-option-active`)
      .filter({ hasText: text })
      .waitFor();
    await current().keyboard.press('Enter');
  }
  /** Tab, not Enter, confirms the typed date: Enter in a form's field also submits the form (implicit submission),
   *  so a test that then clicked 提交 raced its own first submission — and lost when that one closed the form. */
  async function setDate(id: string, value: string): Promise<void> {
    const input = current().locator(`#${id}`);
    await input.click();
    await input.fill(value);
    await input.press('Tab');
  }
  async function show(target: Locator): Promise<void> {
    await target.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  }
  return { byTestId, pick, setDate, show };
}
