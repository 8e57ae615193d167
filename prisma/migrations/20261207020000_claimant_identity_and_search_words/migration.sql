-- Claimant identity and the public search's vocabulary
-- (docs/decisions/018-claimant-identity-and-forgiving-search.md). Tables and indexes as
-- `prisma migrate diff` generated them; the functions and triggers below them written by hand.

-- AlterTable
ALTER TABLE "Claimant" ADD COLUMN     "nameKey" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ClaimantAlias" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "claimantId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimantAlias_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,
    "documents" INTEGER NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateTable
CREATE TABLE "VerdictSearchWords" (
    "verdictId" TEXT NOT NULL,
    "words" TEXT[],

    CONSTRAINT "VerdictSearchWords_pkey" PRIMARY KEY ("verdictId")
);

-- CreateIndex
CREATE INDEX "ClaimantAlias_nameKey_idx" ON "ClaimantAlias"("nameKey");

-- CreateIndex
CREATE INDEX "ClaimantAlias_claimantId_idx" ON "ClaimantAlias"("claimantId");

-- CreateIndex
CREATE INDEX "Claimant_nameKey_idx" ON "Claimant"("nameKey");

-- AddForeignKey
ALTER TABLE "ClaimantAlias" ADD CONSTRAINT "ClaimantAlias_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Claimant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------- written by hand

-- Who a claimant name means: lower case, punctuation as spaces, without a leading "the", and
-- without a title before a full name. "the National Statistics Office" and "National Statistics
-- Office" → "national statistics office"; "Energy Minister Piet Haldane", "Dr. Piet Haldane" and
-- "Piet Haldane" → "piet haldane". A title is dropped only when at least two words follow it and
-- they do not start "of …" ("Minister of Energy" stays itself), and "Dr Haldane" keeps its title:
-- a surname alone could be anyone's. Accents are kept ("Varño" is not "Varno").
CREATE FUNCTION claimant_name_key(name text) RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  words text[] := regexp_split_to_array(
    btrim(regexp_replace(lower(name), '[[:space:][:punct:]’‘“”«»–—·]+', ' ', 'g')), ' ');
  honorifics text[] := '{dr,doctor,prof,professor,mr,mrs,ms,mx,miss,sir,dame,lord,lady,rev,reverend,hon,honourable}';
  offices text[] := '{minister,president,senator,sen,mayor,governor,gov,chancellor,premier,secretary,councillor,councilor,ambassador,commissioner,representative,rep,spokesperson,spokesman,spokeswoman,mp,mep}';
  not_a_name text[] := '{of,for,to,and,on,at,in,s}';
BEGIN
  IF words = '{""}' THEN RETURN ''; END IF;
  IF words[1] = 'the' AND cardinality(words) > 1 THEN words := words[2:]; END IF;
  -- An office, with up to two words before it ("deputy prime minister", "energy minister").
  FOR i IN 1..least(3, cardinality(words)) LOOP
    IF words[i] = ANY (offices) AND cardinality(words) - i >= 2 AND words[i + 1] <> ALL (not_a_name) THEN
      words := words[i + 1:];
      EXIT;
    END IF;
  END LOOP;
  WHILE cardinality(words) >= 3 AND words[1] = ANY (honorifics) LOOP
    words := words[2:];
  END LOOP;
  RETURN array_to_string(words, ' ');
END
$$;

CREATE FUNCTION claimant_name_key_update() RETURNS trigger AS $$
BEGIN
  NEW."nameKey" := claimant_name_key(NEW."name");
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER claimant_name_key_update
  BEFORE INSERT OR UPDATE OF "name", "nameKey" ON "Claimant"
  FOR EACH ROW EXECUTE FUNCTION claimant_name_key_update();

UPDATE "Claimant" SET "nameKey" = claimant_name_key("name");

-- The trigram index of the vocabulary ("Did you mean …").
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- The words a published verdict contributes: its claim, conclusion and rationale in the "simple"
-- configuration (lower case, not stemmed, so a suggestion is a word as readers write it), without
-- numbers, addresses and one- or two-letter words.
CREATE FUNCTION verdict_words(verdict_id text) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(w ORDER BY w), '{}')
    FROM "Verdict" v JOIN "Claim" c ON c."id" = v."claimId",
         unnest(tsvector_to_array(to_tsvector('simple'::regconfig, c."text" || ' ' || v."conclusion" || ' ' || v."rationale"))) AS w
   WHERE v."id" = verdict_id AND length(w) BETWEEN 3 AND 40 AND w !~ '[0-9./:@_-]'
$$;

-- Keeps SearchWord in step with "VerdictSearch" (a row exists exactly while a verdict is
-- published): the verdict's words are counted in when its row appears or changes and counted out
-- when it changes or goes. One INSERT in word order, so concurrent publications lock shared words
-- in the same order and wait for each other instead of deadlocking.
CREATE FUNCTION verdict_search_words() RETURNS trigger AS $$
DECLARE
  id text := CASE WHEN TG_OP = 'DELETE' THEN OLD."verdictId" ELSE NEW."verdictId" END;
  old_words text[] := coalesce((SELECT "words" FROM "VerdictSearchWords" WHERE "verdictId" = id), '{}');
  new_words text[] := CASE WHEN TG_OP = 'DELETE' THEN '{}'::text[] ELSE verdict_words(id) END;
BEGIN
  IF old_words = new_words THEN RETURN NULL; END IF;
  INSERT INTO "SearchWord" ("word", "documents")
  SELECT d.word, sum(d.delta)::int
    FROM (SELECT unnest(new_words) AS word, 1 AS delta UNION ALL SELECT unnest(old_words), -1) d
   GROUP BY d.word HAVING sum(d.delta) <> 0
   ORDER BY d.word
  ON CONFLICT ("word") DO UPDATE SET "documents" = "SearchWord"."documents" + EXCLUDED."documents";
  DELETE FROM "SearchWord" WHERE "word" = ANY (old_words) AND "documents" <= 0;
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "VerdictSearchWords" WHERE "verdictId" = id;
  ELSE
    INSERT INTO "VerdictSearchWords" ("verdictId", "words") VALUES (id, new_words)
    ON CONFLICT ("verdictId") DO UPDATE SET "words" = EXCLUDED."words";
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER verdict_search_words
  AFTER INSERT OR UPDATE OR DELETE ON "VerdictSearch"
  FOR EACH ROW EXECUTE FUNCTION verdict_search_words();

-- Recounts the vocabulary from the published verdicts: the back-fill below, and bulk loads that
-- write verdicts with the trigger off (scripts/bench/generate-data.ts).
CREATE FUNCTION rebuild_search_words() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "VerdictSearchWords";
  DELETE FROM "SearchWord";
  INSERT INTO "VerdictSearchWords" ("verdictId", "words") SELECT "verdictId", verdict_words("verdictId") FROM "VerdictSearch";
  INSERT INTO "SearchWord" ("word", "documents")
  SELECT w, count(*)::int FROM "VerdictSearchWords", unnest("words") AS w GROUP BY w;
$$;

SELECT rebuild_search_words();
ANALYZE "SearchWord";
