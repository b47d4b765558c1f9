import type { Config } from '../../config/env.js';
import type { Stance } from '../../ingest/model.js';
import { addActorAlias, mergeActors } from '../../store/review.js';
import { reviewClaim } from '../../store/write.js';
import { connectStore } from '../connect.js';
import { createProgress } from '../output.js';

export type ReviewAction = ['claim', string] | ['reject', string] | ['merge', string, string] | ['alias', string, string];

export interface ReviewOptions {
  action: ReviewAction;
  /** Only with `claim`. */
  stance?: Stance | undefined;
  by: string;
  format: 'json' | 'text';
}

export interface ReviewOutcome {
  action: ReviewAction[0];
  reviewedBy: string;
  reviewedAt: string;
  message: string;
}

/** Applies one review to the graph; an unknown id is a NotFoundError (exit 1). */
export async function applyReview(config: Config, options: ReviewOptions): Promise<ReviewOutcome> {
  const progress = createProgress({ quiet: config.ci || options.format === 'json' });
  const { store } = await connectStore(config, progress);
  const reviewedAt = new Date();
  const reviewedBy = options.by;
  try {
    const action = options.action;
    let message: string;
    switch (action[0]) {
      case 'claim':
        await reviewClaim(store, { claimId: action[1], reviewedBy, reviewedAt, stance: options.stance });
        message = `claim ${action[1]}: stance ${options.stance ?? '(unchanged)'}`;
        break;
      case 'reject':
        await reviewClaim(store, { claimId: action[1], reviewedBy, reviewedAt, rejected: true });
        message = `claim ${action[1]}: rejected`;
        break;
      case 'merge': {
        const result = await mergeActors(store, { fromId: action[1], intoId: action[2], reviewedBy, reviewedAt });
        message = `actor ${action[1]} merged into ${result.intoId}: ${result.moved} claims moved`;
        break;
      }
      case 'alias':
        await addActorAlias(store, { actorId: action[1], alias: action[2], reviewedBy, reviewedAt });
        message = `actor ${action[1]}: alias "${action[2]}" added`;
        break;
    }
    return { action: action[0], reviewedBy, reviewedAt: reviewedAt.toISOString(), message };
  } finally {
    await store.close();
  }
}

export async function runReview(config: Config, options: ReviewOptions): Promise<number> {
  const outcome = await applyReview(config, options);
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
  else process.stdout.write(`${outcome.message} (reviewed by ${outcome.reviewedBy} at ${outcome.reviewedAt}); positions recomputed\n`);
  return 0;
}
