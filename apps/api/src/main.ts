import 'reflect-metadata';
import { createServer } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConfigError, loadConfig, requireMailInProduction } from './common/config/config.js';
import { applyMigrations } from './common/database/migrate.js';
import { PrismaService } from './common/prisma/prisma.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from './demo/seed-demo-data.js';
import { createApp } from './server/create-app.js';
import { openDatabase, type OpenDatabase } from './server/open-database.js';

/**
 * Start-up: validate the environment, open the database (real or embedded), migrate, seed the demo
 * data when in demo mode, serve. A bad environment ends here with one clear line, not a stack trace.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  requireMailInProduction(config);
  const say = (line: string) => {
    if (config.logLevel !== 'silent') console.log(line);
  };
  // Before the database is opened, migrated or seeded: a taken port is the commonest reason not to start.
  await ensurePortFree(config.port, config.host);
  const database: OpenDatabase = await openDatabase(config);
  let app: NestFastifyApplication | undefined;
  const shutdown = async () => {
    await app?.close();
    await database.close();
  };
  try {
    const { applied } = await applyMigrations(database.pool, { log: say });
    if (applied.length > 0) say(`Applied ${applied.length} migration(s).`);
    if (config.demoData) {
      const prisma = new PrismaService(database.pool, { prepare: false });
      const { workshops } = await seedDemoData(prisma);
      if (workshops.length > 0) say(`Demo data created: ${workshops.join(', ')}.`);
    }
    app = await createApp(config, database.pool);
    await listen(app, config.port, config.host);
  } catch (error) {
    await shutdown().catch(() => undefined);
    throw error;
  }
  const url = await app.getUrl();
  const shownUrl = url
    .replace('[::1]', 'localhost')
    .replace('127.0.0.1', 'localhost')
    .replace('0.0.0.0', 'localhost');
  const ready = [
    `Werkplaats is ready at ${shownUrl.replace(/\/$/, '')}/ (${database.description}, ${Date.now() - started} ms)`,
  ];
  if (config.demoData) {
    ready.push(
      `Demo accounts (password ${DEMO_PASSWORD}): ${Object.values(DEMO_ACCOUNTS).join(', ')}; who is who: README.md, "Demo accounts".`,
    );
  }
  // One write: whoever waits for the ready line (a person, a script, a test) finds how to sign in beside it.
  say(ready.join('\n'));

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void shutdown().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

function portInUse(port: number): ConfigError {
  return new ConfigError(`Port ${port} is in use; stop what uses it or set PORT to another port`);
}

/** Fails with the one start-up line when the port is taken (port 0 asks the OS for a free one). */
async function ensurePortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? portInUse(port)
          : new ConfigError(`Cannot listen on ${host}:${port}: ${error.message}`),
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

async function listen(app: NestFastifyApplication, port: number, host: string): Promise<void> {
  try {
    await app.listen(port, host);
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error && error.code === 'EADDRINUSE') {
      throw portInUse(port);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Werkplaats cannot start: ${error.message}`);
  } else {
    console.error('Werkplaats cannot start:', error);
  }
  process.exit(1);
});
