import { execFile } from 'node:child_process';
import type { ProbeExec } from './dbus-probe';

/** `ProbeExec` over `child_process.execFile`: a missing program or a timeout is just `ok: false`. */
export const execProbe: ProbeExec = (file, args, timeoutMs) =>
  new Promise((resolve) => {
    execFile(file, [...args], { timeout: timeoutMs, windowsHide: true }, (error, stdout) => {
      resolve({ ok: error === null, stdout: String(stdout) });
    });
  });
