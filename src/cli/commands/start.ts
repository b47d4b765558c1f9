import path from 'node:path';
import type { Config } from '../../config/env.js';
import { isGraphEmpty } from '../../store/read.js';
import { connectStore } from '../connect.js';
import { createProgress } from '../output.js';
import { ingestPaths } from './ingest.js';
import { serveGraphql, type ServeOptions } from './serve.js';

/** Neo4j up, the sample corpus in when the graph is empty, GraphQL served: what `npm start` runs. */
export async function runServe(config: Config, options: ServeOptions & { ingestSample: boolean }): Promise<number> {
  const progress = createProgress({ quiet: config.ci });
  const { store, connection, browserUrl } = await connectStore(config, progress);
  try {
    if (options.ingestSample && (await isGraphEmpty(store))) {
      progress('the graph is empty: ingesting the sample corpus (data/corpus)');
      const summary = await ingestPaths(config, store, [path.join(config.projectRoot, 'data', 'corpus')], progress);
      console.log(`ingested the sample corpus: ${summary.saved.articles} articles, ${summary.saved.claims} claims`);
    }
    const { url, dashboardUrl, closed } = await serveGraphql(config, store, options);
    console.log(`Dashboard:                       ${dashboardUrl}`);
    console.log(`GraphQL (GraphiQL in a browser): ${url}`);
    console.log(`Neo4j Bolt:                      ${connection.uri}`);
    if (browserUrl !== null) {
      const passwordFile = path.join(config.dataDir, 'neo4j', 'password');
      console.log(`Neo4j Browser:                   ${browserUrl}`);
      console.log(`  log in with ${connection.uri}, user ${connection.user}, password in ${passwordFile}`);
    }
    console.log('Ctrl-C stops the GraphQL server; Neo4j keeps running with its data (npm run neo4j -- stop).');
    await closed;
    return 0;
  } finally {
    await store.close();
  }
}
