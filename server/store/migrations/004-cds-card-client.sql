-- The CDS client (the EHR's JWT issuer) a card was returned to, so that feedback is accepted only from
-- the EHR that showed the card (issue 16: any trusted EHR could post feedback on any card id). Cards
-- stored before this migration have none; their feedback is checked by service only.

ALTER TABLE cds_cards ADD COLUMN client_iss text;
