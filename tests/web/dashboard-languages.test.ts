import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { client, type TestServer } from '../helpers/app.ts';
import { chooseLanguage, DEMO_PASSWORD, newPage, screenshot, signIn, useDashboard } from './helpers/dashboard.ts';

let server: TestServer;
let browser: Browser;
useDashboard((s, b) => {
  server = s;
  browser = b;
});

const htmlAttrs = (page: Page) =>
  page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));

async function settle(page: Page) {
  await page.locator('h1').first().waitFor();
  await page.locator('.state-loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
}

async function visitAndShoot(page: Page, path: string, name: string) {
  await page.goto(path);
  await settle(page);
  await page.waitForTimeout(300); // let charts finish their first layout before the picture
  await screenshot(page, name);
}

async function localeOf(email: string) {
  const c = client(server);
  await c.login(email, DEMO_PASSWORD);
  return (await c.get('/api/me')).body.user.locale;
}

describe('Persian and Arabic', () => {
  it('a language picked on the sign-in page turns the page right-to-left and follows the person in', async () => {
    const page = await newPage(browser, server.url);
    await page.goto('/login');
    await page.getByLabel('Language').selectOption('fa');
    expect(await htmlAttrs(page)).toEqual({ dir: 'rtl', lang: 'fa' });
    expect(await page.locator('form button[type="submit"]').textContent()).toBe('ورود');
    expect(await page.locator('select option[value="ar"]').textContent()).toBe('العربية');
    await screenshot(page, 'fa-sign-in');

    await signIn(page, 'qa@demo.attune');
    expect(await htmlAttrs(page)).toEqual({ dir: 'rtl', lang: 'fa' });
    expect(await page.locator('nav[aria-label] a').allTextContents()).toEqual([
      'صف تماس‌ها', 'بارگذاری', 'اعتراض‌ها', 'گزارش‌ها', 'هم‌سنجی', 'زنده',
    ]);
    // Numbers in Persian digits, and the layout mirrored: the nav starts on the right.
    await page.locator('table.calls-table tbody tr').first().waitFor();
    expect(await page.locator('table.calls-table tbody td.num').first().textContent()).toMatch(/^[۰-۹]+$/);
    const brand = await page.locator('.brand').boundingBox();
    expect(brand!.x).toBeGreaterThan(1366 / 2);
    expect(await localeOf('qa@demo.attune')).toBe('fa');
    await screenshot(page, 'fa-qa-queue');
    await page.context().close();
  });

  it('shows the main QA pages in Persian', async () => {
    const page = await newPage(browser, server.url);
    await signIn(page, 'qa@demo.attune');
    await chooseLanguage(page, 'fa');
    const api = client(server);
    await api.login('qa@demo.attune', DEMO_PASSWORD);
    const call = (await api.get('/api/calls?language=fa&limit=1')).body.items[0];
    await visitAndShoot(page, `/calls/${call.id}`, 'fa-qa-call');
    expect(await page.locator('#transcript-title').textContent()).toBe('متن گفت‌وگو');
    expect(await page.locator('.legend li').first().textContent()).toBe('قطع کلام');
    await visitAndShoot(page, '/upload', 'fa-qa-upload');
    await visitAndShoot(page, '/disputes', 'fa-qa-disputes');
    await visitAndShoot(page, '/reports', 'fa-qa-reports');
    expect(await page.locator('.recharts-surface').count()).toBeGreaterThan(0);
    await visitAndShoot(page, '/calibration', 'fa-qa-calibration');
    await visitAndShoot(page, '/live', 'fa-qa-live');
    expect(await page.locator('.state-title').textContent()).toBe('در حال حاضر تماس زنده‌ای نیست');
    await page.context().close();
  });

  it('shows the agent and trainer pages in Persian, and the English ones for comparison', async () => {
    for (const locale of ['fa', 'en'] as const) {
      const agent = await newPage(browser, server.url);
      await signIn(agent, 'agent2@demo.attune');
      await chooseLanguage(agent, locale);
      await visitAndShoot(agent, '/my/calls', `${locale}-agent-my-calls`);
      await visitAndShoot(agent, '/my/progress', `${locale}-agent-progress`);
      expect(await agent.locator('.recharts-surface').count()).toBeGreaterThan(0);
      await agent.context().close();
    }
    const trainer = await newPage(browser, server.url);
    await signIn(trainer, 'trainer@demo.attune');
    await chooseLanguage(trainer, 'fa');
    await visitAndShoot(trainer, '/moments', 'fa-trainer-moments');
    await visitAndShoot(trainer, '/reports', 'fa-trainer-reports');
    await chooseLanguage(trainer, 'en');
    await visitAndShoot(trainer, '/reports', 'en-trainer-reports');
    await trainer.context().close();
  });

  it('switching to Arabic from the header mirrors the page and is remembered for the person', async () => {
    const page = await newPage(browser, server.url);
    await signIn(page, 'agent3@demo.attune');
    await chooseLanguage(page, 'ar');
    expect(await htmlAttrs(page)).toEqual({ dir: 'rtl', lang: 'ar' });
    expect(await page.locator('nav[aria-label] a').first().textContent()).toBe('مكالماتي');
    await expect.poll(() => localeOf('agent3@demo.attune')).toBe('ar');
    await page.reload();
    await settle(page);
    expect(await htmlAttrs(page)).toEqual({ dir: 'rtl', lang: 'ar' });
    await page.locator('table.calls-table tbody a').first().click();
    await page.locator('.scorecard').waitFor();
    expect(await page.locator('.overall-number').textContent()).toMatch(/^[٠-٩]+$|^—$/);
    await screenshot(page, 'ar-agent-call');
    await page.getByLabel('اللغة').selectOption('en');
    await expect.poll(() => htmlAttrs(page)).toEqual({ dir: 'ltr', lang: 'en' });
    await expect.poll(() => localeOf('agent3@demo.attune')).toBe('en');
    await page.context().close();
  });
});
