-- The audit trail is append-only: refuse every UPDATE and DELETE.
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN
  SELECT RAISE(ABORT, 'AuditEvent is append-only');
END;

CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN
  SELECT RAISE(ABORT, 'AuditEvent is append-only');
END;

-- Chinese full-text search over commitments: FTS5 with the trigram tokenizer
-- (works on any script without a word segmenter). Kept in sync by triggers.
CREATE VIRTUAL TABLE "CommitmentSearch" USING fts5(
  quote, metric, sector, entities,
  content='Commitment', content_rowid='id', tokenize='trigram'
);

CREATE TRIGGER "Commitment_search_insert" AFTER INSERT ON "Commitment" BEGIN
  INSERT INTO "CommitmentSearch"(rowid, quote, metric, sector, entities)
  VALUES (new.id, new.quote, new.metric, coalesce(new.sector, ''), new.entities);
END;

CREATE TRIGGER "Commitment_search_delete" AFTER DELETE ON "Commitment" BEGIN
  INSERT INTO "CommitmentSearch"("CommitmentSearch", rowid, quote, metric, sector, entities)
  VALUES ('delete', old.id, old.quote, old.metric, coalesce(old.sector, ''), old.entities);
END;

CREATE TRIGGER "Commitment_search_update" AFTER UPDATE OF quote, metric, sector, entities ON "Commitment" BEGIN
  INSERT INTO "CommitmentSearch"("CommitmentSearch", rowid, quote, metric, sector, entities)
  VALUES ('delete', old.id, old.quote, old.metric, coalesce(old.sector, ''), old.entities);
  INSERT INTO "CommitmentSearch"(rowid, quote, metric, sector, entities)
  VALUES (new.id, new.quote, new.metric, coalesce(new.sector, ''), new.entities);
END;
