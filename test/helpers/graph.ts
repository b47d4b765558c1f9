import { loadConfig } from '../../src/config/env.js';
import { createStore, type Neo4jConnection, type Store } from '../../src/store/driver.js';
import { countGraph } from '../../src/store/read.js';
import type { GraphCounts } from '../../src/store/records.js';
import { deleteGraph } from '../../src/store/write.js';

/**
 * The integration tests' handle on the shared test database (see test/setup/test-neo4j.ts).
 * Tests run in band and call `wipe()` before each test, since saveBatch commits its own
 * transaction and GraphQL reads through separate sessions: there is no outer transaction to roll back.
 */
export class TestGraph {
  readonly store: Store;

  private constructor(store: Store) {
    this.store = store;
  }

  /** The connection globalSetup put in the environment. */
  static connection(): Neo4jConnection {
    const config = loadConfig();
    if (config.neo4j.kind !== 'external') {
      throw new Error(
        'TestGraph found no NEO4J_URI: integration tests get their Neo4j from test/setup/global-setup.ts. ' +
          'Run them with `--selectProjects integration`, not as unit tests.',
      );
    }
    const { uri, user, password, database } = config.neo4j;
    return { uri, user, password, database };
  }

  static open(): TestGraph {
    return new TestGraph(createStore(TestGraph.connection()));
  }

  /** Deletes every node and relationship; constraints and indexes stay. */
  async wipe(): Promise<void> {
    await deleteGraph(this.store);
  }

  counts(): Promise<GraphCounts> {
    return countGraph(this.store);
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}
