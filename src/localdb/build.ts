import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, open, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

import { LocalNeo4jError } from './errors.js';
import type { ServerBuildPaths } from './paths.js';
import { withDirectoryLock } from './processes.js';

/** Neo4j 5.26 runs on Java 17 and 21. */
export const MINIMUM_JAVA_MAJOR = 17;

const BUILD_TIMEOUT_MS = 15 * 60_000;
const BUILD_LOCK_TIMEOUT_MS = BUILD_TIMEOUT_MS + 60_000;
const BUILD_HEARTBEAT_MS = 15_000;

interface CommandResult {
  exitCode: number | null;
  output: string;
  timedOut: boolean;
}

/** Runs a command to completion, keeping stdout and stderr interleaved as a terminal would show them. */
function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd?: string; timeoutMs: number },
): Promise<CommandResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    const chunks: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (exitCode) => {
      clearTimeout(timer);
      resolvePromise({ exitCode, output: Buffer.concat(chunks).toString('utf8'), timedOut });
    });
  });
}

function isCommandMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** JAVA_HOME wins, as it does for Maven, so that the build and the server use the same JDK. */
export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  const javaHome = env['JAVA_HOME'];
  if (javaHome !== undefined && javaHome !== '') {
    const candidate = join(javaHome, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (existsSync(candidate)) return candidate;
  }
  return 'java';
}

/**
 * `java -version` prints e.g. `openjdk version "17.0.15" 2025-04-15` or, before Java 9,
 * `java version "1.8.0_392"`, where the major version is the second number.
 */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (match === null) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

export async function checkJava(java: string): Promise<void> {
  let result: CommandResult;
  try {
    result = await runCommand(java, ['-version'], { timeoutMs: 30_000 });
  } catch (error) {
    throw new LocalNeo4jError(
      'NO_JAVA',
      isCommandMissing(error)
        ? `Java ${MINIMUM_JAVA_MAJOR}+ is needed to run the local Neo4j, but \`${java}\` was not found. ` +
            `Install a JDK ${MINIMUM_JAVA_MAJOR} or 21 (e.g. \`apt-get install openjdk-17-jdk-headless\`) ` +
            'and put it on PATH, or set JAVA_HOME.'
        : `Could not run \`${java} -version\`: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const major = parseJavaMajorVersion(result.output);
  if (major === undefined || major < MINIMUM_JAVA_MAJOR) {
    const found = result.output.split('\n')[0]?.trim() ?? '(no output)';
    throw new LocalNeo4jError(
      'NO_JAVA',
      `Neo4j 5.26 needs Java ${MINIMUM_JAVA_MAJOR} or 21, but \`${java} -version\` says: ${found}. ` +
        'Install a JDK 17 or 21 and put it first on PATH, or point JAVA_HOME at it.',
    );
  }
}

/** Why the build output cannot be used as is, or undefined when it can. */
export async function reasonToRebuild(paths: ServerBuildPaths): Promise<string | undefined> {
  let classpathText: string;
  let classpathModified: number;
  try {
    classpathText = await readFile(paths.classpathFile, 'utf8');
    classpathModified = (await stat(paths.classpathFile)).mtimeMs;
  } catch {
    return 'not built yet';
  }
  if (!existsSync(paths.launcherClassFile)) return 'launcher class missing';
  for (const input of [paths.pomFile, paths.launcherSource]) {
    const modified = await stat(input).then((s) => s.mtimeMs, () => 0);
    if (modified > classpathModified) return `${input} changed since the last build`;
  }
  const jars = classpathEntries(classpathText);
  if (jars.length === 0) return 'classpath file is empty';
  const [broken] = await brokenDependencies(jars);
  return broken === undefined ? undefined : `dependency ${broken.problem}: ${broken.jar}`;
}

export interface BrokenDependency {
  jar: string;
  problem: string;
}

/**
 * The classpath's jars that cannot be used: gone (a cleaned ~/.m2), empty, different from the
 * checksum Maven downloaded with them (Maven only warns about a mismatch), or cut short with no
 * zip directory at the end (an interrupted copy). Hashing them takes well under a second.
 */
export async function brokenDependencies(jars: readonly string[]): Promise<BrokenDependency[]> {
  const broken: BrokenDependency[] = [];
  for (const jar of jars) {
    const problem = await jarProblem(jar);
    if (problem !== undefined) broken.push({ jar, problem });
  }
  return broken;
}

async function jarProblem(jar: string): Promise<string | undefined> {
  const size = await stat(jar).then((s) => s.size, () => undefined);
  if (size === undefined) return 'missing';
  if (size === 0) return 'empty';
  const expected = await readFile(`${jar}.sha1`, 'utf8').then((text) => text.trim().split(/\s+/)[0]?.toLowerCase(), () => undefined);
  if (expected !== undefined && /^[0-9a-f]{40}$/.test(expected)) {
    return (await sha1Of(jar)) === expected ? undefined : 'corrupt (its SHA-1 does not match the one Maven downloaded)';
  }
  return (await endsWithZipDirectory(jar, size)) ? undefined : 'cut short (no zip directory at its end)';
}

function sha1Of(file: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash('sha1');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .once('error', reject)
      .once('end', () => resolvePromise(hash.digest('hex')));
  });
}

// A zip (and so a jar) ends with its end-of-central-directory record, at most 64 KB of comment after it.
const ZIP_END_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const ZIP_END_SEARCH = 22 + 0xffff;

async function endsWithZipDirectory(file: string, size: number): Promise<boolean> {
  const length = Math.min(size, ZIP_END_SEARCH);
  const handle = await open(file, 'r');
  try {
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    return tail.lastIndexOf(ZIP_END_SIGNATURE) !== -1;
  } finally {
    await handle.close();
  }
}

/** Deletes the classpath's damaged jars, so that the next `mvn package` downloads them again. */
async function removeBrokenDependencies(paths: ServerBuildPaths, onProgress: (message: string) => void): Promise<void> {
  const classpathText = await readFile(paths.classpathFile, 'utf8').catch(() => '');
  for (const { jar, problem } of await brokenDependencies(classpathEntries(classpathText))) {
    if (problem === 'missing') continue;
    onProgress(`${jar} is ${problem}; deleting it so that Maven downloads it again.`);
    await rm(jar, { force: true });
  }
}

export function classpathEntries(classpathText: string): string[] {
  return classpathText
    .trim()
    .split(delimiter)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

export async function runtimeClasspath(paths: ServerBuildPaths): Promise<string> {
  const jars = classpathEntries(await readFile(paths.classpathFile, 'utf8'));
  return [paths.classesDir, ...jars].join(delimiter);
}

/** Maven 3.8 prints colour resets even with style.color=never. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

// Lines that mean "could not get something from Maven Central", as opposed to a broken build.
const DOWNLOAD_FAILURE_PATTERNS: readonly RegExp[] = [
  /Could not resolve dependencies/i,
  /could not be resolved/i,
  /Could not transfer artifact/i,
  /Could not find artifact/i,
  /Failed to read artifact descriptor/i,
  /Non-resolvable (parent|import) POM/i,
  /Cannot access \S+ in offline mode/i,
  /was cached in the local repository/i,
  /(Plugin|Dependency|Artifact)ResolutionException/,
  /UnknownHostException|Connection refused|Connect timed out|Read timed out|transfer failed/i,
];

export interface MavenFailure {
  code: 'DOWNLOAD_FAILED' | 'BUILD_FAILED';
  keyLine: string;
}

export function classifyMavenFailure(output: string): MavenFailure {
  const errorLines = stripAnsi(output)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('[ERROR]'))
    .map((line) => line.replace(/^\[ERROR\]\s*/, '').replace(/\s*-> \[Help \d+\]$/, ''))
    .filter((line) => line !== '');
  const downloadLine = errorLines.find((line) => DOWNLOAD_FAILURE_PATTERNS.some((p) => p.test(line)));
  if (downloadLine !== undefined) return { code: 'DOWNLOAD_FAILED', keyLine: shorten(downloadLine) };
  const firstError = errorLines[0] ?? stripAnsi(output).trim().split('\n').slice(-1)[0] ?? 'no output';
  return { code: 'BUILD_FAILED', keyLine: shorten(firstError) };
}

function shorten(line: string, max = 600): string {
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

async function checkMaven(): Promise<void> {
  try {
    await runCommand('mvn', ['--version'], { timeoutMs: 60_000 });
  } catch (error) {
    throw new LocalNeo4jError(
      'NO_MAVEN',
      isCommandMissing(error)
        ? 'Maven (`mvn`) is needed once, to download Neo4j from Maven Central, but it is not on PATH. ' +
            'Install Maven 3.8+ (e.g. `apt-get install maven`) and try again.'
        : `Could not run \`mvn --version\`: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

async function runMavenPackage(
  paths: ServerBuildPaths,
  projectRoot: string,
  onProgress: (message: string) => void,
): Promise<number> {
  const started = Date.now();
  const heartbeat = setInterval(() => {
    onProgress(`  still building the local Neo4j server (${Math.round((Date.now() - started) / 1000)} s)...`);
  }, BUILD_HEARTBEAT_MS);
  let result: CommandResult;
  try {
    // -U: after an interrupted download Maven otherwise refuses to retry for 24 h
    // ("was cached in the local repository"); releases are immutable, so it costs nothing else.
    result = await runCommand(
      'mvn',
      ['-B', '-q', '-U', '-Dstyle.color=never', '-f', paths.pomFile, 'package'],
      { cwd: projectRoot, timeoutMs: BUILD_TIMEOUT_MS },
    );
  } catch (error) {
    throw new LocalNeo4jError(
      isCommandMissing(error) ? 'NO_MAVEN' : 'BUILD_FAILED',
      `Could not run Maven: ${(error as Error).message}`,
      { cause: error },
    );
  } finally {
    clearInterval(heartbeat);
  }
  await mkdir(paths.targetDir, { recursive: true });
  await writeFile(paths.buildLog, stripAnsi(result.output));
  if (result.timedOut) {
    throw new LocalNeo4jError(
      'DOWNLOAD_FAILED',
      `Building the local Neo4j server did not finish within ${BUILD_TIMEOUT_MS / 60_000} minutes ` +
        `(stuck downloading from Maven Central?). Output so far: ${paths.buildLog}`,
    );
  }
  if (result.exitCode !== 0) {
    const failure = classifyMavenFailure(result.output);
    const what =
      failure.code === 'DOWNLOAD_FAILED'
        ? 'Downloading Neo4j from Maven Central failed'
        : 'Building the local Neo4j server failed';
    throw new LocalNeo4jError(
      failure.code,
      `${what}: ${failure.keyLine}\nFull Maven output: ${paths.buildLog}` +
        (failure.code === 'DOWNLOAD_FAILED'
          ? '\nCheck network access to Maven Central (or your ~/.m2/settings.xml mirror) and try again.'
          : ''),
    );
  }
  // build-classpath leaves an unchanged classpath.txt untouched; its mtime is our "last built" stamp.
  const now = new Date();
  await utimes(paths.classpathFile, now, now).catch(() => undefined);
  return Date.now() - started;
}

/**
 * Builds neo4j/ with Maven unless its output is current, and returns the java classpath.
 * Serialised across processes, since parallel `mvn package` runs into one target/ corrupt it.
 */
export async function ensureServerBuilt(
  paths: ServerBuildPaths,
  projectRoot: string,
  onProgress: (message: string) => void,
): Promise<string> {
  if (!existsSync(paths.pomFile)) {
    throw new LocalNeo4jError(
      'BUILD_FAILED',
      `No Maven module at ${paths.pomFile}; projectRoot must be the stancegraph checkout.`,
    );
  }
  const reasonBeforeLock = await reasonToRebuild(paths);
  if (reasonBeforeLock === undefined) return runtimeClasspath(paths);

  await withDirectoryLock(
    paths.buildLockDir,
    async () => {
      // Another process may have finished the build while we waited for the lock.
      const reason = await reasonToRebuild(paths);
      if (reason === undefined) return;
      await checkMaven();
      await removeBrokenDependencies(paths, onProgress);
      onProgress(
        `Building the local Neo4j server with Maven (${reason}); the first build downloads ` +
          'about 180 MB from Maven Central and takes a minute or two, later ones seconds...',
      );
      const tookMs = await runMavenPackage(paths, projectRoot, onProgress);
      const stillWrong = await reasonToRebuild(paths);
      if (stillWrong !== undefined) {
        throw new LocalNeo4jError(
          'BUILD_FAILED',
          `Maven finished but the local Neo4j server is still unusable (${stillWrong}). See ${paths.buildLog}`,
        );
      }
      onProgress(`Built the local Neo4j server in ${Math.round(tookMs / 1000)} s.`);
    },
    {
      timeoutMs: BUILD_LOCK_TIMEOUT_MS,
      onWait: () => onProgress('Waiting for another stancegraph process to finish building the local Neo4j server...'),
      timeoutError: () =>
        new LocalNeo4jError(
          'BUILD_FAILED',
          `Another process has been building the local Neo4j server for too long. If none is running, delete ${paths.buildLockDir}.`,
        ),
    },
  );
  return runtimeClasspath(paths);
}
