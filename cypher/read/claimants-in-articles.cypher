UNWIND $ids AS id
MATCH (:Article {id: id})<-[:IN]-(:Claim)<-[:MADE]-(a:Actor)
RETURN DISTINCT a.id AS id
