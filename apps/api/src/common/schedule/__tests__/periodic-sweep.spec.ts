import type { Logger } from '@nestjs/common';
import { PeriodicSweep } from '../periodic-sweep.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5_000) throw new Error('It did not happen within 5 s');
    await pause(10);
  }
}

describe('PeriodicSweep', () => {
  const warnings: string[] = [];
  const log = { warn: (message: string) => warnings.push(message) } as unknown as Logger;

  it('runs soon after start and then every period', async () => {
    let runs = 0;
    const sweep: PeriodicSweep = new PeriodicSweep({
      name: 'The test sweep',
      everyMs: 60,
      firstAfterMs: 5,
      log,
      work: () => {
        sweep.ran();
        runs++;
        return Promise.resolve();
      },
    });
    sweep.start();
    await until(() => runs >= 2);
    await sweep.stop();
    const after = runs;
    await pause(150);
    expect(runs).toBe(after);
  });

  it('skips the start-up tick when a sweep was asked for directly just before', async () => {
    let runs = 0;
    const sweep: PeriodicSweep = new PeriodicSweep({
      name: 'The test sweep',
      everyMs: 60_000,
      firstAfterMs: 5,
      log,
      work: () => {
        runs++;
        return Promise.resolve();
      },
    });
    sweep.ran(); // as a direct call does
    sweep.start();
    await pause(100);
    expect(runs).toBe(0);
    await sweep.stop();
  });

  it('logs a failed sweep instead of crashing, and stop waits for a sweep under way', async () => {
    let started = false;
    let finish: () => void = () => undefined;
    const sweep = new PeriodicSweep({
      name: 'The test sweep',
      everyMs: 60_000,
      firstAfterMs: 5,
      log,
      work: () =>
        new Promise<void>((_resolve, reject) => {
          started = true;
          finish = () => reject(new Error('database away'));
        }),
    });
    sweep.start();
    await until(() => started);
    let stopped = false;
    const stopping = sweep.stop().then(() => (stopped = true));
    await pause(20);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(warnings).toContain('The test sweep could not run: database away');
  });
});
