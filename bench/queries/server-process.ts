/** Starts bench/queries/server-child.ts as a child process and waits for its ready line. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./server-child.ts', import.meta.url));

/** Spawns the API server against `neo4j` (and serving `staticDir` when given). */
export async function startServerProcess(neo4j: { uri: string; user: string; password: string }, staticDir?: string): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      BENCH_STATIC_DIR: staticDir ?? '',
      // The benchmark sends far more than the default rate limits (console, paths, saved queries) allow.
      RATE_LIMIT_MAX: '100000',
      NODE_ENV: 'production',
    },
  });
  const ready = await new Promise<{ url: string; pid: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('API server did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`API server exited (${code})`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const msg = JSON.parse(line) as { url: string; pid: number };
        clearTimeout(timer);
        resolve(msg);
      } catch {
        /* not the ready line */
      }
    });
  });
  return {
    ...ready,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
