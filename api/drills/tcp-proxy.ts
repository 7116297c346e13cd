import { createConnection, createServer, type Socket } from 'node:net';
import { afterThisFile } from '../test/file-cleanup.js';

export interface TcpProxy {
  /** `ws://127.0.0.1:<port>`, `http://…`: the proxy's address for a scheme. */
  address(scheme: 'http' | 'ws'): string;
  /** Cuts every open connection, both ways, as a failing network or load balancer does: the number cut. */
  cutAll(): number;
}

/**
 * A TCP proxy in front of a server, between it and its clients, that the drill can cut. Closed after
 * the test file.
 */
export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  const open = new Set<[Socket, Socket]>();
  const server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port) });
    const pair: [Socket, Socket] = [client, upstream];
    open.add(pair);
    const cut = () => {
      open.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of pair) socket.on('error', cut).on('close', cut);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const proxy: TcpProxy = {
    address: (scheme) => `${scheme}://127.0.0.1:${port}`,
    cutAll() {
      const count = open.size;
      for (const [client, upstream] of [...open]) {
        client.destroy();
        upstream.destroy();
      }
      open.clear();
      return count;
    },
  };
  afterThisFile(async () => {
    const closed = new Promise((resolve) => server.close(resolve));
    proxy.cutAll();
    await closed;
  });
  return proxy;
}
