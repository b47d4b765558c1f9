// stancegraph: actors whose stance on an issue changed over time (neutral and rejected claims aside),
// with the dated sequence of their stances. A claim is dated by the first article carrying it.
// First run   :param issue => 'withdrawal'
MATCH (a:Actor)-[:MADE]->(c:Claim)-[:ABOUT]->(i:Issue {id: $issue})
WHERE coalesce(c.rejected, false) = false AND c.stance <> 'neutral'
MATCH (c)-[:IN]->(art:Article)
WITH a, c, min(art.publishedAt) AS said
WHERE said IS NOT NULL
WITH a, c, said ORDER BY said, c.id
WITH a, collect({said: said, stance: c.stance}) AS timeline
WITH a, timeline, size([k IN range(1, size(timeline) - 1) WHERE timeline[k].stance <> timeline[k - 1].stance]) AS changes
WHERE changes > 0
RETURN a.name AS actor, a.nameAr AS actorAr, changes,
       timeline[0].stance AS firstStance, timeline[0].said AS firstSaid,
       timeline[-1].stance AS lastStance, timeline[-1].said AS lastSaid,
       [t IN timeline | t.said + ' ' + t.stance] AS timeline
ORDER BY changes DESC, actor
