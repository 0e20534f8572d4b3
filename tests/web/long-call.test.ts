import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { client, type TestServer } from '../helpers/app.ts';
import { DEMO_PASSWORD, newPage, SCREENSHOTS, screenshot, signIn, useDashboard } from './helpers/dashboard.ts';

let server: TestServer;
let browser: Browser;
useDashboard((s, b) => {
  server = s;
  browser = b;
});

/** 600 turns; the agent cuts in near the end so there is evidence far down the page. */
function longTranscript() {
  const turns = [];
  let t = 0;
  for (let i = 0; i < 600; i++) {
    const customer = i % 2 === 0;
    const late = i > 560;
    const text = customer
      ? `This is customer line ${i}, and I'm still waiting for the refund on order ${1000 + i}${late ? ' and I was going to say —' : '.'}`
      : `Agent line ${i}: so the refund for order ${1000 + i - 1} hasn't arrived yet — when did you return it?`;
    const start = late && !customer ? t - 1.5 : t;
    turns.push({ speaker: customer ? 'customer' : 'agent', text, start, end: start + 4 });
    t += 4.5;
  }
  return {
    id: 'long-600',
    agent: { id: 'agent1', name: 'Daniel Brooks' },
    language: 'en',
    startedAt: '2026-11-20T10:00:00Z',
    turns,
  };
}

describe('a 600-turn call', () => {
  it('opens, and an evidence link far down still scrolls to and focuses its turn', async () => {
    const qa = client(server);
    await qa.login('qa@demo.attune', DEMO_PASSWORD);
    const created = await qa.post('/api/calls', longTranscript());
    expect(created.status).toBe(201);
    const evidenceTurns: number[] = created.body.scorecard.items.flatMap((i: { evidence: { turn: number }[] }) => i.evidence.map((e) => e.turn));
    const farTurn = Math.max(...evidenceTurns);
    expect(farTurn).toBeGreaterThan(300);

    const page = await newPage(browser, server.url);
    await signIn(page, 'qa@demo.attune');
    const started = Date.now();
    await page.goto(`/calls/${created.body.id}`);
    await page.locator('#turn-599').waitFor({ state: 'attached' });
    await page.locator('.scorecard').waitFor();
    const interactiveMs = Date.now() - started;
    expect(await page.locator('.transcript > li').count()).toBe(600);

    await page.locator(`.evidence-list a[href="#turn-${farTurn}"]`).first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`turn-${farTurn}`);
    await expect
      .poll(() =>
        page.locator(`#turn-${farTurn}`).evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await screenshot(page, 'en-qa-long-call-evidence');

    // Figures for the closing note, not assertions: speed is measured, not tested.
    const scroll = await page.evaluate(async () => {
      const frames: number[] = [];
      let last = performance.now();
      const stop = performance.now() + 1500;
      while (performance.now() < stop) {
        window.scrollBy(0, 400);
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      frames.sort((a, b) => a - b);
      return { frames: frames.length, medianFrameMs: frames[Math.floor(frames.length / 2)], p95FrameMs: frames[Math.floor(frames.length * 0.95)] };
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(
      path.join(SCREENSHOTS, '..', 'long-call-measurements.json'),
      JSON.stringify({ turns: 600, navigationToInteractiveMs: interactiveMs, scroll }, null, 2),
    );
    console.log(`600-turn call: interactive after ${interactiveMs} ms; scroll frames`, scroll);
    await page.context().close();
  });
});
