// A small load balancer in front of API replicas, doing what docker/nginx.conf.template asks of nginx (which is not
// installed on the development machines): round-robin over the upstreams, a fresh upstream connection per request
// (nginx's default without `keepalive`), X-Forwarded-For set to the visitor's address (replacing what the visitor
// sent) and X-Forwarded-Proto, WebSocket upgrades passed on, and an upstream that fails marked down for ten
// seconds (nginx's max_fails=1 fail_timeout=10s) while the request goes to the next one as
// `proxy_next_upstream error timeout` does: always when the connection could not be made (nothing was sent), and
// for an idempotent request also when the upstream died after it was sent. A POST that was in flight when its
// replica died is not sent twice, by nginx nor here: the client gets 502 and decides whether to send it again.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';

export interface RoundRobinProxy {
  url: string;
  /** The upstream (its index) each WebSocket upgrade was passed to, in order. */
  upgrades: number[];
  /** Requests answered 502 because their upstream died after they were sent (non-idempotent: not retried). */
  failedInFlight: number;
  close(): Promise<void>;
}

const DOWN_MS = 10_000;
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export async function startRoundRobinProxy(
  upstreams: { host: string; port: number }[],
): Promise<RoundRobinProxy> {
  const downUntil = upstreams.map(() => 0);
  let next = 0;
  const sockets = new Set<Socket>();
  const proxy: RoundRobinProxy = { url: '', upgrades: [], failedInFlight: 0, close: () => Promise.resolve() };

  /** The next upstream in turn that was not tried for this request, preferring those not marked down. */
  const pick = (tried: Set<number>): number | undefined => {
    const order = upstreams.map((_, i) => (next + i) % upstreams.length).filter((i) => !tried.has(i));
    const chosen = order.find((i) => downUntil[i]! <= Date.now()) ?? order[0];
    if (chosen !== undefined) next = (chosen + 1) % upstreams.length;
    return chosen;
  };
  const markDown = (i: number) => (downUntil[i] = Date.now() + DOWN_MS);

  /** The visitor's headers, with the forwarding headers this proxy vouches for instead of theirs. */
  const forwardedHeaders = (request: IncomingMessage): [string, string][] => {
    const headers: [string, string][] = [];
    for (let i = 0; i < request.rawHeaders.length; i += 2) {
      const name = request.rawHeaders[i]!;
      if (!/^x-forwarded-(for|proto)$/i.test(name)) headers.push([name, request.rawHeaders[i + 1]!]);
    }
    headers.push(['X-Forwarded-For', request.socket.remoteAddress ?? ''], ['X-Forwarded-Proto', 'http']);
    return headers;
  };

  const forward = (request: IncomingMessage, response: ServerResponse, body: Buffer, tried: Set<number>) => {
    const target = pick(tried);
    if (target === undefined) {
      response.writeHead(502).end();
      return;
    }
    tried.add(target);
    const upstreamRequest = http.request({
      ...upstreams[target]!,
      method: request.method,
      path: request.url,
      headers: forwardedHeaders(request)
        .filter(([name]) => !/^connection$/i.test(name))
        .flat(),
      agent: false,
    });
    let sent = false;
    upstreamRequest.on('finish', () => (sent = true));
    upstreamRequest.on('response', (upstreamResponse) => {
      response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
      upstreamResponse.pipe(response);
      upstreamResponse.on('error', () => response.destroy());
    });
    upstreamRequest.on('error', (error: NodeJS.ErrnoException) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      markDown(target);
      const neverReached = error.code === 'ECONNREFUSED' || !sent;
      if (neverReached || IDEMPOTENT.has(request.method ?? '')) {
        forward(request, response, body, tried);
        return;
      }
      proxy.failedInFlight += 1;
      response.writeHead(502).end();
    });
    upstreamRequest.end(body);
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => forward(request, response, Buffer.concat(chunks), new Set()));
  });

  server.on('upgrade', (request: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const tried = new Set<number>();
    const connect = () => {
      const target = pick(tried);
      if (target === undefined) {
        client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
        return;
      }
      tried.add(target);
      const upstream = net.connect(upstreams[target]!);
      let connected = false;
      sockets.add(upstream);
      upstream.on('close', () => {
        sockets.delete(upstream);
        client.destroy();
      });
      upstream.once('error', () => {
        if (!connected && !client.destroyed) {
          markDown(target);
          upstream.removeAllListeners('close');
          sockets.delete(upstream);
          connect();
          return;
        }
        client.destroy();
      });
      upstream.on('connect', () => {
        connected = true;
        proxy.upgrades.push(target);
        const lines = [`${request.method} ${request.url} HTTP/1.1`];
        for (const [name, value] of forwardedHeaders(request)) lines.push(`${name}: ${value}`);
        upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
        if (head.length > 0) upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
        client.on('close', () => upstream.destroy());
      });
    };
    connect();
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return proxy;
}
