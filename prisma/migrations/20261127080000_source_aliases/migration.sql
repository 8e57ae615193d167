-- CreateTable
CREATE TABLE "SourceAlias" (
    "id" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceAlias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceAlias_domain_key" ON "SourceAlias"("domain");

-- CreateIndex
CREATE INDEX "SourceAlias_sourceId_idx" ON "SourceAlias"("sourceId");

-- AddForeignKey
ALTER TABLE "SourceAlias" ADD CONSTRAINT "SourceAlias_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand: a domain is either one source's domain or one source's alias, never both
-- (each table's unique index covers its own side). A transaction-scoped advisory lock on the
-- domain serialises writers of the same domain across the two tables, so two transactions
-- cannot each miss the other's uncommitted row. The error is a unique violation, which the app
-- already answers as "domain taken".
CREATE FUNCTION source_domain_once() RETURNS trigger AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('source-domain:' || NEW.domain, 0));
  IF (TG_TABLE_NAME = 'Source' AND EXISTS (SELECT 1 FROM "SourceAlias" WHERE domain = NEW.domain))
     OR (TG_TABLE_NAME = 'SourceAlias' AND EXISTS (SELECT 1 FROM "Source" WHERE domain = NEW.domain)) THEN
    RAISE EXCEPTION 'the domain % is already in the source registry', NEW.domain
      USING ERRCODE = 'unique_violation', DETAIL = format('Key (domain)=(%s) is both a source''s domain and an alias.', NEW.domain);
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER source_domain_once
  BEFORE INSERT OR UPDATE OF domain ON "Source"
  FOR EACH ROW EXECUTE FUNCTION source_domain_once();

CREATE TRIGGER source_domain_once
  BEFORE INSERT OR UPDATE OF domain ON "SourceAlias"
  FOR EACH ROW EXECUTE FUNCTION source_domain_once();
