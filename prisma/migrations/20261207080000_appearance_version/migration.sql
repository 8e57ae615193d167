-- Appearances are edited on the claim desk (re-selected, removed): each save names the version it
-- was based on, as evidence does, so that two people's edits cannot silently overwrite each other.
ALTER TABLE "Appearance" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
