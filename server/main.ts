import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { seedDemo } from './seed/demo.ts';

const config = loadConfig();
const app = await buildApp(config);

if (config.demo) {
  const logins = await seedDemo(app.ctx.db, app.ctx.repos, config.demoPassword);
  if (logins) {
    const lines = logins.map((l) => `  ${l.email.padEnd(24)} ${l.role}`).join('\n');
    const pw = config.demoPasswordGenerated ? `${config.demoPassword}  (random; set ATTUNE_DEMO_PASSWORD to choose)` : '(from ATTUNE_DEMO_PASSWORD)';
    console.log(`\nDemo data seeded. Logins:\n${lines}\n  password: ${pw}\n`);
  }
}

await app.listen({ port: config.port, host: config.host });
console.log(`Attune is listening on http://localhost:${(app.server.address() as { port: number }).port}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info(`${signal}: shutting down`);
    app.close().then(() => process.exit(0), () => process.exit(1));
  });
}
