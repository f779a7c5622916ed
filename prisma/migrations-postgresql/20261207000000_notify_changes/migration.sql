-- Cache invalidation across app processes: every committed write sends NOTIFY taizhang_data (payload: the
-- table). Statement-level, so a bulk insert sends one; PostgreSQL delivers it only after the commit and
-- folds identical notifications of one transaction into one. Each app process LISTENs and drops its
-- cached public pages and aggregates (data-version.mjs).
CREATE FUNCTION "taizhang_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('taizhang_data', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

-- Gives every table of the schema its trigger, except the ones no public page reads (sessions, login
-- throttling, API token use, the inbox and its email pump: they change on every sign-in or API call)
-- and the migration journal. Idempotent: every generated migration calls it again for its new tables.
CREATE FUNCTION "taizhang_ensure_notify_triggers"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t text;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
      AND c.relname NOT IN ('_taizhang_migrations', 'Session', 'RateLimit', 'ApiToken', 'Notification')
      AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = c.relname || '_notify')
  LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "taizhang_notify_change"()',
      t || '_notify', t);
  END LOOP;
END
$$;

SELECT "taizhang_ensure_notify_triggers"();
