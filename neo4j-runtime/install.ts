/**
 * Installs the local Neo4j runtime: fetches the Neo4j Community jars from Maven Central once
 * (with the pom beside this file) and compiles the Java launcher once. Both land in git-ignored
 * folders (`neo4j-runtime/lib`, `neo4j-runtime/classes`). Kept apart from start/stop so that
 * `npm run db:install` and CI can prepare a machine without starting anything.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Folder of the runtime (this file's folder). */
export const RUNTIME_DIR = dirname(fileURLToPath(import.meta.url));
/** Project root (the runtime folder's parent). */
export const PROJECT_ROOT = dirname(RUNTIME_DIR);
/** Where Maven copies the jars. */
export const LIB_DIR = join(RUNTIME_DIR, 'lib');
/** Where javac puts Launcher.class. */
export const CLASSES_DIR = join(RUNTIME_DIR, 'classes');
const POM = join(RUNTIME_DIR, 'pom.xml');
const LAUNCHER_SRC = join(RUNTIME_DIR, 'Launcher.java');
/** Written last into lib/, holding the Neo4j version: its presence means the copy completed. */
const LIB_MARKER = join(LIB_DIR, '.neo4j-version');

/** Missing prerequisite or failed install step, with a message meant for a person. */
export class Neo4jRuntimeError extends Error {
  override name = 'Neo4jRuntimeError';
}

/** The Neo4j version the pom asks for (e.g. "5.26.30"). */
export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, 'utf8'));
  if (!match?.[1]) throw new Neo4jRuntimeError(`no <neo4j.version> in ${POM}`);
  return match[1];
}

/** True when the jars of the pom's version and a compiled launcher are present. */
export function isNeo4jInstalled(): boolean {
  return jarsPresent() && launcherCompiled();
}

function jarsPresent(): boolean {
  return existsSync(LIB_MARKER) && readFileSync(LIB_MARKER, 'utf8').trim() === neo4jVersion();
}

function launcherCompiled(): boolean {
  const cls = join(CLASSES_DIR, 'Launcher.class');
  return existsSync(cls) && statSync(cls).mtimeMs >= statSync(LAUNCHER_SRC).mtimeMs;
}

/** Major version of `java` on the PATH (or JAVA_HOME), or null when there is none. */
export async function javaMajorVersion(): Promise<number | null> {
  try {
    const { stderr, stdout } = await run(javaBin('java'), ['-version']);
    const match = /version "(\d+)(?:\.(\d+))?/.exec(stderr + stdout);
    if (!match?.[1]) return null;
    const major = Number(match[1]);
    return major === 1 ? Number(match[2]) : major;
  } catch {
    return null;
  }
}

/** Path of a JDK tool: $JAVA_HOME/bin/<tool> when JAVA_HOME is set, else the bare name. */
export function javaBin(tool: 'java' | 'javac'): string {
  const home = process.env.JAVA_HOME;
  return home ? join(home, 'bin', tool) : tool;
}

/** Throws a Neo4jRuntimeError naming what is missing when Java 17+ is not available. */
export async function assertJava(): Promise<void> {
  const major = await javaMajorVersion();
  if (major === null) {
    throw new Neo4jRuntimeError(
      'Java was not found. The local Neo4j needs Java 17+ (e.g. `apt-get install openjdk-17-jdk-headless`), ' +
        'or set NEO4J_URI to an existing Neo4j, or use docker compose.',
    );
  }
  if (major < 17) throw new Neo4jRuntimeError(`Java ${major} found; the local Neo4j 5.26 needs Java 17+.`);
}

export interface InstallResult {
  /** Neo4j version installed. */
  version: string;
  /** Milliseconds spent fetching jars (0 when already present). */
  downloadMs: number;
  /** Milliseconds spent compiling the launcher (0 when up to date). */
  compileMs: number;
}

/**
 * Fetches the jars (Maven) and compiles the launcher (javac) when missing; a no-op otherwise.
 * Safe to run concurrently: each step works in a private temporary folder and renames it into place.
 * @throws Neo4jRuntimeError when Java 17+, javac or Maven is missing, or a step fails.
 */
export async function installNeo4j(log: (line: string) => void = () => {}): Promise<InstallResult> {
  const version = neo4jVersion();
  let downloadMs = 0;
  let compileMs = 0;
  if (!jarsPresent()) {
    await assertJava();
    const started = Date.now();
    log(`Fetching Neo4j ${version} jars with Maven (once)…`);
    await fetchJars(version);
    downloadMs = Date.now() - started;
    log(`Fetched Neo4j jars in ${(downloadMs / 1000).toFixed(1)} s`);
  }
  if (!launcherCompiled()) {
    await assertJava();
    const started = Date.now();
    await compileLauncher();
    compileMs = Date.now() - started;
    log(`Compiled the launcher in ${(compileMs / 1000).toFixed(1)} s`);
  }
  return { version, downloadMs, compileMs };
}

async function fetchJars(version: string): Promise<void> {
  const tmp = `${LIB_DIR}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    await run(
      'mvn',
      ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${tmp}`],
      { maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    const e = err as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (e.code === 'ENOENT') {
      throw new Neo4jRuntimeError(
        'Maven (`mvn`) was not found; it fetches the Neo4j jars once (e.g. `apt-get install maven`). ' +
          'Or set NEO4J_URI to an existing Neo4j, or use docker compose.',
      );
    }
    throw new Neo4jRuntimeError(`Maven could not fetch Neo4j ${version}:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
  writeFileSync(join(tmp, '.neo4j-version'), `${version}\n`);
  replaceDir(tmp, LIB_DIR, jarsPresent);
}

async function compileLauncher(): Promise<void> {
  const tmp = `${CLASSES_DIR}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    await run(javaBin('javac'), ['-d', tmp, '-cp', join(LIB_DIR, '*'), LAUNCHER_SRC]);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') {
      throw new Neo4jRuntimeError('javac was not found: install a JDK 17+ (not only a JRE), e.g. openjdk-17-jdk-headless.');
    }
    throw new Neo4jRuntimeError(`javac failed on ${LAUNCHER_SRC}:\n${e.stderr ?? ''}`);
  }
  replaceDir(tmp, CLASSES_DIR, launcherCompiled);
}

/** Moves `tmp` to `dest`, unless a concurrent install already put a good copy there. */
function replaceDir(tmp: string, dest: string, destIsGood: () => boolean): void {
  if (destIsGood()) {
    rmSync(tmp, { recursive: true, force: true });
    return;
  }
  rmSync(dest, { recursive: true, force: true });
  try {
    renameSync(tmp, dest);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    if (!destIsGood()) throw err;
  }
}
