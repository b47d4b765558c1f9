import type { ActorType as DomainActorType } from '../../ingest/model.js';

/** The GraphQL enum's internal values are the gazetteer's types, so resolvers never convert. */
export const ActorType = {
  GOVERNMENT: 'government',
  MINISTRY: 'ministry',
  MILITARY: 'military',
  PERSON: 'person',
  OFFICIAL: 'official',
  FACTION: 'faction',
  PARTY: 'party',
  ANALYST: 'analyst',
  DIPLOMATIC_SOURCE: 'diplomatic-source',
  SOURCE: 'source',
  LEGISLATURE: 'legislature',
  PUBLIC: 'public',
  ORGANIZATION: 'organization',
  COUNTRY: 'country',
} as const satisfies Record<string, DomainActorType>;
