/**
 * Seeds an empty database with the demo call centre: teams and agents from
 * fixtures/demo/people.json, demo users, every fixtures/demo/calls/*.json scored and placed
 * `daysAgo` days back, and a few reviews and disputes so the QA views have something in them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '../auth/passwords.ts';
import type { Role } from '../auth/principal.ts';
import type { Db } from '../db/client.ts';
import { prepareCall, toStorable } from '../jobs/prepare-call.ts';
import type { Repos } from '../repos/index.ts';

export const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/demo');

interface People {
  teams: { id: string; name: string }[];
  agents: { id: string; name: string; team: string; email?: string }[];
}

const FALLBACK_PEOPLE: People = {
  teams: [{ id: 'team-north', name: 'North Desk' }, { id: 'team-south', name: 'South Desk' }],
  agents: [1, 2, 3, 4].map((n) => ({ id: `agent${n}`, name: `Agent ${n}`, team: n <= 2 ? 'team-north' : 'team-south' })),
};

export interface DemoLogin { email: string; role: Role }

interface DemoCall { demo?: { agent?: string; daysAgo?: number; timeOfDay?: string } }

/** `daysAgo` days before now at the call's time of day (UTC). */
function placedAt(demo: DemoCall['demo'], now: Date): string {
  const d = new Date(now.getTime() - (demo?.daysAgo ?? 0) * 86_400_000);
  const [h, m] = (demo?.timeOfDay ?? '10:00').split(':').map(Number);
  d.setUTCHours(h || 0, m || 0, 0, 0);
  return (d > now ? new Date(d.getTime() - 86_400_000) : d).toISOString();
}

function loadPeople(dir: string): People {
  const file = path.join(dir, 'people.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as People) : FALLBACK_PEOPLE;
}

function loadCalls(dir: string, now: Date): { name: string; raw: string }[] {
  const folder = path.join(dir, 'calls');
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((f) => f.endsWith('.json')).sort().map((name) => {
    const call = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as DemoCall & Record<string, unknown>;
    return { name, raw: JSON.stringify({ ...call, startedAt: placedAt(call.demo, now) }) };
  });
}

/** A few QA overrides and disputes on the stored calls, so review screens are not empty. */
function seedReviews(repos: Repos, ids: { qa: string; agents: Map<string, string> }) {
  const recent = repos.calls.list({}, '-startedAt', 40, null).items;
  const failing = recent.filter((c) => Object.values(c.items).includes('fail'));
  const firstFail = (c: (typeof recent)[number]) => Object.entries(c.items).find(([, s]) => s === 'fail')?.[0];
  const qa = { id: ids.qa, name: repos.users.byId(ids.qa)!.name };
  failing.slice(0, 2).forEach((call, i) => {
    const itemId = firstFail(call)!;
    const status = i === 0 ? 'warn' : 'fail';
    repos.reviews.addOverride({ callId: call.id, itemId, status, score: i === 0 ? 60 : 20, autoStatus: 'fail', reason: i === 0 ? 'Partly there: the agent did restate the amount.' : 'Confirmed on listening back.', byUserId: ids.qa });
    repos.calls.refreshSummary(call.id);
    repos.audit.record(qa, 'override.created', { itemId, status, autoStatus: 'fail' }, call.id);
  });
  failing.slice(2, 4).forEach((call, i) => {
    const agentUser = ids.agents.get(call.agent.id);
    const itemId = firstFail(call);
    if (!agentUser || !itemId) return;
    const disputeId = repos.reviews.openDispute({ callId: call.id, itemId, reason: 'I did ask about the date; the transcript cut it off.', byUserId: agentUser });
    repos.audit.record({ id: agentUser, name: call.agent.name }, 'dispute.opened', { disputeId, itemId }, call.id);
    if (i === 1) {
      repos.reviews.resolveDispute(disputeId, { status: 'rejected', resolvedBy: ids.qa, note: 'The follow-up came after the customer had repeated it twice.' });
      repos.audit.record(qa, 'dispute.rejected', { disputeId, itemId }, call.id);
    }
    repos.calls.setDisputed(call.id, repos.reviews.hasOpenDispute(call.id));
  });
}

/** Seeds when the database has no users; returns the logins created, or null when it did nothing. */
export async function seedDemo(db: Db, repos: Repos, password: string, dir = DEMO_DIR, now = new Date()): Promise<DemoLogin[] | null> {
  if (repos.users.count() > 0) return null;
  const people = loadPeople(dir);
  const staff: { email: string; name: string; role: Role; agentId?: string }[] = [
    { email: 'admin@demo.attune', name: 'Demo Admin', role: 'admin' },
    { email: 'qa@demo.attune', name: 'Demo QA Lead', role: 'qa_lead' },
    { email: 'trainer@demo.attune', name: 'Demo Trainer', role: 'trainer' },
    ...people.agents.map((a, i) => ({ email: a.email ?? `agent${i + 1}@demo.attune`, name: a.name, role: 'agent' as const, agentId: a.id })),
  ];
  const hashes = await Promise.all(staff.map(() => hashPassword(password)));
  const rubric = repos.rubric.current();
  const calls = loadCalls(dir, now).flatMap(({ name, raw }) => {
    try {
      return [toStorable(prepareCall(raw, { filename: name, format: 'json', rubric, now: now.toISOString() }))];
    } catch {
      return []; // a broken demo file must not stop the service from starting
    }
  });

  db.transaction(() => {
    for (const t of people.teams) repos.agents.createTeam(t.name, t.id);
    for (const a of people.agents) repos.agents.create({ id: a.id, name: a.name, teamId: a.team });
    const userIds = staff.map((s, i) => repos.users.create({ ...s, passwordHash: hashes[i] }).id);
    for (const c of calls) {
      const { id, duplicate } = repos.calls.insertPrepared(c);
      if (!duplicate) repos.audit.record(null, 'call.created', { format: c.sourceFormat, source: 'demo seed' }, id);
    }
    const agents = new Map(staff.flatMap((s, i) => (s.agentId ? [[s.agentId, userIds[i]] as const] : [])));
    seedReviews(repos, { qa: userIds[1], agents });
  });
  return staff.map(({ email, role }) => ({ email, role }));
}

