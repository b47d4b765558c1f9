import { LoadJobSchema, runLoad } from './load.js';

/**
 * The load generator of `npm run bench:api` as a process of its own, forked for each run: one
 * job in, one result out (IPC). In the benchmark's process, autocannon's work (sending, parsing
 * every answer, its histograms) would run on the event loop of the servers under test and be
 * charged to their latency, the more so the faster they answer.
 */
process.once('message', (message) => {
  runLoad(LoadJobSchema.parse(message))
    .then((result) => process.send?.(result, () => process.disconnect()))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 2;
      process.disconnect();
    });
});
