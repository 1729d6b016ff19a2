import net from 'net';
import { spawn, type ChildProcess } from 'child_process';
import Redis from 'ioredis';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** A redis-server of the test's own, on a free port, without persistence. */
export interface OwnRedis {
  url: string;
  client: Redis;
  stop(): Promise<void>;
}

export const startRedisServer = async (): Promise<OwnRedis> => {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  // Until the server listens: a client of its own per attempt (a client that failed to connect
  // keeps reconnecting, and refuses a second connect()).
  let client: Redis;
  for (let attempt = 0; ; attempt++) {
    client = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      retryStrategy: () => null,
    });
    try {
      await client.connect();
      await client.ping();
      break;
    } catch (error) {
      client.disconnect();
      if (attempt > 50) {
        child.kill('SIGKILL');
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    client,
    async stop() {
      client.disconnect();
      child.kill('SIGKILL');
    },
  };
};
