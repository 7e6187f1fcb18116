/**
 * `npm start` on a non-loopback HOST without users refuses to start, before it touches any
 * database, and says how to configure users or allow anonymous use.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../neo4j-runtime/install.ts';

function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    const child = spawn(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), [join(PROJECT_ROOT, 'server', 'start.ts')], {
      cwd: PROJECT_ROOT,
      // An address nothing answers on: had start-up gone past the check, it would fail differently.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NEO4J_URI: 'bolt://127.0.0.1:1', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      ok({ code, stdout, stderr });
    });
  });
}

describe('npm start exposure check', () => {
  it('refuses HOST=0.0.0.0 without users and names both ways out', async () => {
    const { code, stdout, stderr } = await start({ HOST: '0.0.0.0' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/Refusing to start/);
    expect(stderr).toMatch(/npm run user:add/);
    expect(stderr).toMatch(/ALLOW_ANONYMOUS=true/);
    expect(stdout).not.toMatch(/Neo4j|Explorer ready/);
  });

  it('goes past the check with ALLOW_ANONYMOUS=true (and then fails on the unreachable database)', async () => {
    const { code, stderr } = await start({ HOST: '0.0.0.0', ALLOW_ANONYMOUS: 'true' });
    expect(code).not.toBe(2);
    expect(stderr).not.toMatch(/Refusing to start/);
    expect(stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
  });
});
