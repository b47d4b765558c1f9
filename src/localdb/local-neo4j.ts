/**
 * Lifecycle of the Neo4j Community 5.26 server that stancegraph runs for itself: built once from
 * Maven Central by neo4j/pom.xml, run detached (so it outlives the CLI that started it), with
 * everything it writes under <dataDir>/neo4j/.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

import { checkJava, ensureServerBuilt, javaExecutable } from './build.js';
import { LocalNeo4jError } from './errors.js';
import { boltAnswers, portIsFree, tcpAccepts } from './network.js';
import { createPasswordFile, readPassword } from './password.js';
import {
  LAUNCHER_MAIN_CLASS,
  boltUri,
  browserUrl,
  serverBuildPaths,
  serverRuntimePaths,
  type ServerRuntimePaths,
} from './paths.js';
import {
  isOurServerProcess,
  readPidFile,
  removePidFile,
  sendSignal,
  tailOfFile,
  waitForExit,
  withDirectoryLock,
  writePidFile,
} from './processes.js';

export { LocalNeo4jError, isLocalNeo4jError, type LocalNeo4jErrorCode } from './errors.js';

export interface LocalNeo4jOptions {
  /** Where neo4j/pom.xml lives. */
  projectRoot: string;
  /** e.g. <root>/.stancegraph; everything at run time goes under dataDir/neo4j/. */
  dataDir: string;
  boltPort: number;
  httpPort: number;
  /** Progress lines for a terminal; the caller decides whether to print them. Never contain secrets. */
  onProgress?: (message: string) => void;
}

export interface LocalNeo4jConnection {
  uri: string;
  user: string;
  password: string;
  browserUrl: string;
  pid: number;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  uri: string;
  browserUrl: string;
}

export const LOCAL_NEO4J_USER = 'neo4j';

const START_TIMEOUT_MS = 120_000;
const READY_POLL_MS = 250;
const STOP_GRACE_MS = 60_000;
const KILL_WAIT_MS = 10_000;
const STOP_WAIT_FOR_START_MS = 30_000;
// Covers a first build (minutes) by a concurrent start of the same data directory.
const START_LOCK_TIMEOUT_MS = 20 * 60_000;

// Sized for a 2-core laptop or CI box that also runs the tests against it.
const HEAP_INITIAL = '256m';
const HEAP_MAX = '1g';
const PAGECACHE = '256m';

/**
 * The flags Neo4j's own `neo4j console` script passes (from its default neo4j.conf), minus
 * AlwaysPreTouch, which would make every start touch the whole heap.
 */
export function jvmArguments(): string[] {
  return [
    `-Xms${HEAP_INITIAL}`,
    `-Xmx${HEAP_MAX}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  ];
}

export function launcherArguments(paths: ServerRuntimePaths, opts: LocalNeo4jOptions): string[] {
  return [
    '--home', paths.home,
    '--bolt-port', String(opts.boltPort),
    '--http-port', String(opts.httpPort),
    // A file, not the password itself: command lines are visible to every local user via ps.
    '--password-file', paths.passwordFile,
    '--heap-max', HEAP_MAX,
    '--pagecache', PAGECACHE,
  ];
}

function connectionFor(opts: LocalNeo4jOptions, password: string, pid: number): LocalNeo4jConnection {
  return {
    uri: boltUri(opts.boltPort),
    user: LOCAL_NEO4J_USER,
    password,
    browserUrl: browserUrl(opts.httpPort),
    pid,
  };
}

/** Fully started: the launcher has announced it, and both connectors really answer. */
async function serverIsReady(opts: LocalNeo4jOptions, paths: ServerRuntimePaths, pid: number): Promise<boolean> {
  return (
    (await readPidFile(paths.readyFile)) === pid &&
    (await boltAnswers(opts.boltPort)) &&
    (await tcpAccepts(opts.httpPort))
  );
}

/** Our server's pid for this data directory, if one is alive; clears a stale pid file as a side effect. */
async function livePidOfOurServer(paths: ServerRuntimePaths): Promise<number | undefined> {
  const pid = await readPidFile(paths.pidFile);
  if (pid === undefined) return undefined;
  if (await isOurServerProcess(pid, paths.home)) return pid;
  await removePidFile(paths.pidFile);
  return undefined;
}

async function ensurePortsFree(opts: LocalNeo4jOptions): Promise<void> {
  if (opts.boltPort === opts.httpPort) {
    throw new LocalNeo4jError(
      'PORT_TAKEN',
      `The Bolt and HTTP ports must differ, but both are ${opts.boltPort}.`,
    );
  }
  for (const [name, port] of [['Bolt', opts.boltPort], ['HTTP', opts.httpPort]] as const) {
    if (!(await portIsFree(port))) {
      throw new LocalNeo4jError(
        'PORT_TAKEN',
        `Port ${port} (Neo4j ${name}) on 127.0.0.1 is already in use by another process. ` +
          `Stop that process (\`ss -ltnp | grep :${port}\` shows which) or configure a different ${name} port.`,
      );
    }
  }
}

/**
 * Neo4j takes the initial password only before its first start; after that it lives in the
 * system database. Losing the file then means nobody knows the password any more.
 */
async function passwordForStart(paths: ServerRuntimePaths): Promise<string> {
  const existing = await readPassword(paths.passwordFile);
  if (existing !== undefined) return existing;
  if (existsSync(paths.systemDatabaseDir)) {
    throw new LocalNeo4jError(
      'START_FAILED',
      `The local Neo4j database in ${paths.home} already exists, but its password file ${paths.passwordFile} ` +
        'is missing, so stancegraph cannot log in. Restore that file, or delete ' +
        `${paths.home}/data to start over with an empty database.`,
    );
  }
  return createPasswordFile(paths.passwordFile);
}

async function waitUntilReady(
  opts: LocalNeo4jOptions,
  paths: ServerRuntimePaths,
  pid: number,
  exited: () => { code: number | null; signal: NodeJS.Signals | null } | undefined,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const exit = exited();
    if (exit !== undefined) {
      await removePidFile(paths.pidFile);
      const how = exit.signal !== null ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
      throw new LocalNeo4jError(
        'START_FAILED',
        `Neo4j ${how} while starting. Last lines of ${paths.consoleLog}:\n${await tailOfFile(paths.consoleLog)}\n` +
          `More detail in ${paths.logsDir}/debug.log.`,
      );
    }
    if (await serverIsReady(opts, paths, pid)) return;
    await sleep(READY_POLL_MS);
  }
  // A half-started server would block the ports and the store lock for the next attempt.
  await terminate(pid);
  await removePidFile(paths.pidFile);
  throw new LocalNeo4jError(
    'START_TIMEOUT',
    `Neo4j did not answer on Bolt port ${opts.boltPort} and HTTP port ${opts.httpPort} within ` +
      `${START_TIMEOUT_MS / 1000} s, so it was stopped. Last lines of ${paths.consoleLog}:\n` +
      `${await tailOfFile(paths.consoleLog)}`,
  );
}

/** The launcher rewrites conf/neo4j.conf on every start, so it tells which ports the running server uses. */
export function portsInNeo4jConf(confText: string): { boltPort?: number; httpPort?: number } {
  const portOf = (setting: string): number | undefined => {
    const match = new RegExp(`^${setting.replaceAll('.', '\\.')}=.*:(\\d+)\\s*$`, 'm').exec(confText);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  };
  const ports: { boltPort?: number; httpPort?: number } = {};
  const boltPort = portOf('server.bolt.listen_address');
  const httpPort = portOf('server.http.listen_address');
  if (boltPort !== undefined) ports.boltPort = boltPort;
  if (httpPort !== undefined) ports.httpPort = httpPort;
  return ports;
}

async function ensureSamePorts(opts: LocalNeo4jOptions, paths: ServerRuntimePaths, pid: number): Promise<void> {
  const confText = await readFile(paths.confFile, 'utf8').catch(() => '');
  const running = portsInNeo4jConf(confText);
  const boltDiffers = running.boltPort !== undefined && running.boltPort !== opts.boltPort;
  const httpDiffers = running.httpPort !== undefined && running.httpPort !== opts.httpPort;
  if (boltDiffers || httpDiffers) {
    throw new LocalNeo4jError(
      'START_FAILED',
      `Neo4j for ${paths.home} is already running (pid ${pid}) on Bolt port ${running.boltPort ?? '?'} and ` +
        `HTTP port ${running.httpPort ?? '?'}, not ${opts.boltPort}/${opts.httpPort}. Stop it first ` +
        '(`stancegraph neo4j stop`) to restart it on the new ports.',
    );
  }
}

async function waitForStartedElsewhere(opts: LocalNeo4jOptions, paths: ServerRuntimePaths, pid: number) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await serverIsReady(opts, paths, pid)) return;
    if (!(await isOurServerProcess(pid, paths.home))) {
      throw new LocalNeo4jError(
        'START_FAILED',
        `The Neo4j server (pid ${pid}) for ${paths.home} exited while starting. Last lines of ` +
          `${paths.consoleLog}:\n${await tailOfFile(paths.consoleLog)}`,
      );
    }
    await sleep(READY_POLL_MS);
  }
  throw new LocalNeo4jError(
    'START_TIMEOUT',
    `A Neo4j server (pid ${pid}) is running for ${paths.home} but has not answered on Bolt port ` +
      `${opts.boltPort} and HTTP port ${opts.httpPort} for ${START_TIMEOUT_MS / 1000} s. Was it started with ` +
      'other ports? Stop it (`stancegraph neo4j stop`) and start again.',
  );
}

async function spawnServer(
  opts: LocalNeo4jOptions,
  paths: ServerRuntimePaths,
  java: string,
  classpath: string,
): Promise<number> {
  const consoleLog = await open(paths.consoleLog, 'a');
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let pid: number;
  try {
    await consoleLog.write(`\n--- stancegraph starting Neo4j at ${new Date().toISOString()} ---\n`);
    const child = spawn(
      java,
      [...jvmArguments(), '-cp', classpath, LAUNCHER_MAIN_CLASS, ...launcherArguments(paths, opts)],
      // detached: own session, so Ctrl-C in the CLI's terminal does not reach the server.
      { cwd: paths.home, detached: true, stdio: ['ignore', consoleLog.fd, consoleLog.fd] },
    );
    child.once('exit', (code, signal) => {
      exit = { code, signal };
    });
    pid = await new Promise<number>((resolvePid, reject) => {
      child.once('spawn', () =>
        child.pid === undefined
          ? reject(new LocalNeo4jError('START_FAILED', `${java} started but reported no process id.`))
          : resolvePid(child.pid),
      );
      child.once('error', (error) =>
        reject(
          new LocalNeo4jError('START_FAILED', `Could not run ${java}: ${error.message}`, { cause: error }),
        ),
      );
    });
    child.unref();
  } finally {
    // The child has its own copy of the descriptor.
    await consoleLog.close();
  }
  await writePidFile(paths.pidFile, pid);
  await waitUntilReady(opts, paths, pid, () => exit);
  return pid;
}

async function terminate(pid: number): Promise<void> {
  sendSignal(pid, 'SIGTERM');
  if (await waitForExit(pid, STOP_GRACE_MS)) return;
  sendSignal(pid, 'SIGKILL');
  await waitForExit(pid, KILL_WAIT_MS);
}

/**
 * Starts the local Neo4j for opts.dataDir, or returns the connection to the one already running.
 * The server keeps running after this process exits; stop it with stopLocalNeo4j.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4jConnection> {
  const progress = opts.onProgress ?? (() => undefined);
  const paths = serverRuntimePaths(opts.dataDir);
  // 0700: the directory holds the password file and the database itself.
  await mkdir(paths.home, { recursive: true, mode: 0o700 });
  await mkdir(paths.logsDir, { recursive: true });

  return withDirectoryLock(
    paths.startLockDir,
    async () => {
      const runningPid = await livePidOfOurServer(paths);
      if (runningPid !== undefined) {
        await ensureSamePorts(opts, paths, runningPid);
        await waitForStartedElsewhere(opts, paths, runningPid);
        const password = await readPassword(paths.passwordFile);
        if (password === undefined) {
          throw new LocalNeo4jError(
            'START_FAILED',
            `Neo4j is running (pid ${runningPid}) but its password file ${paths.passwordFile} is missing.`,
          );
        }
        progress(`Neo4j is already running (pid ${runningPid}) at ${boltUri(opts.boltPort)}.`);
        return connectionFor(opts, password, runningPid);
      }

      await ensurePortsFree(opts);
      const password = await passwordForStart(paths);
      const java = javaExecutable();
      await checkJava(java);
      const classpath = await ensureServerBuilt(serverBuildPaths(opts.projectRoot), opts.projectRoot, progress);
      // The build can take minutes; make sure nothing grabbed the ports meanwhile.
      await ensurePortsFree(opts);

      progress(
        `Starting Neo4j 5.26 for ${paths.home} (Bolt 127.0.0.1:${opts.boltPort}, HTTP 127.0.0.1:${opts.httpPort})...`,
      );
      const started = Date.now();
      const pid = await spawnServer(opts, paths, java, classpath);
      progress(
        `Neo4j is ready after ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${pid}). ` +
          `Neo4j Browser: ${browserUrl(opts.httpPort)} (user ${LOCAL_NEO4J_USER}, password in ${paths.passwordFile}).`,
      );
      return connectionFor(opts, password, pid);
    },
    {
      timeoutMs: START_LOCK_TIMEOUT_MS,
      onWait: () => progress(`Waiting for another stancegraph process that is starting Neo4j for ${paths.home}...`),
      timeoutError: () =>
        new LocalNeo4jError(
          'START_TIMEOUT',
          `Another process has been starting Neo4j for ${paths.home} for too long. ` +
            `If none is running, delete ${paths.startLockDir}.`,
        ),
    },
  );
}

/** SIGTERM (Neo4j checkpoints and shuts down cleanly), SIGKILL only if that takes over a minute. */
export async function stopLocalNeo4j(opts: LocalNeo4jOptions): Promise<{ stopped: boolean }> {
  const progress = opts.onProgress ?? (() => undefined);
  const paths = serverRuntimePaths(opts.dataDir);
  const pid = await livePidOfOurServer(paths);
  if (pid === undefined) return { stopped: false };

  if ((await readPidFile(paths.readyFile)) !== pid) {
    // SIGTERM during Neo4j's own startup exits without a clean shutdown; let it finish first.
    progress(`Neo4j (pid ${pid}) is still starting; waiting for it before stopping...`);
    await waitForReadyFile(paths, pid, STOP_WAIT_FOR_START_MS);
  }
  progress(`Stopping Neo4j (pid ${pid})...`);
  sendSignal(pid, 'SIGTERM');
  if (!(await waitForExit(pid, STOP_GRACE_MS))) {
    progress(`Neo4j did not stop within ${STOP_GRACE_MS / 1000} s; killing it.`);
    sendSignal(pid, 'SIGKILL');
    await waitForExit(pid, KILL_WAIT_MS);
  }
  await removePidFile(paths.pidFile);
  progress('Neo4j stopped.');
  return { stopped: true };
}

async function waitForReadyFile(paths: ServerRuntimePaths, pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && (await readPidFile(paths.readyFile)) !== pid) {
    if (!(await isOurServerProcess(pid, paths.home))) return;
    await sleep(READY_POLL_MS);
  }
}

export async function statusLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4jStatus> {
  const paths = serverRuntimePaths(opts.dataDir);
  const base = { uri: boltUri(opts.boltPort), browserUrl: browserUrl(opts.httpPort) };
  const pid = await livePidOfOurServer(paths);
  if (pid === undefined) return { running: false, ...base };
  // Alive but not (yet) answering, e.g. still starting: report the pid, but not "running".
  const running = (await readPidFile(paths.readyFile)) === pid && (await boltAnswers(opts.boltPort));
  return { running, pid, ...base };
}
