import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { classpathEntries, ensureServerBuilt, reasonToRebuild } from '../../src/localdb/build.js';
import { serverBuildPaths } from '../../src/localdb/paths.js';
import { projectRoot } from '../helpers/cli.js';

/**
 * A damaged Neo4j download (a truncated or altered jar in the Maven repository) is detected and
 * fetched again. Never on the real ~/.m2: on a mirror of it under .stancegraph/test-m2 (jars and
 * poms hard-linked, as Maven replaces rather than rewrites them; the damaged jar a copy of its
 * own), with a copy of the neo4j/ module whose classpath points into the mirror.
 */

const work = path.join(projectRoot, '.stancegraph', 'test-m2');
const mirror = path.join(work, 'repository');
const project = path.join(work, 'project');
const real = serverBuildPaths(projectRoot);
const paths = serverBuildPaths(project);

function commonDirectory(files: string[]): string {
  const parts = files.map((file) => path.dirname(file).split(path.sep));
  const first = parts[0] ?? [];
  let length = 0;
  while (length < first.length && parts.every((p) => p[length] === first[length])) length++;
  return first.slice(0, length).join(path.sep);
}

/** The Maven repository root above `org/…`, `com/…`: the common directory of the jars, cut at the first group directory. */
function repositoryOf(jars: string[]): string {
  const common = commonDirectory(jars);
  const index = common.split(path.sep).lastIndexOf('repository');
  return index === -1 ? common : common.split(path.sep).slice(0, index + 1).join(path.sep);
}

function mirrorTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) mirrorTree(source, target);
    else if (/\.(jar|pom)$/.test(entry.name)) linkSync(source, target);
    else copyFileSync(source, target);
  }
}

const sha1 = (file: string) => createHash('sha1').update(readFileSync(file)).digest('hex');

describe('a damaged Neo4j download', () => {
  let victim: string;
  let realVictim: string;
  let realVictimSha1: string;

  beforeAll(() => {
    const jars = classpathEntries(readFileSync(real.classpathFile, 'utf8'));
    const repository = repositoryOf(jars);
    rmSync(work, { recursive: true, force: true });
    mirrorTree(repository, mirror);
    // The smallest jar with a checksum beside it: quick to download again.
    realVictim = jars.filter((jar) => existsSync(`${jar}.sha1`)).sort((a, b) => statSync(a).size - statSync(b).size)[0]!;
    realVictimSha1 = sha1(realVictim);
    victim = path.join(mirror, path.relative(repository, realVictim));
    rmSync(victim);
    copyFileSync(realVictim, victim);
    // The neo4j/ module as built, its classpath pointing into the mirror; classpath.txt last, as a build leaves it.
    cpSync(path.dirname(real.pomFile), path.dirname(paths.pomFile), { recursive: true, filter: (source) => !source.includes(`${path.sep}target${path.sep}`) && !source.endsWith(`${path.sep}target`) });
    cpSync(real.classesDir, paths.classesDir, { recursive: true });
    writeFileSync(paths.classpathFile, jars.map((jar) => path.join(mirror, path.relative(repository, jar))).join(path.delimiter));
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is usable as mirrored', async () => {
    expect(await reasonToRebuild(paths)).toBeUndefined();
  });

  it('cut short, it is detected by its checksum, or by its missing zip directory when there is no checksum', async () => {
    truncateSync(victim, Math.floor(statSync(victim).size / 2));
    expect(await reasonToRebuild(paths)).toBe(`dependency corrupt (its SHA-1 does not match the one Maven downloaded): ${victim}`);
    const checksum = `${victim}.sha1`;
    const saved = readFileSync(checksum);
    rmSync(checksum);
    try {
      expect(await reasonToRebuild(paths)).toBe(`dependency cut short (no zip directory at its end): ${victim}`);
    } finally {
      writeFileSync(checksum, saved);
    }
  });

  it('is deleted and downloaded again by the next build, and the real repository is untouched', async () => {
    const mavenOpts = process.env.MAVEN_OPTS;
    process.env.MAVEN_OPTS = `${mavenOpts ?? ''} -Dmaven.repo.local=${mirror}`.trim();
    const progress: string[] = [];
    try {
      await ensureServerBuilt(paths, project, (line) => progress.push(line));
    } finally {
      if (mavenOpts === undefined) delete process.env.MAVEN_OPTS;
      else process.env.MAVEN_OPTS = mavenOpts;
    }
    expect(progress.join('\n')).toContain(`${victim} is corrupt`);
    expect(sha1(victim)).toBe(realVictimSha1);
    expect(await reasonToRebuild(paths)).toBeUndefined();
    expect(readFileSync(paths.classpathFile, 'utf8')).toContain(mirror);
    expect(sha1(realVictim)).toBe(realVictimSha1);
  }, 600_000);
});
