import { jest } from '@jest/globals';
import { reviewClaim, saveBatch } from '../../../src/store/write.js';
import { TestGraph } from '../../helpers/graph.js';
import { createServer } from '../../../src/graphql/server.js';
import { query } from '../../helpers/graphql.js';
import { apiBatch } from './api-fixture.js';

// Position reads fetch only the claim and article properties a query asks for
// (src/graphql/selection.ts). Whatever is asked for must come out as a read of everything gives it.
jest.setTimeout(60_000);

const graph = TestGraph.open();
// The reads of everything below cost more than the default limit allows.
const yoga = createServer({ store: graph.store, config: { production: false, apiKey: undefined }, limits: { maxCost: 50_000 } });

beforeAll(async () => {
  await graph.wipe();
  await saveBatch(graph.store, apiBatch());
  // A reviewed claim, so that review facts are not all null.
  await reviewClaim(graph.store, { claimId: 'c-kataib-1', reviewedBy: 'Mona', stance: 'supports', reviewedAt: new Date('2024-04-01T00:00:00Z') });
});
afterAll(() => graph.close());

const ARTICLE = 'id file url title outlet publishedAt language';
const CLAIM = `id stance qualifiers quote start end confidence method rejected reviewedBy reviewedAt corroboration
  actor { id } issue { id } article { ${ARTICLE} } articles { ${ARTICLE} } occurrences { start end article { ${ARTICLE} } }`;
const POSITION = `actor { id } issue { id } stance claimCount corroboration outlets first last claims { ${CLAIM} }`;

async function data(source: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const result = await query(yoga, source, variables);
  expect(result.errors).toBeUndefined();
  return result.data ?? {};
}

describe('a position read limited to the selection answers as a full read does', () => {
  const narrow = [
    `claims { quote }`,
    `claims { id stance confidence }`,
    `claims { article { outlet publishedAt } }`,
    `claims { reviewedBy reviewedAt rejected qualifiers method }`,
    `claims { occurrences { start article { file } } }`,
    `claims { articles { language } corroboration }`,
    `outlets`,
    `corroboration claimCount`,
    `stance first last`,
  ];

  test.each(narrow)('positions { %s }', async (selection) => {
    const everything = await data(`{ positions(issue: "withdrawal") { ${POSITION} } }`);
    expect(everything).toMatchObject(await data(`{ positions(issue: "withdrawal") { ${selection} } }`));
  });

  test.each(narrow)('actor → positions { %s }', async (selection) => {
    const everything = await data(`query($id: ID!) { actor(id: $id) { positions { ${POSITION} } } }`, { id: 'kataib' });
    expect(everything).toMatchObject(await data(`query($id: ID!) { actor(id: $id) { positions { ${selection} } } }`, { id: 'kataib' }));
  });

  test.each(narrow)('actors → positions { %s }', async (selection) => {
    const everything = await data(`{ actors { id positions { ${POSITION} } } }`);
    expect(everything).toMatchObject(await data(`{ actors { id positions { ${selection} } } }`));
  });

  test.each(narrow)('positionsConnection { nodes / edges.node { %s } }', async (selection) => {
    const everything = await data(`{ positionsConnection(first: 10) { nodes { ${POSITION} } edges { node { ${POSITION} } } } }`);
    expect(everything).toMatchObject(await data(`{ positionsConnection(first: 10) { nodes { ${selection} } edges { node { ${selection} } } } }`));
  });

  test('the same field asked for twice under aliases, through fragments, reads the union', async () => {
    const result = await data(`
      { whoSupports(issue: "withdrawal") { actor { id } q: claims { quote } ...rest } }
      fragment rest on Position { s: claims { ... on Claim { start article { title outlet } } } }`);
    const everything = await data(`{ whoSupports(issue: "withdrawal") { actor { id } claims { quote start article { title outlet } } } }`);
    const supporters = everything.whoSupports as { actor: unknown; claims: { quote: string; start: number; article: unknown }[] }[];
    expect(result.whoSupports).toEqual(
      supporters.map((position) => ({
        actor: position.actor,
        q: position.claims.map(({ quote }) => ({ quote })),
        s: position.claims.map(({ start, article }) => ({ start, article })),
      })),
    );
  });
});
