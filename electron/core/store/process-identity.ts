import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Who a pid is. A pid alone is not an identity: after a reboot (or enough churn) the number is
 * handed to another program, so a lock naming "pid 4242" says nothing unless we can tell whether
 * today's 4242 is the process that wrote it. We record when the process started, in a form that is
 * exact on Linux (the boot's id plus the start time in clock ticks from `/proc/PID/stat`) and a
 * best effort elsewhere (`ps -o lstart=` on macOS and the BSDs; nothing on Windows).
 */

export interface ProcessProbe {
  /** Whether a process with this pid exists on this machine. */
  isAlive(pid: number): boolean;
  /** A string that changes whenever `pid` names a different process; null when it cannot be known. */
  startOf(pid: number): string | null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Linux: `<boot id>:<start ticks>` — the 22nd field of /proc/PID/stat, counted after the `(comm)` field. */
export function linuxStartOf(pid: number, read: (path: string) => string | null = readText): string | null {
  const stat = read(`/proc/${pid}/stat`);
  const bootId = read('/proc/sys/kernel/random/boot_id')?.trim();
  if (!stat || !bootId) return null;
  // The command name may contain spaces and parentheses; the fields after its last ')' are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const startTicks = fields[19]; // field 22 overall; field 3 (state) is index 0 here
  return startTicks && /^\d+$/.test(startTicks) ? `${bootId}:${startTicks}` : null;
}

function psStartOf(pid: number): string | null {
  try {
    const out = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 }).trim();
    return out === '' ? null : `ps:${out}`;
  } catch {
    return null;
  }
}

export const systemProbe: ProcessProbe = {
  isAlive,
  startOf(pid) {
    if (process.platform === 'linux') return linuxStartOf(pid);
    if (process.platform === 'win32') return null;
    return psStartOf(pid);
  },
};
