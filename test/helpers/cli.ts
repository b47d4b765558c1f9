import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { findProjectRoot } from '../../src/config/env.js';

export const projectRoot = findProjectRoot();
export const cliPath = path.join(projectRoot, 'dist', 'src', 'cli', 'main.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, with CI=true so that no progress lines are printed. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return startCli(args, env).result;
}

export interface RunningCli {
  child: ChildProcess;
  result: Promise<CliResult>;
}

/** Like runCli, but hands back the process too, to signal it while it runs. */
export function startCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): RunningCli {
  const child = spawn(process.execPath, [cliPath, ...args], { env: { ...process.env, CI: 'true', ...env }, cwd: projectRoot });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const result = new Promise<CliResult>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, result };
}

/** A port nobody listens on, so that parallel test runs do not collide. */
export { freePort } from '../../src/localdb/network.js';
