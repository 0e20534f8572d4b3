import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { client, type TestServer } from '../helpers/app.ts';
import { chooseLanguage, DEMO_PASSWORD, newPage, screenshot, signIn, useDashboard } from './helpers/dashboard.ts';

let server: TestServer;
let browser: Browser;
useDashboard((s, b) => {
  server = s;
  browser = b;
});

describe('coaching in the browser', () => {
  it('a trainer builds and assigns a session from search results; the agent reviews, drills and completes it', async () => {
    const agentApi = client(server);
    await agentApi.login('agent1@demo.attune', DEMO_PASSWORD);
    const me = (await agentApi.get('/api/me')).body.user;
    const title = 'Name the feeling before the fix';

    // Trainer: search moments by tag, add the first as a good example, assign to agent 1.
    const trainer = await newPage(browser, server.url);
    await signIn(trainer, 'trainer@demo.attune');
    await trainer.goto('/moments');
    await trainer.locator('form.filters label', { hasText: 'Turn tag' }).locator('select').selectOption('empathy');
    await trainer.locator('form.filters label', { hasText: 'Language' }).locator('select').selectOption('en');
    // "Right after an upset customer" narrows the search the same way the API does.
    const trainerApi = client(server);
    await trainerApi.login('trainer@demo.attune', DEMO_PASSWORD);
    const upset = (await trainerApi.get('/api/moments?tag=empathy&language=en&afterNegativeEmotion=true&limit=50')).body.items;
    expect(upset.length).toBeGreaterThan(0);
    await trainer.locator('input[name="afterNegativeEmotion"]').check();
    await trainer.locator('form.filters button[type="submit"]').click();
    const cardTexts = () => trainer.locator('ul.card-list > li.card blockquote').allTextContents();
    await expect.poll(cardTexts).toEqual(upset.map((m: { text: string }) => m.text));
    await trainer.locator('input[name="afterNegativeEmotion"]').uncheck();
    await trainer.locator('form.filters button[type="submit"]').click();
    const firstMoment = trainer.locator('ul.card-list > li.card').first();
    await firstMoment.waitFor();
    await expect.poll(() => firstMoment.locator('.turn-tags').textContent()).toContain('Empathy');
    await firstMoment.getByRole('button', { name: 'Add as good example' }).click();
    const builder = trainer.locator('aside.builder');
    await builder.locator('label', { hasText: 'Title' }).locator('input').fill(title);
    await builder.locator('label', { hasText: 'Note for the agent' }).locator('textarea').fill('Listen to how the feeling is named first.');
    await builder.locator('input[name="focusItem"][value="acknowledge_emotion"]').check();
    await builder.locator('label.check', { hasText: me.name }).locator('input').check();
    await builder.locator('input[type="date"]').fill('2030-01-31');
    await builder.getByRole('button', { name: 'Save and assign' }).click();
    await expect.poll(() => builder.locator('[role="status"]').textContent()).toContain('Session saved');
    await trainer.context().close();

    // Agent: open the assignment, review the clip, practise, reflect, complete.
    const agent = await newPage(browser, server.url);
    await signIn(agent, 'agent1@demo.attune');
    await agent.locator('nav a', { hasText: 'Coaching' }).click();
    await agent.getByRole('link', { name: title }).first().click();
    await agent.locator('h1', { hasText: title }).waitFor();
    await expect.poll(() => agent.locator('[data-testid="clip"]').count()).toBe(1);
    expect(await agent.locator('[data-testid="clip"] .excerpt li').count()).toBeGreaterThan(0);
    await agent.getByRole('button', { name: 'Mark as reviewed' }).click();
    await agent.locator('[data-testid="clip"] .form-ok').waitFor();

    await agent.locator('textarea[name="reply"]').fill("I'm so sorry, that sounds really frustrating. I've just reset it now and I'll call you back by 5 pm today to confirm it works.");
    await agent.getByRole('button', { name: 'Check my reply' }).click();
    const feedback = agent.locator('.drill-feedback');
    await feedback.waitFor();
    expect(await feedback.locator('li[data-check]').count()).toBe(4);
    const states = await feedback.locator('li[data-check]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-check')}:${e.getAttribute('data-state')}`));
    expect(states).toContain('action:done');
    // What the page shows is what the service stored.
    const stored = (await agentApi.get('/api/coaching/assignments?mine=true')).body.items.find((a: { session: { title: string } }) => a.session.title === title);
    const attempt = (await agentApi.get(`/api/coaching/assignments/${stored.id}/drills`)).body.items[0];
    expect(states).toEqual(attempt.feedback.checks.map((c: { id: string; relevant: boolean; done: boolean }) => `${c.id}:${!c.relevant ? 'not-needed' : c.done ? 'done' : 'missing'}`));
    await screenshot(agent, 'en-agent-coaching-drill');

    await agent.locator('textarea[name="reflection"]').fill('I will name the feeling before I explain anything.');
    await agent.getByRole('button', { name: 'Complete the session' }).click();
    await expect.poll(() => agent.locator('[data-testid="assignment-status"]').textContent()).toBe('Completed');
    await chooseLanguage(agent, 'fa');
    expect(await agent.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => agent.locator('[data-testid="assignment-status"]').textContent()).toBe('تکمیل‌شده');
    // The "after" window opened on completion: no longer the "once completed" placeholder.
    await expect.poll(() => agent.locator('#impact-title ~ table thead').textContent()).not.toContain('بعد از تکمیل');
    await screenshot(agent, 'fa-agent-coaching-assignment');
    await agent.context().close();

    const mine = (await agentApi.get('/api/coaching/assignments?mine=true')).body.items;
    const done = mine.find((a: { session: { title: string } }) => a.session.title === title);
    expect(done).toMatchObject({ status: 'completed', drillAttempts: 1, reflection: 'I will name the feeling before I explain anything.' });
    expect(done.reviewedClipIds).toHaveLength(1);
    expect(done.session.focusItems).toEqual(['acknowledge_emotion']);
  }, 120_000);
});
