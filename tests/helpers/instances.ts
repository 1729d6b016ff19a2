import path from 'path';
import { fork, type ChildProcess } from 'child_process';

/** A Strapi instance in a child process (tests/helpers/instance.js), reached over HTTP and IPC. */
export interface Instance {
  url: string;
  pid: number;
  token?: string;
  /** Everything it printed, to count log lines. */
  output(): string;
  call(cmd: string, args?: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

export const startInstance = (env: Record<string, string>): Promise<Instance> =>
  new Promise((resolve, reject) => {
    const child: ChildProcess = fork(path.join(__dirname, 'instance.js'), [], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const pending = new Map<number, (message: { result?: unknown; error?: string }) => void>();
    let next = 0;
    child.on('exit', (code) =>
      reject(new Error(`instance exited (${code}): ${output.slice(-2000)}`)),
    );
    child.on('message', (message: Record<string, unknown>) => {
      if (message.ready) {
        resolve({
          url: `http://127.0.0.1:${message.port}`,
          pid: child.pid!,
          token: message.token as string | undefined,
          output: () => output,
          call: (cmd, args) =>
            new Promise((done, fail) => {
              const id = next++;
              pending.set(id, (reply) =>
                reply.error ? fail(new Error(reply.error)) : done(reply.result),
              );
              child.send({ id, cmd, args });
            }),
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.send({ id: -1, cmd: 'stop' });
            }),
        });
        return;
      }
      pending.get(message.id as number)?.(message);
      pending.delete(message.id as number);
    });
  });
