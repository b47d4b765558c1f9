MATCH (a:Actor {id: $actorId})
WITH a, $alias IN coalesce(a.reviewedAliases, []) AS known
SET a.reviewedAliases = CASE WHEN known THEN a.reviewedAliases ELSE coalesce(a.reviewedAliases, []) + $alias END,
    a.aliases = CASE WHEN $alias IN coalesce(a.aliases, []) THEN a.aliases ELSE coalesce(a.aliases, []) + $alias END,
    a.reviewedSearch = CASE WHEN known THEN a.reviewedSearch ELSE trim(coalesce(a.reviewedSearch, '') + ' ' + $search) END,
    a.search = CASE WHEN known THEN a.search ELSE trim(coalesce(a.search, '') + ' ' + $search) END,
    a.reviewedBy = $reviewedBy,
    a.reviewedAt = $reviewedAt
RETURN a.id AS id
