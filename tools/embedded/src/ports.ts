import { createServer, type Server } from 'node:net';
import { ConfigError } from '@dvc/service-kit';

export type PublicPort = { port: number; process: string };

/** A port the launcher needs is taken; like a configuration error, its message is the one line printed. */
export class PortTaken extends ConfigError {}

function hold(port: number): Promise<Server | null> {
  return new Promise((resolve, reject) => {
    // Whoever connects meanwhile (a browser, a script waiting for the gateway) is hung up on at once: a connection
    // left open would keep close() waiting.
    const server = createServer((socket) => socket.destroy());
    server.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(null) : reject(error),
    );
    // The services listen on every interface: the port must be free on all of them.
    server.listen(port, '0.0.0.0', () => resolve(server));
  });
}

/**
 * Checks every port the gateway and the subgraphs will listen on before anything starts, and holds them until
 * `release` (called just before the processes start): meanwhile the embedded databases and Redis take ports from
 * the operating system, which cannot hand out one of these.
 */
export async function reservePorts(ports: PublicPort[]): Promise<{ release: () => Promise<void> }> {
  const held: Server[] = [];
  const release = async () => {
    await Promise.all(held.map((server) => new Promise((resolve) => server.close(resolve))));
  };
  for (const { port, process } of ports) {
    const server = port > 65535 ? null : await hold(port);
    if (!server) {
      await release();
      const first = ports[0]?.port as number;
      const range = `${first}–${first + ports.length - 1}`;
      throw new PortTaken(
        `Port ${port} (${process}) is taken: npm start uses PORT=${first} and the next ${ports.length - 1} (${range}); ` +
          `choose another PORT, e.g. PORT=${first + 1000} npm start`,
      );
    }
    held.push(server);
  }
  return { release };
}
