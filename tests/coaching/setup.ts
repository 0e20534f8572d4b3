/** A service with a trainer, a QA lead, two agents (users) and a few scored calls, for coaching tests. */
import { addUser, client, startServer, type Client, type TestServer } from '../helpers/app.ts';

export interface CoachingWorld {
  server: TestServer;
  trainer: Client;
  qa: Client;
  /** agent-a's user */
  agentA: Client;
  /** agent-b's user */
  agentB: Client;
  /** Service call ids by name. */
  calls: Record<'angryEn' | 'ignoredEn' | 'calmEn' | 'fa' | 'ar' | 'otherAgent', string>;
}

const en = (id: string, agentId: string, startedAt: string, turns: [string, string][]) => ({
  id, agent: { id: agentId, name: agentId === 'agent-a' ? 'Agent A' : 'Agent B' }, language: 'en', startedAt,
  turns: turns.map(([speaker, text]) => ({ speaker, text })),
});

export const TRANSCRIPTS = {
  angryEn: en('angry-en', 'agent-a', '2026-11-10T09:00:00Z', [
    ['agent', 'Thanks for calling, how can I help?'],
    ['customer', "I returned the jacket three weeks ago and I still haven't got my refund. I'm really angry about this."],
    ['agent', "I'm so sorry, that sounds really frustrating. So the refund still hasn't arrived after three weeks? I've just issued it now and I'll email you the confirmation by 5 pm today."],
    ['customer', 'Okay, thank you.'],
  ]),
  ignoredEn: en('ignored-en', 'agent-a', '2026-11-11T09:00:00Z', [
    ['agent', 'Thanks for calling, how can I help?'],
    ['customer', "My parcel is a week late and I'm really upset, I needed it for my daughter's birthday."],
    ['agent', 'Please hold.'],
    ['customer', 'Fine.'],
  ]),
  calmEn: en('calm-en', 'agent-a', '2026-11-12T09:00:00Z', [
    ['agent', 'Good morning, how can I help?'],
    ['customer', 'I would like to change the address on my account.'],
    ['agent', 'Of course. What is the new address?'],
    ['customer', '12 Hill Road.'],
  ]),
  fa: {
    id: 'fa-1', agent: { id: 'agent-b', name: 'Agent B' }, language: 'fa', startedAt: '2026-11-10T10:00:00Z',
    turns: [
      { speaker: 'agent', text: 'سلام، چطور می‌تونم کمکتون کنم؟' },
      { speaker: 'customer', text: 'سه هفته است منتظر بازپرداخت پولم هستم و واقعاً عصبانی‌ام.' },
      { speaker: 'agent', text: 'کاملاً درک می‌کنم که ناراحت هستید. یعنی سه هفته است منتظر بازپرداخت هستید؟ کی کالا را برگرداندید؟ همین الان پیگیری می‌کنم و تا ساعت پنج با شما تماس می‌گیرم.' },
    ],
  },
  ar: {
    id: 'ar-1', agent: { id: 'agent-b', name: 'Agent B' }, language: 'ar', startedAt: '2026-11-10T11:00:00Z',
    turns: [
      { speaker: 'agent', text: 'مرحبا، كيف يمكنني مساعدتك؟' },
      { speaker: 'customer', text: 'أنتظر استرداد أموالي منذ ثلاثة أسابيع وأنا غاضب جداً.' },
      { speaker: 'agent', text: 'أتفهم تماماً انزعاجك. يعني أنك تنتظر الاسترداد منذ ثلاثة أسابيع؟ متى أعدت المنتج؟ سأتابع الأمر الآن وسأتصل بك قبل الساعة الخامسة اليوم.' },
    ],
  },
  otherAgent: en('other-agent', 'agent-b', '2026-11-13T09:00:00Z', [
    ['agent', 'Hello, how can I help?'],
    ['customer', "I was charged twice this month and I'm furious."],
    ['agent', "I'm sorry, that must be really annoying. So you saw two charges this month — which dates were they on?"],
  ]),
};

export async function startCoachingWorld(): Promise<CoachingWorld> {
  const server = await startServer();
  await addUser(server, { email: 'trainer@x.test', role: 'trainer', name: 'Tara Trainer' });
  await addUser(server, { email: 'qa@x.test', role: 'qa_lead', name: 'Quinn QA' });
  await addUser(server, { email: 'a@x.test', role: 'agent', agentId: 'agent-a', name: 'Agent A' });
  await addUser(server, { email: 'b@x.test', role: 'agent', agentId: 'agent-b', name: 'Agent B' });
  const [trainer, qa, agentA, agentB] = [client(server), client(server), client(server), client(server)];
  await trainer.login('trainer@x.test');
  await qa.login('qa@x.test');
  await agentA.login('a@x.test');
  await agentB.login('b@x.test');
  const calls = {} as CoachingWorld['calls'];
  for (const [name, t] of Object.entries(TRANSCRIPTS)) {
    const r = await qa.post('/api/calls', t);
    if (r.status !== 201) throw new Error(`upload ${name}: ${r.status} ${r.text}`);
    calls[name as keyof CoachingWorld['calls']] = r.body.id;
  }
  return { server, trainer, qa, agentA, agentB, calls };
}

/** Coaching actions in the audit log, oldest first. */
export function coachingAudit(server: TestServer): { action: string; actorName: string; detail: Record<string, unknown> }[] {
  return server.app.ctx.db.$client.prepare("select action, actor_name as actorName, detail from audit_log where action like 'coaching.%' order by id")
    .all().map((r: any) => ({ ...r, detail: JSON.parse(r.detail) }));
}
