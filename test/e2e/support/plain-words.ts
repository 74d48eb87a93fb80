import { expect, type Locator } from '@playwright/test';

/**
 * Text a user should never read: a contract method ("applications.create"), a field path
 * ("account.user"), zod's vocabulary, or a raw JavaScript value.
 */
export const DEVELOPER_TEXT =
  /expected (int|number|string)|received|invalid input|invalid option|too small|too big|>=|<=|\bNaN\b|undefined|\brequest\b|schema|zod|unrecognized|failed unexpectedly|\b(applications|settings|mail|interviews|followUps|stages|history|data|capture|calendar|workspace|account|patch|cadence)\.[a-zA-Z]/i;

/** The visible text of `scope` names no method and no schema word. */
export async function expectNoDeveloperText(scope: Locator): Promise<void> {
  const text = await scope.innerText();
  expect(text, 'visible text').not.toMatch(DEVELOPER_TEXT);
}
