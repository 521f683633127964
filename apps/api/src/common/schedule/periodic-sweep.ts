import type { Logger } from '@nestjs/common';

/**
 * Work a replica does on a clock rather than for a request (queueing summaries, proposing old drafts for
 * deletion, forgetting ended sessions): once soon after start-up, off the start's own path, then every `everyMs`.
 * Several replicas may sweep at once, so the work itself must be safe to repeat; a tick soon after a sweep (one
 * asked for directly, as tests do) is skipped. `stop` waits for a sweep under way, so a shutdown never cuts one.
 */
export class PeriodicSweep {
  private timer: NodeJS.Timeout | undefined;
  private first: NodeJS.Timeout | undefined;
  private stopped = false;
  private running: Promise<unknown> | undefined;
  private lastRunAt = 0;

  constructor(
    private readonly options: {
      /** What the log calls it when it fails: "the summary sweep". */
      name: string;
      everyMs: number;
      firstAfterMs: number;
      log: Logger;
      work: () => Promise<unknown>;
    },
  ) {}

  start(): void {
    const { everyMs, firstAfterMs } = this.options;
    const tick = () => {
      if (this.stopped || Date.now() - this.lastRunAt < everyMs / 2) return;
      this.running = this.options
        .work()
        .catch((error: unknown) =>
          this.options.log.warn(
            `${this.options.name} could not run: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
    };
    this.timer = setInterval(tick, everyMs);
    this.timer.unref();
    this.first = setTimeout(tick, firstAfterMs);
    this.first.unref();
  }

  /** Called by the work itself when it starts, also when asked for directly: the next tick need not repeat it. */
  ran(): void {
    this.lastRunAt = Date.now();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.first);
    await this.running;
  }
}
