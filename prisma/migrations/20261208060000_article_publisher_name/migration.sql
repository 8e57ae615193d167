-- A publisher named without a web address that matches no source in the registry is kept on the
-- article as typed (shown as "not in the registry") instead of being discarded.
ALTER TABLE "Article" ADD COLUMN "publisherName" TEXT;
