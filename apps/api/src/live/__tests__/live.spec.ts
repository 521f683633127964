import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../../common/config/config.js';
import type { LiveEvent, LiveEvents } from '../live-events.js';
import { originAllowed } from '../live-server.js';
import { liveStream } from '../live-stream.js';

const config = (corsOrigins: string[] = [], trustProxy: boolean | string[] = false) =>
  ({ corsOrigins, trustProxy, publicUrl: 'https://werkplaats.example.nl:8443' }) as unknown as AppConfig;
/** An upgrade as it arrives from the proxy at 172.30.0.10 (compose's nginx). */
const upgrade = (headers: Record<string, string>, remoteAddress = '172.30.0.10') =>
  ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('originAllowed: who may open a socket, by the Origin of the upgrade', () => {
  it.each([
    [
      'the app’s own origin',
      { host: 'werkplaats.example.nl', origin: 'https://werkplaats.example.nl' },
      true,
    ],
    ['another origin', { host: 'werkplaats.example.nl', origin: 'https://elders.example' }, false],
    ['another port', { host: 'localhost:3000', origin: 'http://localhost:5173' }, false],
    ['a client without Origin (not a browser)', { host: 'werkplaats.example.nl' }, true],
    ['an unparseable Origin', { host: 'werkplaats.example.nl', origin: 'null' }, false],
  ])('%s', (_label, headers, allowed) => {
    expect(originAllowed(upgrade(headers), config())).toBe(allowed);
  });

  it('lets in PUBLIC_URL’s origin, also when the proxy sends the host without its port', () => {
    const request = upgrade({ host: 'werkplaats.example.nl', origin: 'https://werkplaats.example.nl:8443' });
    expect(originAllowed(request, config())).toBe(true);
  });

  it('lets in an origin of CORS_ORIGINS', () => {
    const request = upgrade({ host: 'localhost:3000', origin: 'http://localhost:5173' });
    expect(originAllowed(request, config(['http://localhost:5173']))).toBe(true);
  });

  it('believes X-Forwarded-Host only behind a trusted proxy', () => {
    const headers = {
      host: 'api:3000',
      'x-forwarded-host': 'werkplaats.example.nl',
      origin: 'https://werkplaats.example.nl',
    };
    expect(originAllowed(upgrade(headers), config([], true))).toBe(true);
    expect(originAllowed(upgrade(headers), config([], false))).toBe(false);
    // TRUST_PROXY naming the proxy: its header is believed, the same header from anyone else is not.
    expect(originAllowed(upgrade(headers), config([], ['172.30.0.10']))).toBe(true);
    expect(originAllowed(upgrade(headers, '172.30.0.99'), config([], ['172.30.0.10']))).toBe(false);
  });
});

/** Live events in this process, handed out by hand. */
function fakeEvents() {
  const listeners = new Set<(event: LiveEvent) => void>();
  const events = {
    listen: (listener: (event: LiveEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as LiveEvents;
  return { events, emit: (event: LiveEvent) => listeners.forEach((l) => l(event)), listeners };
}

const feed = (id: string): LiveEvent => ({ type: 'feed', kind: 'Lesson', id, atelierId: 'a' });

describe('liveStream: one subscription’s items', () => {
  it('sends only what the read gives, in the order the events came, however long each read takes', async () => {
    const { events, emit } = fakeEvents();
    const delays: Record<string, number> = { one: 30, two: 0, hidden: 0, three: 10 };
    const stream = liveStream(events, (event) =>
      event.type === 'feed'
        ? new Promise<string | null>((resolve) =>
            setTimeout(() => resolve(event.id === 'hidden' ? null : event.id), delays[event.id]),
          )
        : null,
    );
    for (const id of ['one', 'two', 'hidden', 'three']) emit(feed(id));
    emit({ type: 'notification', userId: 'u', id: 'n' });
    const got = [];
    for (let i = 0; i < 3; i++) got.push((await stream.next()).value);
    expect(got).toEqual(['one', 'two', 'three']);
    await stream.return!();
  });

  it('sends nothing for a read that fails', async () => {
    const { events, emit } = fakeEvents();
    const stream = liveStream(events, (event) =>
      event.type === 'feed' && event.id === 'broken' ? Promise.reject(new Error('x')) : Promise.resolve('ok'),
    );
    emit(feed('broken'));
    emit(feed('fine'));
    expect((await stream.next()).value).toBe('ok');
    await stream.return!();
  });

  it('stops listening when the subscription ends, and ends a waiting read', async () => {
    const { events, listeners } = fakeEvents();
    const stream = liveStream(events, () => Promise.resolve('x'));
    const waiting = stream.next();
    expect(listeners.size).toBe(1);
    await stream.return!();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(listeners.size).toBe(0);
  });

  it('keeps at most a hundred items for a subscriber that does not read, the newest', async () => {
    const { events, emit } = fakeEvents();
    const stream = liveStream(events, (event) => Promise.resolve(event.type === 'feed' ? event.id : null));
    for (let i = 0; i < 150; i++) emit(feed(String(i)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await stream.next()).value).toBe('50');
    await stream.return!();
  });
});
