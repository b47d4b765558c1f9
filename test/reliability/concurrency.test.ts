import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { recomputePositions } from '../../src/store/write.js';
import { runCli, startCli } from '../helpers/cli.js';
import { TestGraph } from '../helpers/graph.js';
import { query, testServer } from '../helpers/graphql.js';
import { graphFingerprint, sourceArticles, writeCorpus, type GraphFingerprint } from '../helpers/reliability.js';

const INGESTS = 8;
const API_KEY = 'reliability-key-0123456789';

describe('concurrent writers', () => {
  const graph = TestGraph.open();
  let dir: string;
  let single: GraphFingerprint;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'stancegraph-concurrency-'));
    writeCorpus(dir, sourceArticles().length);
    await graph.wipe();
    const one = await runCli(['ingest', dir]);
    expect(one.code).toBe(0);
    single = await graphFingerprint(graph.store);
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await graph.close();
  });

  it(`${INGESTS} ingests of the same corpus at once give the graph one ingest gives`, async () => {
    await graph.wipe();
    const results = await Promise.all(Array.from({ length: INGESTS }, () => runCli(['ingest', dir])));
    for (const result of results) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
    expect(await graphFingerprint(graph.store)).toEqual(single);
  }, 300_000);

  it('a reviewClaim racing a re-ingest wins, and the positions are those its claims give', async () => {
    const yoga = testServer(graph.store, { apiKey: API_KEY });
    const { records } = await graph.store.driver.executeQuery("MATCH (c:Claim) WHERE c.stance IN ['supports', 'opposes'] RETURN c.id AS id, c.stance AS stance ORDER BY id LIMIT 6");
    const claims = records.map((r) => ({ id: String(r.get('id')), flipped: r.get('stance') === 'supports' ? 'OPPOSES' : 'SUPPORTS' }));
    expect(claims).toHaveLength(6);
    for (const [round, batch] of [claims.slice(0, 3), claims.slice(3)].entries()) {
      const reingest = startCli(['ingest', dir]);
      // Reviews spread over the re-ingest: before its write, during it, after it.
      const reviews = batch.map(async (claim, i) => {
        await new Promise((resolve) => setTimeout(resolve, 1500 * i + 500 * round));
        const reviewed = await query(
          yoga,
          'mutation($id: ID!, $stance: Stance!) { reviewClaim(input: { claimId: $id, stance: $stance, reviewedBy: "Mona" }) { id stance } }',
          { id: claim.id, stance: claim.flipped },
          { 'x-api-key': API_KEY },
        );
        expect(reviewed.errors).toBeUndefined();
      });
      await Promise.all(reviews);
      expect((await reingest.result).code).toBe(0);
    }
    const { records: after } = await graph.store.driver.executeQuery('MATCH (c:Claim) WHERE c.id IN $ids RETURN c.id AS id, c.stance AS stance, c.reviewedBy AS by', {
      ids: claims.map((c) => c.id),
    });
    for (const claim of claims) {
      const row = after.find((r) => r.get('id') === claim.id);
      expect({ id: claim.id, stance: row?.get('stance'), by: row?.get('by') }).toEqual({ id: claim.id, stance: claim.flipped.toLowerCase(), by: 'Mona' });
    }
    // The edges as the racing transactions left them are the ones a fresh derivation gives.
    const raced = await graphFingerprint(graph.store);
    await recomputePositions(graph.store);
    expect(await graphFingerprint(graph.store)).toEqual(raced);
  }, 300_000);
});
