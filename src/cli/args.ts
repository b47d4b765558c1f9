import { parseArgs } from 'node:util';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { AGGREGATIONS, NORMALIZATIONS } from '../analysis/network.js';
import { StanceSchema } from '../ingest/model.js';

export const COMMANDS = ['extract', 'ingest', 'serve', 'start', 'neo4j', 'eval', 'review', 'export', 'analyse', 'calibrate'] as const;
export type CommandName = (typeof COMMANDS)[number];

const port = z.coerce.number().int().min(1).max(65535);
const nodeId = z.string().trim().min(1, 'an id cannot be empty');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD');

const reviewActions = z.union(
  [
    z.tuple([z.literal('claim'), nodeId]),
    z.tuple([z.literal('reject'), nodeId]),
    z.tuple([z.literal('merge'), nodeId, nodeId]),
    z.tuple([z.literal('alias'), nodeId, z.string().trim().min(1, 'the alias cannot be empty')]),
  ],
  { error: 'say claim CLAIM_ID, reject CLAIM_ID, merge FROM_ACTOR INTO_ACTOR or alias ACTOR_ID ALIAS' },
);

export const FlagSchemas = {
  extract: z.object({ format: z.enum(['json', 'table']).default('json'), explain: z.boolean().default(false), positionals: z.array(z.string()).min(1, 'give at least one FILE') }),
  ingest: z.object({ format: z.enum(['json', 'text']).default('text'), positionals: z.array(z.string()).min(1, 'give at least one FILE or DIR') }),
  serve: z.object({ host: z.string().min(1).optional(), port: port.optional(), positionals: z.array(z.string()).max(0, 'serve takes no arguments') }),
  start: z.object({ host: z.string().min(1).optional(), port: port.optional(), positionals: z.array(z.string()).max(0, 'start takes no arguments') }),
  neo4j: z.object({ format: z.enum(['json', 'text']).default('text'), positionals: z.tuple([z.enum(['start', 'stop', 'status'])], { error: 'say start, stop or status' }) }),
  eval: z.object({ format: z.enum(['json', 'text']).default('text'), gold: z.array(z.string()).default([]), positionals: z.array(z.string()) }),
  review: z
    .object({
      stance: z.string().toLowerCase().pipe(StanceSchema).optional(),
      by: z.string({ error: '--by NAME is required: who made this review' }).trim().min(1, '--by NAME is required: who made this review'),
      format: z.enum(['json', 'text']).default('text'),
      positionals: reviewActions,
    })
    .refine((flags) => (flags.positionals[0] === 'claim') === (flags.stance !== undefined), {
      message: '--stance supports|opposes|mixed|neutral goes with review claim, and only with it',
      path: ['stance'],
    }),
  export: z.object({
    format: z.enum(['graphml', 'csv', 'json', 'jsonld'], { error: 'say --format graphml, csv, json or jsonld' }),
    out: z.string().min(1).optional(),
    positionals: z.array(z.string()).max(0, 'export takes no arguments; use --out FILE|DIR'),
  }),
  analyse: z
    .object({
      issue: z.array(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be an issue id, e.g. withdrawal')).default([]),
      aggregation: z.enum(AGGREGATIONS, { error: 'say --aggregation congruence, conflict or subtract' }).default('congruence'),
      normalization: z.enum(NORMALIZATIONS, { error: 'say --normalization none, average, jaccard or cosine' }).default('none'),
      'min-claims': z.coerce.number().int().min(1, 'must be at least 1').default(1),
      'max-nodes': z.coerce.number().int().min(1, 'must be at least 1').default(300),
      from: date.optional(),
      to: date.optional(),
      outlet: z.string().min(1).optional(),
      write: z.boolean().default(false),
      format: z.enum(['text', 'json', 'graphml']).default('text'),
      positionals: z.tuple([z.literal('alignment')], { error: 'say alignment' }),
    })
    .refine((flags) => flags.from === undefined || flags.to === undefined || flags.from <= flags.to, { message: 'must not be before --from', path: ['to'] }),
  calibrate: z.object({
    bins: z.coerce.number().int().min(2, 'must be at least 2').max(20, 'must be at most 20').default(5),
    out: z.string().min(1).optional(),
    positionals: z.array(z.string()).max(0, 'calibrate takes no arguments'),
  }),
} as const;

const OPTION_SPECS = {
  extract: { format: { type: 'string' }, explain: { type: 'boolean' } },
  ingest: { format: { type: 'string' } },
  serve: { host: { type: 'string' }, port: { type: 'string' } },
  start: { host: { type: 'string' }, port: { type: 'string' } },
  neo4j: { format: { type: 'string' } },
  eval: { format: { type: 'string' }, gold: { type: 'string', multiple: true } },
  review: { stance: { type: 'string' }, by: { type: 'string' }, format: { type: 'string' } },
  export: { format: { type: 'string' }, out: { type: 'string' } },
  analyse: {
    issue: { type: 'string', multiple: true },
    aggregation: { type: 'string' },
    normalization: { type: 'string' },
    'min-claims': { type: 'string' },
    'max-nodes': { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    outlet: { type: 'string' },
    write: { type: 'boolean' },
    format: { type: 'string' },
  },
  calibrate: { bins: { type: 'string' }, out: { type: 'string' } },
} as const;

export const HELP: Record<CommandName | 'main', string> = {
  main: `stancegraph — who stands where on a policy question, with the evidence

Usage: stancegraph <command> [options]

Commands:
  extract [--format json|table] [--explain] FILE...   extract stance claims (no database needed)
  ingest [--format json|text] FILE|DIR...             extract and write to Neo4j (idempotent)
  serve [--host H] [--port N]                         serve GraphQL (Neo4j must be reachable)
  start [--host H] [--port N]                         start Neo4j, ingest the sample corpus if empty, serve GraphQL
  neo4j start|stop|status [--format json|text]        manage the project's local Neo4j
  eval [--gold FILE]... [FILE...]                     score extraction against gold claims
  review claim|reject|merge|alias ... --by NAME        correct the graph; survives re-ingest
  export --format graphml|csv|json|jsonld [--out F|D] the graph for Gephi, spreadsheets, linked data
  analyse alignment [--issue ID]... [--write] ...     DNA actor network and coalitions (see its --help)
  calibrate [--bins N] [--out FILE]                   calibrate claim confidence against the gold fixtures

Run 'stancegraph <command> --help' for a command's options.
Exit status: 0 ok, 1 bad input or unreachable database, 2 internal error.`,
  extract: `Usage: stancegraph extract [--format json|table] [--explain] FILE...

Prints the stance claims found in each article. JSON (the default) is an array of
{file, article: {outlet, publishedAt, language, title}, claims: [{actor, issue, stance,
qualifiers, evidence: {text, start, end}, confidence}]}; start/end are offsets into the file's
text, so text.slice(start, end) === evidence.text. --explain adds each claim's rule trail.`,
  ingest: `Usage: stancegraph ingest [--format json|text] FILE|DIR...

Extracts claims from the files (directories are read recursively for .txt and .md) and writes
them to Neo4j. Running it again with the same files leaves the graph unchanged. Files that
cannot be read are listed at the end; the others are still ingested.`,
  serve: `Usage: stancegraph serve [--host 127.0.0.1] [--port 4000]

Serves the GraphQL API (with GraphiQL) at http://HOST:PORT/graphql until Ctrl-C.`,
  start: `Usage: stancegraph start [--host 127.0.0.1] [--port 4000]

Starts the local Neo4j (downloading it through Maven on first use) unless NEO4J_URI is set,
ingests data/corpus when the graph is empty, and serves GraphQL until Ctrl-C.`,
  neo4j: `Usage: stancegraph neo4j start|stop|status [--format json|text]

Manages the project's local Neo4j Community server (data under .stancegraph/neo4j).`,
  eval: `Usage: stancegraph eval [--gold FILE]... [--format json|text] [FILE...]

Scores extraction against gold claims. By default: ../shared/gold/seeds.gold.json with the
sample corpus, and test/fixtures/gold.json with its articles. Prints precision, recall, F1
and every miss and false positive.`,
  review: `Usage: stancegraph review claim CLAIM_ID --stance supports|opposes|mixed|neutral --by NAME
       stancegraph review reject CLAIM_ID --by NAME
       stancegraph review merge FROM_ACTOR_ID INTO_ACTOR_ID --by NAME
       stancegraph review alias ACTOR_ID ALIAS --by NAME
       (each also takes --format json|text)

Records an analyst's correction in Neo4j, with reviewedBy = NAME and reviewedAt = now:
  claim   sets the claim's stance; re-ingest no longer changes it
  reject  the claim stops counting towards its actor's position (it stays in the graph)
  merge   moves every claim, alias and affiliation of FROM to INTO; re-ingest writes FROM's
          claims to INTO from then on
  alias   adds an alias to the actor (searchable; kept when re-ingest rewrites aliases)
Position edges (SUPPORTS, OPPOSES, …) are recomputed at once. An unknown id exits with 1.`,
  export: `Usage: stancegraph export --format graphml|csv|json|jsonld [--out FILE|DIR]

Writes the graph to FILE (or DIR/stancegraph.graphml, DIR/stancegraph-claims.csv,
DIR/stancegraph.json, DIR/stancegraph.jsonld), or to standard output without --out:
  graphml  actors and issues as nodes; SUPPORTS/OPPOSES/MIXED_ON/NEUTRAL_ON (claims, first,
           last) and PART_OF as edges, every property an attribute (for Gephi, yEd, networkx)
  csv      one row per claim and article carrying it: claim, actor, issue, stance, qualifiers,
           quote, start, end, confidence, article, file, outlet, date, review columns
           (UTF-8 with a byte-order mark so that Excel shows Arabic)
  json     everything: issues, actors, merges, articles with their text, claims with every
           occurrence, positions
  jsonld   linked data with provenance: each claim a schema.org Claim by its actor about its
           issue, every article carrying it an appearance with the quote, its offsets, and the
           article's URL, date and outlet`,
  analyse: `Usage: stancegraph analyse alignment [--issue ID]... [--aggregation congruence|conflict|subtract]
         [--normalization none|average|jaccard|cosine] [--min-claims N] [--max-nodes 300] [--from YYYY-MM-DD]
         [--to YYYY-MM-DD] [--outlet NAME] [--write] [--format text|json|graphml]

The actor network as the Discourse Network Analyzer computes it (two actors tied by taking the
same side of an issue, the opposite side, or congruence minus conflict; normalised as DNA does),
over every issue or those given, the claims in the window and outlet, actors with at least N
supporting or opposing claims (at most --max-nodes, those with most claims); with its coalitions (seeded Louvain communities of the congruence
network). text lists coalitions and the strongest ties; json is the whole network; graphml is
for Gephi. --write replaces the (Actor)-[:ALIGNED_WITH]->(Actor) edges of this scope (the issue
id, or "all") for Neo4j Browser (cypher/browser/aligned-with.cypher shows them).`,
  calibrate: `Usage: stancegraph calibrate [--bins 5] [--out data/calibration.json]

Extracts the annotated fixtures (test/fixtures/gold.json and every test/fixtures/<set>/gold.json)
with raw confidence, checks each claim against the gold, prints the reliability table (bins of
predicted confidence against observed precision) and writes the calibration map that ingest
applies to every claim's confidence.`,
};

export type ParsedCommand =
  | { command: 'help'; topic: CommandName | 'main' }
  | { [K in CommandName]: { command: K; flags: z.infer<(typeof FlagSchemas)[K]> } }[CommandName];

function isCommand(word: string | undefined): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word ?? '');
}

/** Parses argv (without node and script) and validates every flag with zod; problems are InputErrors. */
export function parseCommand(argv: readonly string[]): ParsedCommand {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { command: 'help', topic: isCommand(rest[0]) ? rest[0] : 'main' };
  if (!isCommand(first)) throw new InputError(`unknown command "${first}"; run 'stancegraph --help'`);
  if (rest.includes('--help') || rest.includes('-h')) return { command: 'help', topic: first };
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: OPTION_SPECS[first], allowPositionals: true, strict: true });
  } catch (cause) {
    throw new InputError(`${first}: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`, { cause });
  }
  const result = FlagSchemas[first].safeParse({ ...parsed.values, positionals: parsed.positionals });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.length > 0 ? `${i.path.join('.').replace('positionals', 'arguments')}: ` : ''}${i.message}`);
    throw new InputError(`${first}: ${problems.join('; ')}`);
  }
  return { command: first, flags: result.data } as ParsedCommand;
}
