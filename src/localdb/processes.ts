import { mkdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { LAUNCHER_MAIN_CLASS } from './paths.js';

export async function readPidFile(pidFile: string): Promise<number | undefined> {
  let text: string;
  try {
    text = await readFile(pidFile, 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export async function writePidFile(pidFile: string, pid: number): Promise<void> {
  await writeFile(pidFile, `${pid}\n`, { mode: 0o644 });
}

export async function removePidFile(pidFile: string): Promise<void> {
  await rm(pidFile, { force: true });
}

/**
 * Signal 0 checks existence without touching the process. A zombie (exited, not yet reaped by
 * its parent, e.g. the test process that spawned it) still "exists" for kill(), so on Linux we
 * also look at its state.
 */
export async function processIsAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else; it is certainly not ours to manage, but alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const state = await linuxProcessState(pid);
  return state !== 'Z' && state !== 'X';
}

async function linuxProcessState(pid: number): Promise<string | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Format: "pid (comm) S ..."; comm may contain spaces and parentheses, so anchor on the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return undefined;
  }
}

/**
 * Pids get reused: after a reboot the number in a stale pid file may belong to anything.
 * Where /proc exists we insist the process is our launcher for this very home directory.
 * Elsewhere (macOS) we cannot tell cheaply and trust the pid file.
 */
export async function isOurServerProcess(pid: number, home: string): Promise<boolean> {
  if (!(await processIsAlive(pid))) return false;
  let cmdline: string;
  try {
    cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return process.platform !== 'linux';
  }
  const args = cmdline.split('\0');
  return args.includes(LAUNCHER_MAIN_CLASS) && args.includes(home);
}

export async function waitForExit(pid: number, timeoutMs: number, pollMs = 200): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await processIsAlive(pid))) return true;
    await sleep(pollMs);
  }
  return !(await processIsAlive(pid));
}

export function sendSignal(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    // Already gone between our check and the signal: exactly what we wanted.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** The last lines of a log, for error messages; never throws, since it is only ever a hint. */
export async function tailOfFile(file: string, lineCount = 20): Promise<string> {
  try {
    const text = await readFile(file, 'utf8');
    return text.trimEnd().split('\n').slice(-lineCount).join('\n');
  } catch {
    return '(no log written)';
  }
}

/**
 * A cross-process mutex from an atomic mkdir, so that two stancegraph processes (or two jest
 * workers) neither run Maven into the same target/ nor start two servers on one data directory.
 * A lock whose owner died is taken over.
 */
export async function withDirectoryLock<T>(
  lockDir: string,
  work: () => Promise<T>,
  options: { timeoutMs: number; onWait?: () => void; timeoutError: () => Error },
): Promise<T> {
  const ownerFile = `${lockDir}/owner`;
  const deadline = Date.now() + options.timeoutMs;
  let announcedWait = false;
  await mkdir(dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(ownerFile, `${process.pid}\n`);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await lockIsAbandoned(lockDir, ownerFile)) {
      await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw options.timeoutError();
    if (!announcedWait) {
      options.onWait?.();
      announcedWait = true;
    }
    await sleep(500);
  }
  try {
    return await work();
  } finally {
    await rm(ownerFile, { force: true });
    await rmdir(lockDir).catch(() => undefined);
  }
}

async function lockIsAbandoned(lockDir: string, ownerFile: string): Promise<boolean> {
  const owner = await readPidFile(ownerFile);
  if (owner !== undefined) return !(await processIsAlive(owner));
  // The owner writes its pid right after mkdir; give a just-created lock a moment before judging.
  try {
    const created = (await stat(lockDir)).mtimeMs;
    return Date.now() - created > 10_000;
  } catch {
    return false;
  }
}
