/**
 * The fan-out baseline: a bare ws server that, on POST /broadcast, answers at once and then sends the
 * body, encoded once, to every connected socket as a text frame. No GraphQL, no session, no database:
 * the floor of pushing one message to every console. Run as a child process by the bench (PORT).
 */
import { createServer } from 'node:http';
import { buffer } from 'node:stream/consumers';
import { WebSocketServer } from 'ws';

const port = Number(process.env.PORT);
if (!Number.isInteger(port)) {
  console.error('raw-broadcast-server needs PORT');
  process.exit(1);
}

const server = createServer(async (request, response) => {
  if (request.url === '/healthz') return response.end('ok');
  if (request.url !== '/broadcast' || request.method !== 'POST') {
    response.writeHead(404);
    return response.end();
  }
  const message = await buffer(request);
  response.writeHead(202);
  response.end(String(sockets.clients.size));
  setImmediate(() => {
    for (const socket of sockets.clients) socket.send(message, { binary: false });
  });
});
const sockets = new WebSocketServer({ server });

server.listen(port, '127.0.0.1');

const stop = () => {
  for (const socket of sockets.clients) socket.terminate();
  server.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
