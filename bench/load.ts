import autocannon from 'autocannon';
import { z } from 'zod';

/** One run of the load generator: `bodies` are POSTed in turn, one per request. */
export const LoadJobSchema = z.object({
  url: z.string(),
  bodies: z.array(z.string()).min(1),
  seconds: z.number().positive(),
  connections: z.number().int().positive(),
});
export type LoadJob = z.infer<typeof LoadJobSchema>;

export const LoadResultSchema = z.object({
  rps: z.number(),
  p50: z.number(),
  p99: z.number(),
  requests: z.number(),
  failures: z.number(),
});
export type LoadResult = z.infer<typeof LoadResultSchema>;

/** Runs autocannon against `job.url` on loopback. */
export async function runLoad(job: LoadJob): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          const body = job.bodies[next++ % job.bodies.length]!;
          return { ...request, body };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.non2xx + result.timeouts,
  };
}
