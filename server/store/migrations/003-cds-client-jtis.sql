-- The `jti`s of CDS client JWTs already accepted, until they expire, so that a token cannot be
-- replayed against another instance or cluster worker of the service (the in-process memory of one
-- instance cannot see the others). Not an audit record: expired rows are deleted.

CREATE TABLE cds_client_jtis (
  key text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX cds_client_jtis_expires_at ON cds_client_jtis (expires_at);
