#!/usr/bin/env node
import { loadConfig } from '../config/env.js';
import { isUserFacing } from '../errors.js';
import { isLocalNeo4jError } from '../localdb/local-neo4j.js';
import { HELP, parseCommand, type ParsedCommand } from './args.js';

async function dispatch(parsed: ParsedCommand): Promise<number> {
  if (parsed.command === 'help') {
    process.stdout.write(`${HELP[parsed.topic]}\n`);
    return 0;
  }
  const config = loadConfig();
  switch (parsed.command) {
    case 'extract': {
      const { runExtract } = await import('./commands/extract.js');
      return runExtract(config, { files: parsed.flags.positionals, format: parsed.flags.format, explain: parsed.flags.explain });
    }
    case 'ingest': {
      const { runIngest } = await import('./commands/ingest.js');
      return runIngest(config, { paths: parsed.flags.positionals, format: parsed.flags.format });
    }
    case 'serve':
    case 'start': {
      const { runServe } = await import('./commands/start.js');
      return runServe(config, { host: parsed.flags.host ?? config.http.host, port: parsed.flags.port ?? config.http.port, ingestSample: parsed.command === 'start' });
    }
    case 'neo4j': {
      const { runNeo4j } = await import('./commands/neo4j.js');
      return runNeo4j(config, parsed.flags.positionals[0], parsed.flags.format);
    }
    case 'eval': {
      const { runEval } = await import('./commands/eval.js');
      return runEval(config, { gold: parsed.flags.gold, files: parsed.flags.positionals, format: parsed.flags.format });
    }
    case 'review': {
      const { runReview } = await import('./commands/review.js');
      return runReview(config, { action: parsed.flags.positionals, stance: parsed.flags.stance, by: parsed.flags.by, format: parsed.flags.format });
    }
    case 'export': {
      const { runExport } = await import('./commands/export.js');
      return runExport(config, { format: parsed.flags.format, out: parsed.flags.out });
    }
    case 'analyse': {
      const { runAnalyse } = await import('./commands/analyse.js');
      const f = parsed.flags;
      return runAnalyse(config, {
        issues: f.issue,
        aggregation: f.aggregation,
        normalization: f.normalization,
        minClaims: f['min-claims'],
        maxNodes: f['max-nodes'],
        from: f.from,
        to: f.to,
        outlet: f.outlet,
        write: f.write,
        format: f.format,
      });
    }
    case 'calibrate': {
      const { runCalibrate } = await import('./commands/calibrate.js');
      return runCalibrate(config, { bins: parsed.flags.bins, out: parsed.flags.out });
    }
  }
}

/**
 * The one place that turns errors into messages and exit codes: 1 for the user's to fix, 2 for
 * ours. Either way one short message and no stack trace (it can hold file paths and Cypher), unless
 * STANCEGRAPH_DEBUG=1 asks for it.
 */
async function main(): Promise<void> {
  // `stancegraph extract … | head`: a reader that stops early is done with the output, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  try {
    process.exitCode = await dispatch(parseCommand(process.argv.slice(2)));
  } catch (error) {
    if (isUserFacing(error) || isLocalNeo4jError(error)) {
      process.stderr.write(`stancegraph: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      const stack = error instanceof Error && wantsStackTraces() ? `\n${error.stack}` : '';
      process.stderr.write(`stancegraph: internal error: ${message}${stack}\n(a bug in stancegraph; STANCEGRAPH_DEBUG=1 shows where)\n`);
      process.exitCode = 2;
    }
  }
}

function wantsStackTraces(): boolean {
  try {
    return loadConfig().debug;
  } catch {
    return false;
  }
}

await main();
