CREATE INDEX claim_stance IF NOT EXISTS FOR (c:Claim) ON (c.stance)
