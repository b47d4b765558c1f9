import { join, resolve } from 'node:path';

/** Where the Maven module and its build output live, relative to the project root. */
export interface ServerBuildPaths {
  pomFile: string;
  launcherSource: string;
  targetDir: string;
  classesDir: string;
  launcherClassFile: string;
  classpathFile: string;
  buildLog: string;
  buildLockDir: string;
}

/** Everything one local server writes at run time; the whole tree is the Neo4j "home". */
export interface ServerRuntimePaths {
  home: string;
  confFile: string;
  passwordFile: string;
  pidFile: string;
  readyFile: string;
  logsDir: string;
  consoleLog: string;
  systemDatabaseDir: string;
  startLockDir: string;
}

export const LAUNCHER_MAIN_CLASS = 'dev.stancegraph.neo4j.LocalNeo4jLauncher';

export function serverBuildPaths(projectRoot: string): ServerBuildPaths {
  const moduleDir = resolve(projectRoot, 'neo4j');
  const targetDir = join(moduleDir, 'target');
  const classesDir = join(targetDir, 'classes');
  const launcherPath = LAUNCHER_MAIN_CLASS.split('.');
  return {
    pomFile: join(moduleDir, 'pom.xml'),
    launcherSource: join(moduleDir, 'src', 'main', 'java', ...launcherPath) + '.java',
    targetDir,
    classesDir,
    launcherClassFile: join(classesDir, ...launcherPath) + '.class',
    classpathFile: join(targetDir, 'classpath.txt'),
    buildLog: join(targetDir, 'build.log'),
    buildLockDir: join(targetDir, '.build.lock'),
  };
}

export function serverRuntimePaths(dataDir: string): ServerRuntimePaths {
  const home = resolve(dataDir, 'neo4j');
  const logsDir = join(home, 'logs');
  return {
    home,
    confFile: join(home, 'conf', 'neo4j.conf'),
    passwordFile: join(home, 'password'),
    pidFile: join(home, 'neo4j.pid'),
    // Written by the launcher once Neo4j's bootstrapper has fully started, holding the java pid.
    readyFile: join(home, 'run', 'stancegraph.ready'),
    logsDir,
    consoleLog: join(logsDir, 'console.log'),
    // Neo4j creates it on first start; from then on the initial password can no longer be set.
    systemDatabaseDir: join(home, 'data', 'databases', 'system'),
    startLockDir: join(home, '.start.lock'),
  };
}

export function boltUri(boltPort: number): string {
  return `bolt://127.0.0.1:${boltPort}`;
}

export function browserUrl(httpPort: number): string {
  return `http://127.0.0.1:${httpPort}/browser/`;
}
