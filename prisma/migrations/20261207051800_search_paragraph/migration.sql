-- Search also reads the paragraph that holds each promise: the FTS5 index gets that column.
DROP TRIGGER "Commitment_search_insert";
DROP TRIGGER "Commitment_search_delete";
DROP TRIGGER "Commitment_search_update";
DROP TABLE "CommitmentSearch";

CREATE VIRTUAL TABLE "CommitmentSearch" USING fts5(
  quote, metric, sector, entities, paragraph,
  content='Commitment', content_rowid='id', tokenize='trigram'
);

CREATE TRIGGER "Commitment_search_insert" AFTER INSERT ON "Commitment" BEGIN
  INSERT INTO "CommitmentSearch"(rowid, quote, metric, sector, entities, paragraph)
  VALUES (new.id, new.quote, new.metric, coalesce(new.sector, ''), new.entities, coalesce(new.paragraph, ''));
END;

CREATE TRIGGER "Commitment_search_delete" AFTER DELETE ON "Commitment" BEGIN
  INSERT INTO "CommitmentSearch"("CommitmentSearch", rowid, quote, metric, sector, entities, paragraph)
  VALUES ('delete', old.id, old.quote, old.metric, coalesce(old.sector, ''), old.entities, coalesce(old.paragraph, ''));
END;

CREATE TRIGGER "Commitment_search_update" AFTER UPDATE OF quote, metric, sector, entities, paragraph ON "Commitment" BEGIN
  INSERT INTO "CommitmentSearch"("CommitmentSearch", rowid, quote, metric, sector, entities, paragraph)
  VALUES ('delete', old.id, old.quote, old.metric, coalesce(old.sector, ''), old.entities, coalesce(old.paragraph, ''));
  INSERT INTO "CommitmentSearch"(rowid, quote, metric, sector, entities, paragraph)
  VALUES (new.id, new.quote, new.metric, coalesce(new.sector, ''), new.entities, coalesce(new.paragraph, ''));
END;

INSERT INTO "CommitmentSearch"("CommitmentSearch") VALUES ('rebuild');
