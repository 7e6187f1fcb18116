/**
 * Peak resident memory of a process, from Linux's /proc/<pid>/status (VmHWM, the high-water mark of
 * the resident set). Works for any process we can see: this Node, the server child, the Neo4j JVM.
 */
import { readFileSync } from 'node:fs';

/** Peak resident set in MiB, or null where /proc is not available or the process is gone. */
export function peakRssMiB(pid: number | 'self' = 'self'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Current resident set in MiB (VmRSS), or null. */
export function rssMiB(pid: number | 'self' = 'self'): number | null {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Keeps the highest peak seen per named process (sampled, since a process's /proc vanishes on exit). */
export class PeakTracker {
  private readonly peaks = new Map<string, number>();
  sample(name: string, pid: number | 'self' | undefined): void {
    if (pid === undefined) return;
    const mib = peakRssMiB(pid);
    if (mib !== null) this.peaks.set(name, Math.max(mib, this.peaks.get(name) ?? 0));
  }
  toJSON(): Record<string, number> {
    return Object.fromEntries(this.peaks);
  }
}
