MATCH (n)
WHERE (n:Actor OR n:Claim) AND n.search IS NULL
RETURN elementId(n) AS elementId,
       CASE WHEN n:Claim THEN [n.quote] ELSE [n.name, n.nameAr, n.nameEn] + coalesce(n.aliases, []) END AS texts
LIMIT toInteger($limit)
