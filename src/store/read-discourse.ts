import { z } from 'zod';
import { selectClaims, type ClaimFact, type ClaimSelection } from '../analysis/claims.js';
import type { Coalitions } from '../analysis/coalitions.js';
import type { ActorNetwork } from '../analysis/network.js';
import { StanceSchema } from '../ingest/model.js';
import type { Store } from './driver.js';
import { readTx, runQuery, writeTx } from './run.js';

/** The claims the discourse analyses (src/analysis) work on, and the network they write back. */

/** One row per claim and article carrying it (flat rows read about twice as fast as a COLLECT per claim). */
const ClaimOccurrenceRowSchema = z.object({
  id: z.string(),
  actorId: z.string(),
  issueId: z.string(),
  stance: StanceSchema,
  confidence: z.number(),
  quote: z.string(),
  articleId: z.string(),
  outlet: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
});

/** Every claim a reviewer has not rejected, on the given issues (all when omitted), with its articles earliest first. */
export async function readClaimFacts(store: Store, issueIds: readonly string[] | undefined): Promise<ClaimFact[]> {
  const rows = await readTx(store, (tx) => runQuery(tx, 'read/discourse-claims', { issues: issueIds === undefined ? null : [...issueIds] }, ClaimOccurrenceRowSchema));
  const facts: ClaimFact[] = [];
  for (const { articleId, outlet, date, url, start, end, ...claim } of rows) {
    const occurrence = { articleId, outlet, date, url, start, end };
    const last = facts[facts.length - 1];
    // Rows come ordered by claim id, so a claim's articles are consecutive.
    if (last !== undefined && last.id === claim.id) last.occurrences.push(occurrence);
    else facts.push({ ...claim, occurrences: [occurrence] });
  }
  return facts;
}

/** The claims in the selection (issues, window, outlet, confidence), read once and filtered in src/analysis. */
export async function readSelectedClaims(store: Store, selection: ClaimSelection): Promise<ClaimFact[]> {
  return selectClaims(await readClaimFacts(store, selection.issues), selection);
}

const CountSchema = z.object({ created: z.number().int() });

/**
 * Replaces the (Actor)-[:ALIGNED_WITH]->(Actor) edges of one scope (an issue id, or `all`) with
 * the network's ties, one edge per pair from the smaller id to the larger; `coalition` is set
 * on ties inside a coalition. Returns the number of edges written.
 */
export async function writeAlignment(store: Store, scope: string, network: ActorNetwork, coalitions: Coalitions): Promise<number> {
  const edges = network.edges.map((e) => {
    const coalition = coalitions.coalitionOf.get(e.source);
    return { ...e, coalition: coalition !== undefined && coalition === coalitions.coalitionOf.get(e.target) ? coalition : null };
  });
  return writeTx(store, async (tx) => {
    await runQuery(tx, 'write/delete-aligned-with', { scope }, z.object({ deleted: z.number().int() }));
    const [row] = await runQuery(
      tx,
      'write/create-aligned-with',
      { scope, aggregation: network.aggregation, normalization: network.normalization, edges, computedAt: new Date().toISOString() },
      CountSchema,
    );
    return row?.created ?? 0;
  });
}
