import path from 'node:path';
import type { Config } from '../../config/env.js';
import { InputError } from '../../errors.js';
import { startLocalNeo4j, statusLocalNeo4j, stopLocalNeo4j } from '../../localdb/local-neo4j.js';
import { localOptions } from '../connect.js';
import { createProgress } from '../output.js';

export type Neo4jAction = 'start' | 'stop' | 'status';

export async function runNeo4j(config: Config, action: Neo4jAction, format: 'json' | 'text'): Promise<number> {
  if (config.neo4j.kind === 'external') {
    throw new InputError(`NEO4J_URI is set (${config.neo4j.uri}): stancegraph uses that Neo4j and does not manage it`);
  }
  const progress = createProgress({ quiet: config.ci || format === 'json' });
  const options = localOptions(config, progress);
  const print = (value: Record<string, unknown>, text: string) => process.stdout.write(`${format === 'json' ? JSON.stringify(value) : text}\n`);
  if (action === 'start') {
    const c = await startLocalNeo4j(options);
    const passwordFile = path.join(config.dataDir, 'neo4j', 'password');
    print({ running: true, pid: c.pid, uri: c.uri, browserUrl: c.browserUrl, user: c.user, passwordFile }, `Neo4j is running (pid ${c.pid})\n  Bolt:    ${c.uri}\n  Browser: ${c.browserUrl} (user ${c.user}, password in ${passwordFile})`);
  } else if (action === 'stop') {
    const { stopped } = await stopLocalNeo4j(options);
    print({ stopped }, stopped ? 'Neo4j stopped' : 'Neo4j was not running');
  } else {
    const s = await statusLocalNeo4j(options);
    print({ ...s }, s.running ? `Neo4j is running (pid ${s.pid}) at ${s.uri}; Browser ${s.browserUrl}` : `Neo4j is not running (${s.uri})`);
  }
  return 0;
}
