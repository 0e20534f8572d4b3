import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { client, transcript, type TestServer } from '../helpers/app.ts';
import { DEMO_PASSWORD, newPage, screenshot, signIn, useDashboard } from './helpers/dashboard.ts';

let server: TestServer;
let browser: Browser;
useDashboard((s, b) => {
  server = s;
  browser = b;
});

async function apiAs(email: string) {
  const c = client(server);
  await c.login(email, DEMO_PASSWORD);
  return c;
}

/** An agent's call whose scorecard has evidence to follow (a warning or failing item). */
async function callWithEvidence(email: string) {
  const c = await apiAs(email);
  const { body } = await c.get('/api/calls?limit=50&sort=overall');
  for (const summary of body.items) {
    const detail = (await c.get(`/api/calls/${summary.id}`)).body;
    const item = detail.scorecard.items.find((i: { evidence: unknown[] }) => i.evidence.length > 0);
    if (item) return { detail, item };
  }
  throw new Error(`no call with evidence for ${email}`);
}

const navTexts = (page: Page) => page.locator('nav[aria-label] a').allTextContents();

describe('signing in shows each role its own navigation', () => {
  const cases = [
    ['agent1@demo.attune', ['My calls', 'My progress', 'Disputes', 'Coaching', 'Live'], 'agent-my-calls'],
    ['qa@demo.attune', ['Calls queue', 'Upload', 'Disputes', 'Reports', 'Calibration', 'Live'], 'qa-queue'],
    ['trainer@demo.attune', ['Moments', 'Coaching', 'Reports', 'Live'], 'trainer-moments'],
    ['admin@demo.attune', ['Calls queue', 'Upload', 'Disputes', 'Reports', 'Calibration', 'Moments', 'Coaching', 'Live', 'Users & tokens'], 'admin-queue'],
  ] as const;

  for (const [email, nav, shot] of cases) {
    it(`${email} lands on its first page with its navigation`, async () => {
      const page = await newPage(browser, server.url);
      await signIn(page, email);
      expect(await navTexts(page)).toEqual(nav);
      await page.locator('h1').first().waitFor();
      await page.locator('.state-loading').waitFor({ state: 'detached' }).catch(() => undefined);
      await screenshot(page, `en-${shot}`);
      await page.context().close();
    });
  }

  it('a wrong password is refused with a plain message and no navigation', async () => {
    const page = await newPage(browser, server.url);
    await page.goto('/login');
    await page.locator('input[name="email"]').fill('qa@demo.attune');
    await page.locator('input[name="password"]').fill('not-the-password');
    await page.locator('form button[type="submit"]').click();
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toContain("don't match");
    expect(await page.locator('nav[aria-label]').count()).toBe(0);
    await page.context().close();
  });
});

describe('QA lead', () => {
  it('uploads several files and watches the job finish, with the bad file named plainly', async () => {
    const page = await newPage(browser, server.url);
    await signIn(page, 'qa@demo.attune');
    await page.locator('nav a', { hasText: 'Upload' }).click();
    const good = (n: number) => ({
      name: `upload-${n}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(
        `Customer: My parcel ${n} never arrived and I'm really upset about it.\nAgent: I'm sorry, that's frustrating. So parcel ${n} didn't arrive — when did you expect it?\nCustomer: Last Monday.\nAgent: I have reissued it today and I will call you tomorrow at 10 to confirm.\n`,
      ),
    });
    const bad = { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"turns": [ {"speaker": ') };
    // Plain text names no agent, so the QA lead says whose calls these are.
    await page.getByLabel('Agent on these calls').selectOption({ label: 'Daniel Brooks' });
    await page.locator('input[type="file"]').setInputFiles([good(1), good(2), bad]);
    await expect.poll(() => page.locator('.file-list li').count()).toBe(3);
    await page.locator('.file-list button.primary').click();
    const job = page.locator('section.job[data-status="done"]');
    await job.waitFor({ timeout: 60_000 });
    expect(await page.locator('.job progress').getAttribute('value')).toBe('3');
    const counts = await page.locator('.job-counts').textContent();
    expect(counts).toContain('3 of 3 files processed');
    expect(counts, (await page.locator('.job-errors').textContent()) ?? '').toContain('failed: 1');
    expect(await page.locator('.job-errors').textContent()).toContain('broken.json');
    await screenshot(page, 'en-qa-upload-done');
    await page.context().close();
  }, 90_000);

  it('accepts files dropped on the drop zone and says which format each looks like', async () => {
    const page = await newPage(browser, server.url);
    await signIn(page, 'qa@demo.attune');
    await page.goto('/upload');
    await page.locator('.drop-zone').waitFor();
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['WEBVTT\n\n00:00.000 --> 00:02.000\n<v Agent>Hello\n'], 'call-7.vtt', { type: 'text/vtt' }));
      transfer.items.add(new File(['1\n00:00:00,000 --> 00:00:02,000\nAgent: Hi\n'], 'call-8.srt'));
      return transfer;
    });
    await page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer });
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer });
    const items = page.locator('.file-list li');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(0).textContent()).toContain('looks like vtt');
    expect(await items.nth(1).textContent()).toContain('looks like srt');
    await page.getByRole('button', { name: 'Remove call-7.vtt' }).click();
    await expect.poll(() => items.count()).toBe(1);
    await page.context().close();
  });

  it('overrides an item with a reason; the automatic result stays beside it and the audit trail records it', async () => {
    const { detail, item } = await callWithEvidence('agent1@demo.attune');
    const page = await newPage(browser, server.url);
    await signIn(page, 'qa@demo.attune');
    await page.goto(`/calls/${detail.id}`);
    const card = page.locator('li.item-card', { has: page.locator(`h3#item-${item.id}`) });
    await card.locator('button', { hasText: 'Override' }).click();
    await card.locator('select').selectOption('pass');
    await card.locator('input[type="number"]').fill('95');
    await card.locator('textarea').fill('The agent did restate the problem in turn 3; the rule missed it.');
    await card.locator('button[type="submit"]').click();
    await card.locator('.override-note').waitFor();
    expect(await card.locator('.item-head .badge').textContent()).toContain('Pass');
    const note = await card.locator('.override-note').textContent();
    expect(note).toContain('Reviewed by Demo QA Lead');
    expect(note).toContain('Automatic result:');
    expect(note).toContain('the rule missed it');
    await expect.poll(() => page.locator('.audit-list').textContent()).toContain('overrode an item');
    await screenshot(page, 'en-qa-call-reviewed');
    await page.context().close();
  });
});

describe('calls queue', () => {
  it('filters by language and failing item, sorts by score, and exports the same filter as CSV', async () => {
    const page = await newPage(browser, server.url);
    await signIn(page, 'qa@demo.attune');
    await page.locator('table.calls-table tbody tr').first().waitFor();
    const form = page.locator('form.filters');
    await form.getByLabel('Language').selectOption('fa');
    await form.getByLabel('Failing item').selectOption('paraphrasing');
    await form.getByLabel('Sort by').selectOption('overall');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('language')).toBe('fa');
    const rows = page.locator('table.calls-table tbody tr');
    // The filtered page replaces the unfiltered one once it arrives.
    await expect.poll(async () => [...new Set(await rows.locator('td:nth-child(5)').allTextContents())]).toEqual(['Persian']);
    const languages = await rows.locator('td:nth-child(5)').allTextContents();
    const scores = (await rows.locator('td.num').allTextContents()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    const paraphrasing = await rows.locator('li[title^="Paraphrasing"]').evaluateAll((els) => els.map((e) => e.getAttribute('title')));
    expect(paraphrasing).toHaveLength(languages.length);
    expect(new Set(paraphrasing)).toEqual(new Set(['Paraphrasing: Fail']));
    const href = await page.locator('a', { hasText: 'Export CSV' }).getAttribute('href');
    expect(href).toContain('/api/export/scorecards.csv?');
    expect(href).toContain('language=fa');
    expect(href).toContain('failingItem=paraphrasing');
    const csv = await page.request.get(href!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    await page.context().close();
  });
});

describe('calls queue pages', () => {
  it('loads the next page with "Load more" until every call is listed', async () => {
    const qa = await apiAs('qa@demo.attune');
    for (let n = 0; n < 15; n++) {
      const created = await qa.post('/api/calls', transcript(900 + n, { agent: { id: 'agent4', name: 'Rania Haddad' } }));
      expect(created.status).toBe(201);
    }
    const total = (await qa.get('/api/calls?limit=1')).body.total as number;
    expect(total).toBeGreaterThan(50);
    const page = await newPage(browser, server.url);
    await signIn(page, 'qa@demo.attune');
    const rows = page.locator('table.calls-table tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    await page.locator('button', { hasText: 'Load more' }).click();
    await expect.poll(() => rows.count()).toBe(total);
    expect(await page.locator('button', { hasText: 'Load more' }).count()).toBe(0);
    const ids = await rows.locator('th a').allTextContents();
    expect(new Set(ids).size).toBe(total);
    await page.context().close();
  });
});

describe('admin', () => {
  it('creates an API token, sees it once, and revokes it', async () => {
    const page = await newPage(browser, server.url);
    await signIn(page, 'admin@demo.attune');
    await page.locator('nav a', { hasText: 'Users & tokens' }).click();
    await page.locator('#users-title').waitFor();
    expect(await page.locator('section[aria-labelledby="users-title"] tbody tr').count()).toBeGreaterThanOrEqual(7);
    await page.getByLabel('Token name').fill('telephony bridge');
    await page.locator('button', { hasText: 'Create token' }).click();
    const token = (await page.locator('.token-once code').textContent()) ?? '';
    expect(token.length).toBeGreaterThan(16);
    const bearer = client(server, { bearer: token });
    expect((await bearer.get('/api/calls?limit=1')).status).toBe(200);
    await screenshot(page, 'en-admin-users-tokens');
    await page.getByRole('button', { name: 'Revoke token telephony bridge' }).click();
    await expect.poll(() => page.locator('tr', { hasText: 'telephony bridge' }).textContent()).toContain('Revoked');
    expect((await bearer.get('/api/calls?limit=1')).status).toBe(401);
    await page.context().close();
  });
});

describe('agent', () => {
  it('opens a call and follows an evidence link to its turn, which gets focus and the URL hash', async () => {
    const { detail, item } = await callWithEvidence('agent1@demo.attune');
    const turn = item.evidence[item.evidence.length - 1].turn as number;
    const page = await newPage(browser, server.url);
    await signIn(page, 'agent1@demo.attune');
    await page.locator('table.calls-table tbody a').first().waitFor();
    await screenshot(page, 'en-agent-my-calls-list');
    await page.goto(`/calls/${detail.id}`);
    const card = page.locator('li.item-card', { has: page.locator(`h3#item-${item.id}`) });
    await card.locator(`a[href="#turn-${turn}"]`).first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`turn-${turn}`);
    expect(new URL(page.url()).hash).toBe(`#turn-${turn}`);
    await expect.poll(() => page.locator(`#turn-${turn}`).evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    // The legend explains every highlight with a word, not colour alone.
    expect(await page.locator('.legend li').count()).toBe(8);
    await screenshot(page, 'en-agent-call-evidence');
    await page.context().close();
  });

  it('works from the keyboard: skip link, navigation, and Enter on an evidence link', async () => {
    const { detail, item } = await callWithEvidence('agent1@demo.attune');
    const turn = item.evidence[0].turn as number;
    const page = await newPage(browser, server.url);
    await signIn(page, 'agent1@demo.attune');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('My calls');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/my/progress');
    await page.goto(`/calls/${detail.id}`);
    const link = page.locator('li.item-card', { has: page.locator(`h3#item-${item.id}`) }).locator(`a[href="#turn-${turn}"]`).first();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`turn-${turn}`);
    await page.context().close();
  });

  it('a shared link to a turn survives signing in and lands focused on that turn', async () => {
    const { detail, item } = await callWithEvidence('agent1@demo.attune');
    const turn = item.evidence[0].turn as number;
    const page = await newPage(browser, server.url);
    await page.goto(`/calls/${detail.id}#turn-${turn}`);
    await page.locator('input[name="email"]').fill('agent1@demo.attune');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.locator('.transcript').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/calls/${detail.id}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`turn-${turn}`);
    await page.context().close();
  });

  it('disputes an item, and the QA lead accepts the dispute', async () => {
    const { detail, item } = await callWithEvidence('agent1@demo.attune');
    const agent = await newPage(browser, server.url);
    await signIn(agent, 'agent1@demo.attune');
    await agent.goto(`/calls/${detail.id}`);
    const card = agent.locator('li.item-card', { has: agent.locator(`h3#item-${item.id}`) });
    await card.locator('button', { hasText: 'Dispute' }).click();
    await card.locator('textarea').fill('I asked what the router showed — that was a follow-up.');
    await card.locator('button[type="submit"]').click();
    await card.locator('.dispute-list').waitFor();
    expect(await card.locator('.dispute-list').textContent()).toContain('Open');
    await agent.context().close();

    const qa = await newPage(browser, server.url);
    await signIn(qa, 'qa@demo.attune');
    await qa.locator('nav a', { hasText: 'Disputes' }).click();
    const dispute = qa.locator('li.dispute-card', { hasText: 'that was a follow-up' });
    await dispute.waitFor();
    await screenshot(qa, 'en-qa-disputes');
    await dispute.locator('textarea').fill('Agreed, the follow-up is there.');
    await dispute.locator('button', { hasText: 'Accept' }).click();
    await dispute.waitFor({ state: 'detached' });
    const api = await apiAs('qa@demo.attune');
    const accepted = (await api.get('/api/disputes?status=accepted')).body.items;
    expect(accepted.some((d: { reason: string }) => d.reason.includes('that was a follow-up'))).toBe(true);
    await qa.context().close();
  });

  it("cannot open another agent's call: the page says it was not found and shows no transcript", async () => {
    const other = await apiAs('agent2@demo.attune');
    const theirs = (await other.get('/api/calls?limit=1')).body.items[0];
    const page = await newPage(browser, server.url);
    await signIn(page, 'agent1@demo.attune');
    await page.goto(`/calls/${theirs.id}`);
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toContain("couldn't find that call");
    expect(await page.locator('.transcript').count()).toBe(0);
    // Pages outside the agent's role are refused too.
    await page.goto('/upload');
    await expect.poll(() => page.locator('.state-title').textContent()).toContain("don't have access");
    await page.context().close();
  });
});
