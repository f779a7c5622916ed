-- INSERT OR REPLACE with an existing id deletes the old row without firing the delete trigger
-- (SQLite fires it only with recursive_triggers on): refuse an insert whose id is taken.
CREATE TRIGGER "AuditEvent_no_replace" BEFORE INSERT ON "AuditEvent"
WHEN EXISTS (SELECT 1 FROM "AuditEvent" WHERE "id" = NEW."id")
BEGIN
  SELECT RAISE(ABORT, 'AuditEvent is append-only');
END;
