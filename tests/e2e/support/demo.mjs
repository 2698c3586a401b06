/* The demo mail client as a user sees it: its message list, its reading pane and the framed task pane. */
import { mkdir, writeFile } from 'node:fs/promises';
import { baseUrl } from './browser.mjs';

export const PANE_TITLE = { en: 'Clientbook task pane', uk: 'Панель Clientbook' };

/** Opens the demo page and waits until the pane in its iframe has rendered its header. */
export async function openDemo(page, { language = 'en' } = {}) {
  await page.goto(`${baseUrl()}/`);
  const pane = paneOf(page, language);
  await pane.getByRole('banner').getByRole('heading', { name: 'Clientbook' }).waitFor();
  return pane;
}

/** The task pane's content (a FrameLocator), found by the iframe's accessible title. */
export function paneOf(page, language = 'en') {
  return page.getByTitle(PANE_TITLE[language]).contentFrame();
}

/** The pane's Frame, for tools that need a real frame (axe, evaluate). */
export function paneFrame(page) {
  const frame = page.frames().find((f) => f !== page.mainFrame() && new URL(f.url()).pathname.endsWith('/taskpane.html'));
  if (!frame) throw new Error('The task pane frame is not loaded.');
  return frame;
}

/**
 * Opens a section of the client card, as a user does in the narrow pane: its tab when the tab is
 * in the row, else the "More" menu (the sections that do not fit are there).
 */
export async function openClientTab(pane, name, { language = 'en' } = {}) {
  const row = pane.getByRole('tablist', { name: CLIENT_SECTIONS[language] });
  await row.waitFor();
  // Fluent measures the row once it is laid out and moves what does not fit under More: let it settle.
  await row.evaluate(() => new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled))));
  const tab = row.getByRole('tab', { name, exact: true });
  if (await tab.isVisible()) {
    await tab.click();
  } else {
    await pane.getByRole('tab', { name: MORE_SECTIONS[language] }).click();
    await pane.getByRole('menuitem', { name, exact: true }).click();
  }
  await pane.getByRole('tab', { name, exact: true, selected: true }).waitFor();
}

const CLIENT_SECTIONS = { en: 'Client sections', uk: 'Розділи клієнта' };
const MORE_SECTIONS = { en: /^More sections: \d$/, uk: /^Ще розділів: \d$/ };

/** The message's button in the demo's message list, by its subject. */
export function messageInList(page, subject) {
  return page.getByRole('navigation', { name: /Messages|Листи/ }).getByRole('button', { name: subject });
}

/** Clicks a message in the list, as a user selecting it in Outlook. */
export async function selectMessage(page, subject) {
  await messageInList(page, subject).click();
}

/**
 * Runs a flow; when it fails, leaves a screenshot and the pane's accessibility tree in
 * test-results/ so the failure can be read without re-running it.
 */
export async function withEvidence(page, name, flow) {
  try {
    await flow();
  } catch (error) {
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/${name}.png` }).catch(() => undefined);
    const tree = await paneOf(page).locator('body').ariaSnapshot({ timeout: 2000 }).catch((e) => String(e));
    await writeFile(`test-results/${name}.pane.txt`, tree).catch(() => undefined);
    console.error(`e2e: evidence in test-results/${name}.png and test-results/${name}.pane.txt`);
    throw error;
  }
}
