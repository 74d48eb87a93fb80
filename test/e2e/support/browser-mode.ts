import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A browser-mode server (the real core under plain Node) in a child process. */
export interface RunningApp {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  pid: number;
  stop(): Promise<void>;
  /** kill -9: what a crash or a power cut leaves behind; the lock file stays (the next start takes it over). */
  kill(): Promise<void>;
  /** What the process printed (stdout and stderr). */
  output(): string;
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'hearback-e2e-'));
}

export async function startApp(dataDir: string, env: Record<string, string> = {}, args: readonly string[] = []): Promise<RunningApp> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/browser-mode/cli.ts', '--data-dir', dataDir, '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    // 'close', not 'exit': only then has everything it printed been read.
    child.once('close', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)));
  });
  const parsed = new URL(url);
  const endWith = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    dataDir,
    pid: child.pid ?? 0,
    stop: () => endWith('SIGTERM'),
    kill: () => endWith('SIGKILL'),
    output: () => output,
  };
}
