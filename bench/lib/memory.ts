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

/**
 * CPU seconds (user + system) used so far by a process, from /proc/<pid>/stat; null if unavailable.
 * On a shared machine, work per CPU second is steadier than work per wall-clock second.
 */
export function cpuSeconds(pid: number | 'self' = 'self'): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime) are at 11 and 12 after the command name; ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
