import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.werkplaatsServer;
  if (!server) return;
  await new Promise<void>((resolve) => {
    if (server.process.exitCode !== null) return resolve();
    server.process.once('exit', () => resolve());
    server.process.kill('SIGTERM');
  });
  rmSync(server.dataDir, { recursive: true, force: true });
}
