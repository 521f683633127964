import { Global, Module } from '@nestjs/common';
import { LiveEvents } from './live-events.js';
import { LiveSockets } from './live-sockets.js';

/** Live updates: the events between replicas and the open sockets by session (the server: live-server.ts). */
@Global()
@Module({
  providers: [LiveEvents, LiveSockets],
  exports: [LiveEvents, LiveSockets],
})
export class LiveModule {}
