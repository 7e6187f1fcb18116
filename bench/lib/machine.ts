/** What the figures were measured on: machine, load, and versions of everything involved. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function pkgVersion(name: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  /** 1-minute load average when the run started and ended (the machine may be shared). */
  loadAvg: { start: number; end?: number };
  node: string;
  packages: Record<string, string | undefined>;
}

export function machineInfo(): MachineInfo {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    loadAvg: { start: Number(os.loadavg()[0]!.toFixed(2)) },
    node: process.version,
    packages: Object.fromEntries(['neo4j-driver', 'express', 'sigma', 'graphology', 'vite', 'playwright-core', 'autocannon'].map((p) => [p, pkgVersion(p)])),
  };
}
