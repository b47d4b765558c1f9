import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { findProjectRoot } from '../config/env.js';
import { Actor } from './resolvers/Actor.js';
import { ActorType } from './resolvers/ActorType.js';
import { ActorHit, AlignmentNode, ClaimHit, StanceCell } from './resolvers/Analytics.js';
import { discourseResolvers, DiscourseQuery } from './resolvers/Discourse.js';
import { Interval } from './resolvers/Interval.js';
import { Mutation } from './resolvers/Mutation.js';
import { Article } from './resolvers/Article.js';
import { Claim } from './resolvers/Claim.js';
import { Position } from './resolvers/Position.js';
import { Query } from './resolvers/Query.js';
import { Stance } from './resolvers/Stance.js';

export const resolvers = { Query: { ...Query, ...DiscourseQuery }, Mutation, Actor, Position, Claim, Article, Stance, ActorType, Interval, StanceCell, AlignmentNode, ActorHit, ClaimHit, ...discourseResolvers };

/** schema.graphql (the API contract) with its resolvers; a resolver for a field the schema lacks is an error. */
export function createSchema(schemaFile = path.join(findProjectRoot(), 'schema.graphql')): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readFileSync(schemaFile, 'utf8'),
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
