/**
 * Browser tests' harness: the real service on a fresh temp SQLite database
 * with the demo seed, serving a real `vite build` of the dashboard, driven by
 * Debian's Chromium through playwright-core.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { seedDemo } from '../../../server/seed/demo.ts';
import { afterAll, beforeAll } from 'vitest';
import { removeDir, startServer, type TestServer } from '../../helpers/app.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const WEB = path.join(ROOT, 'web');
const DIST = path.join(WEB, 'dist');
const LOCK = path.join(WEB, '.build-lock');
export const SCREENSHOTS = path.join(ROOT, 'test-artifacts', 'screenshots');
export const DEMO_PASSWORD = 'demo-password-123';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function isStale(): boolean {
  const built = path.join(DIST, 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(newest(path.join(WEB, 'src')), statSync(path.join(WEB, 'index.html')).mtimeMs);
  return sources > statSync(built).mtimeMs;
}

/**
 * Builds web/dist when it is missing or older than its sources. Test files
 * run in parallel, so a directory lock makes only one of them build.
 */
export async function ensureDashboardBuild(): Promise<string> {
  for (;;) {
    if (!isStale()) return DIST;
    try {
      mkdirSync(LOCK);
    } catch {
      // Someone else is building; a lock older than 5 minutes is a crashed build.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    try {
      if (isStale()) {
        // vitest sets NODE_ENV=test, which would bundle React's development build; this dist is also what `npm start` serves.
        const env = { ...process.env, NODE_ENV: 'production' };
        const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8', env });
        if (result.status !== 0) throw new Error(`vite build failed:\n${result.stderr}`);
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

export async function startDashboardServer(): Promise<TestServer> {
  const webDist = await ensureDashboardBuild();
  const server = await startServer({ webDist });
  await seedDemo(server.app.ctx.db, server.app.ctx.repos, DEMO_PASSWORD);
  return server;
}

/**
 * Starts the dashboard server and Chromium before the file's tests and stops both after;
 * `ready` receives them.
 */
export function useDashboard(ready: (server: TestServer, browser: Browser) => void): void {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startDashboardServer();
    browser = await launchChromium();
    ready(server, browser);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (server) removeDir(server.dir);
  });
}

/** playwright's launch() starts Chromium on a new, empty temporary user-data dir. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

export async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.locator('nav[aria-label] a').first().waitFor();
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** Picks a language with the header's switcher (whatever language its label is in). */
export async function chooseLanguage(page: Page, locale: 'en' | 'fa' | 'ar') {
  await page.locator('.language-switcher select').selectOption(locale);
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}
