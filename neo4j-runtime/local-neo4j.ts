/**
 * Starts and stops the local Neo4j (the embedded launcher, see Launcher.java) as a child process,
 * either attached to this process (tests, `npm start`) or detached (`npm run db:start`). Either
 * way it records itself in a pid file in its data folder, so `db:status`/`db:stop` see it, and it
 * returns only once neo4j-driver can run `RETURN 1`.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { readNeo4jEnvironment } from '../config/environment.ts';
import { CLASSES_DIR, LIB_DIR, Neo4jRuntimeError, PROJECT_ROOT, installNeo4j, javaBin } from './install.ts';

export { installNeo4j, isNeo4jInstalled, Neo4jRuntimeError } from './install.ts';

/** Flags Neo4j 5 itself passes to the JVM (its neo4j.conf), needed on the classpath too. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Dfile.encoding=UTF-8',
];

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1 (default NEO4J_PORT or 7687). */
  port?: number;
  /** Data folder (default NEO4J_DATA_DIR or `.data/neo4j` in the project). */
  dataDir?: string;
  /** Password of user `neo4j`; auth is off when empty (default NEO4J_PASSWORD). At least 8 characters. */
  password?: string;
  /** JVM heap, e.g. "1g" (default NEO4J_HEAP or 1g). */
  heap?: string;
  /** Page cache, e.g. "256m" (default NEO4J_PAGECACHE or 256m). */
  pagecache?: string;
  /** Detach: keep running after this process exits; pid file in the data folder. */
  background?: boolean;
  /** Give up waiting for Bolt after this long (default 300 s: a busy 2-core machine is slow). */
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
  dataDir: string;
  /** Path of the log file (launcher output; Neo4j's own debug.log is in `<dataDir>/logs`). */
  logFile: string;
  /** Milliseconds from spawn until `RETURN 1` answered (0 when it was already running). */
  startMs: number;
  /** Stops this Neo4j cleanly (SIGTERM, then waits). */
  stop(): Promise<void>;
}

/** Options read from the environment (NEO4J_PORT, NEO4J_DATA_DIR, NEO4J_PASSWORD, NEO4J_HEAP, NEO4J_PAGECACHE). */
export function localNeo4jOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Required<
  Omit<LocalNeo4jOptions, 'background' | 'startTimeoutMs'>
> {
  const settings = readNeo4jEnvironment(env);
  return {
    port: settings.port,
    dataDir: settings.dataDir ? resolve(settings.dataDir) : join(PROJECT_ROOT, '.data', 'neo4j'),
    password: settings.password ?? '',
    heap: settings.heap,
    pagecache: settings.pagecache,
  };
}

interface PidFile {
  pid: number;
  port: number;
  uri: string;
  /** Set when a process (`npm start`, a test run) runs Neo4j attached: that process's pid. */
  owner?: number;
}

const pidFileOf = (dataDir: string) => join(dataDir, 'neo4j.pid');
const logFileOf = (dataDir: string) => join(dataDir, 'neo4j.log');

/** The Neo4j recorded in `dataDir`'s pid file (detached or attached), if that process is still alive. */
export function readRunningNeo4j(dataDir: string): PidFile | null {
  const file = pidFileOf(resolve(dataDir));
  if (!existsSync(file)) return null;
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as PidFile;
    return isAlive(info.pid) && !isOtherProgram(info.pid) ? info : null;
  } catch {
    return null;
  }
}

/**
 * Starts Neo4j (installing jars/launcher first if needed) and resolves once a driver can run
 * `RETURN 1`. With `background`, a Neo4j already running on the same data folder is reused.
 * @throws Neo4jRuntimeError with the launcher's reason (port taken, Java missing, …).
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const opts = { ...localNeo4jOptionsFromEnv(), ...definedOnly(options) };
  const dataDir = resolve(opts.dataDir);
  const logFile = logFileOf(dataDir);
  const user = 'neo4j';
  const running = readRunningNeo4j(dataDir);
  if (running) {
    await waitForQuery(running.uri, user, opts.password, 10_000).catch((err: Error) => {
      throw new Neo4jRuntimeError(`Neo4j (pid ${running.pid}, ${running.uri}) runs for ${dataDir} but refuses queries: ${err.message}`);
    });
    return { ...running, user, password: opts.password, dataDir, logFile, startMs: 0, stop: async () => void (await stopLocalNeo4j(dataDir)) };
  }
  if (opts.password && opts.password.length < 8) {
    throw new Neo4jRuntimeError('NEO4J_PASSWORD must have at least 8 characters (Neo4j\'s minimum), or be empty for no auth');
  }
  await installNeo4j();
  if (await portInUse(opts.port)) {
    throw new Neo4jRuntimeError(`port ${opts.port} on 127.0.0.1 is already in use; set NEO4J_PORT to another port`);
  }
  mkdirSync(dataDir, { recursive: true });
  const offset = existsSync(logFile) ? statSync(logFile).size : 0;
  const out = openSync(logFile, 'a');
  const started = Date.now();
  const args = [
    `-Xmx${opts.heap}`,
    `-Xms${opts.heap}`,
    ...JVM_FLAGS,
    '-cp',
    `${CLASSES_DIR}:${join(LIB_DIR, '*')}`,
    'Launcher',
    `port=${opts.port}`,
    `dataDir=${dataDir}`,
    `pagecache=${opts.pagecache}`,
    `watchStdin=${!opts.background}`,
  ];
  const child = spawn(javaBin('java'), args, {
    detached: Boolean(opts.background),
    // Attached: stdin is a pipe, so the launcher exits when this process dies, even by SIGKILL.
    stdio: [opts.background ? 'ignore' : 'pipe', out, out],
    env: { ...process.env, NEO4J_PASSWORD: opts.password },
  });
  closeSync(out);
  const exit = { code: null as number | null };
  child.on('exit', (code) => (exit.code = code ?? -1));
  const pid = child.pid ?? -1;
  const uri = `bolt://127.0.0.1:${opts.port}`;
  const stop = async () => {
    if (isAlive(pid)) process.kill(pid, 'SIGTERM');
    await waitUntil(() => !isAlive(pid) || exit.code !== null, 60_000);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    removePidFileOf(dataDir, pid);
  };
  try {
    const deadline = started + (opts.startTimeoutMs ?? 300_000);
    await waitUntil(() => exit.code !== null || /^(READY|FAILED)/m.test(readFrom(logFile, offset)), deadline - Date.now());
    const failed = /^FAILED (.*)$/m.exec(readFrom(logFile, offset));
    if (failed || exit.code !== null) {
      throw new Neo4jRuntimeError(`Neo4j did not start: ${failed?.[1] ?? `launcher exited (${exit.code})`}; see ${logFile}`);
    }
    await waitForQuery(uri, user, opts.password, Math.max(10_000, deadline - Date.now()));
  } catch (err) {
    await stop();
    throw err instanceof Neo4jRuntimeError ? err : new Neo4jRuntimeError(`Neo4j did not start: ${String(err)}; see ${logFile}`);
  }
  const record: PidFile = { pid, port: opts.port, uri, ...(opts.background ? {} : { owner: process.pid }) };
  writeFileSync(pidFileOf(dataDir), JSON.stringify(record));
  if (opts.background) child.unref();
  return { uri, user, password: opts.password, pid, dataDir, logFile, startMs: Date.now() - started, stop };
}

/** Removes the pid file if it still names `pid` (another start may have replaced it). */
function removePidFileOf(dataDir: string, pid: number): void {
  const file = pidFileOf(dataDir);
  try {
    if ((JSON.parse(readFileSync(file, 'utf8')) as PidFile).pid === pid) rmSync(file, { force: true });
  } catch {
    // absent or unreadable: nothing to remove
  }
}

/**
 * Stops the Neo4j of `dataDir`, detached or run by `npm start` (SIGTERM, waits up to 60 s for a
 * clean shutdown). Resolves to false when none was running.
 */
export async function stopLocalNeo4j(dataDir: string = localNeo4jOptionsFromEnv().dataDir): Promise<boolean> {
  const running = readRunningNeo4j(dataDir);
  rmSync(pidFileOf(resolve(dataDir)), { force: true, recursive: false });
  if (!running) return false;
  process.kill(running.pid, 'SIGTERM');
  await waitUntil(() => !isAlive(running.pid), 60_000);
  if (isAlive(running.pid)) process.kill(running.pid, 'SIGKILL');
  return true;
}

/** A free TCP port on 127.0.0.1 (asks the OS for one and releases it). */
export function findFreePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitForQuery(uri: string, user: string, password: string, timeoutMs: number): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await driver.executeQuery('RETURN 1 AS ok');
        return;
      } catch (err) {
        // Wrong credentials will not get better by waiting.
        const code = String((err as { code?: unknown }).code ?? '');
        if (Date.now() > deadline || code.startsWith('Neo.ClientError.Security.')) throw err;
        await sleep(250);
      }
    }
  } finally {
    await driver.close();
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const server = createServer();
    server.once('error', () => ok(true));
    server.listen(port, '127.0.0.1', () => server.close(() => ok(false)));
  });
}

function readFrom(file: string, offset: number): string {
  try {
    return readFileSync(file).subarray(offset).toString('utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited, not yet reaped) still answers kill(0); on Linux, /proc tells.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** True when `pid` is known (Linux /proc) to run something other than a Java launcher: a reused pid. */
function isOtherProgram(pid: number): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return !cmdline.includes('Launcher');
  } catch {
    return false;
  }
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await sleep(100);
}

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
