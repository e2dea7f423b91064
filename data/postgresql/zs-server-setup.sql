-- zs-server-setup.sql — who may change what on a bureau's Zhaoshang server
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Run by the bureau's IT person as PostgreSQL's superuser, in the bureau's
-- database, once Zhaoshang has made its tables there (docs/server-setup.md):
--
--   sudo -u postgres psql -d bureau -f zs-server-setup.sql
--
-- and again after each new version of Zhaoshang upgraded the schema (it is
-- safe to run any number of times). It makes three group roles and lets
-- the server, not only the window, enforce what each may change:
--
--   管理员   everything: units, staff, targets, the catalogue, settings
--   局领导   reads everything; writes comments and 批示 on projects
--            (update_logs), 批示 and 督办 items on projects, leads and
--            carriers (instructions, supervisions) and closes them
--   单位用户 changes the projects, leads, activities and carriers of their
--            own unit, and what belongs to those projects; replies to the
--            督办 items given to their unit; reads the rest
--
-- Each clerk is a login role in one of the groups, linked to a person of
-- the staff list (whose unit is the clerk's unit):
--
--   CREATE ROLE zhangsan LOGIN PASSWORD '…' IN ROLE "单位用户";
--   SELECT zs_link_clerk ('zhangsan', '张三');
--
-- The history names the real user: the person linked to the login role
-- and the login role itself, whatever the window said.

\set ON_ERROR_STOP on

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '管理员') THEN
    CREATE ROLE "管理员" NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '局领导') THEN
    CREATE ROLE "局领导" NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '单位用户') THEN
    CREATE ROLE "单位用户" NOLOGIN;
  END IF;
  IF to_regclass ('zs_schema') IS NULL THEN
    RAISE EXCEPTION 'Zhaoshang has not made its tables in this database yet: open it once with Zhaoshang (zhaoshang --db postgresql://…/%) first. 招商工作台尚未在此数据库中建表：请先用招商工作台打开一次。', current_database ();
  END IF;
END
$$;

-- Every table is the administrators': their members have every right and
-- are not held by the policies below (a table's owner is not).
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    EXECUTE format ('ALTER TABLE %I OWNER TO "管理员"', t);
  END LOOP;
  FOR t IN SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' LOOP
    EXECUTE format ('ALTER SEQUENCE %I OWNER TO "管理员"', t);
  END LOOP;
  EXECUTE format ('GRANT CONNECT ON DATABASE %I TO "管理员", "局领导", "单位用户"', current_database ());
END
$$;
GRANT CREATE, USAGE ON SCHEMA public TO "管理员";

-- Which staff person each login role is.
CREATE TABLE IF NOT EXISTS zs_clerks (
  role_name name PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE
);
ALTER TABLE zs_clerks OWNER TO "管理员";

CREATE OR REPLACE FUNCTION zs_link_clerk (login name, person text) RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  pid bigint;
BEGIN
  SELECT id INTO pid FROM people WHERE name = person ORDER BY id LIMIT 1;
  IF pid IS NULL THEN
    RAISE EXCEPTION '人员名单中没有“%”：请先在招商工作台的“单位和人员”中添加。', person;
  END IF;
  INSERT INTO zs_clerks (role_name, person_id) VALUES (login, pid)
    ON CONFLICT (role_name) DO UPDATE SET person_id = excluded.person_id;
END
$$;

-- The unit of the clerk connected now; NULL for a login linked to no one.
CREATE OR REPLACE FUNCTION zs_my_unit () RETURNS bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT p.unit_id FROM zs_clerks AS c JOIN people AS p ON p.id = c.person_id
  WHERE c.role_name = session_user
$$;
ALTER FUNCTION zs_my_unit () OWNER TO "管理员";

-- Whether an attachment's owner is a record of the connected clerk's unit:
-- one of its projects, leads, carriers or activities, or its reply to a
-- 督办 item given to it.
CREATE OR REPLACE FUNCTION zs_attachment_is_mine (project bigint, lead bigint, carrier bigint, activity bigint,
                                                  reply bigint)
  RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT EXISTS (SELECT 1 FROM projects WHERE id = project AND unit_id = zs_my_unit ())
      OR EXISTS (SELECT 1 FROM leads WHERE id = lead AND unit_id = zs_my_unit ())
      OR EXISTS (SELECT 1 FROM carriers WHERE id = carrier AND unit_id = zs_my_unit ())
      OR EXISTS (SELECT 1 FROM activities WHERE id = activity AND unit_id = zs_my_unit ())
      OR EXISTS (SELECT 1 FROM supervision_replies AS r JOIN supervisions AS s ON s.id = r.supervision_id
                 WHERE r.id = reply AND s.unit_id = zs_my_unit ())
$$;
ALTER FUNCTION zs_attachment_is_mine (bigint, bigint, bigint, bigint, bigint) OWNER TO "管理员";

-- Who the history names: the linked person and the login role.
CREATE OR REPLACE FUNCTION zs_history_who () RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
AS $$
DECLARE
  person text;
BEGIN
  SELECT p.name INTO person FROM zs_clerks AS c JOIN people AS p ON p.id = c.person_id
  WHERE c.role_name = session_user;
  NEW.who := coalesce (person, NEW.who) || '（' || session_user || '）';
  RETURN NEW;
END
$$;
ALTER FUNCTION zs_history_who () OWNER TO "管理员";
DROP TRIGGER IF EXISTS history_who ON history;
CREATE TRIGGER history_who BEFORE INSERT ON history FOR EACH ROW EXECUTE FUNCTION zs_history_who ();

-- ---- rights ------------------------------------------------------------------

GRANT USAGE ON SCHEMA public TO "局领导", "单位用户";
GRANT SELECT ON ALL TABLES IN SCHEMA public TO "局领导", "单位用户";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "局领导", "单位用户";
GRANT INSERT ON history TO "局领导", "单位用户";
GRANT INSERT ON update_logs TO "局领导";
GRANT INSERT, UPDATE, DELETE ON instructions, supervisions, supervision_replies TO "局领导";
GRANT INSERT ON trash TO "局领导";
GRANT INSERT, UPDATE, DELETE ON supervision_replies TO "单位用户";
GRANT INSERT, UPDATE, DELETE ON projects, leads, activities, carriers,
  stage_events, obstacles, update_logs, space_needs, funds_entries, activity_links,
  trash, import_marks, attachments, attachment_chunks TO "单位用户";
-- The date of this PC's last automatic copy is a setting too.
GRANT INSERT, UPDATE ON settings TO "局领导", "单位用户";

-- ---- row-level security ----------------------------------------------------

DO $$
DECLARE
  t text;
BEGIN
  -- A unit's own records.
  FOREACH t IN ARRAY ARRAY['projects', 'leads', 'activities', 'carriers'] LOOP
    EXECUTE format ('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format ('DROP POLICY IF EXISTS zs_read ON %I', t);
    EXECUTE format ('CREATE POLICY zs_read ON %I FOR SELECT USING (true)', t);
    EXECUTE format ('DROP POLICY IF EXISTS zs_unit_insert ON %I', t);
    EXECUTE format ('CREATE POLICY zs_unit_insert ON %I FOR INSERT TO "单位用户" '
                    'WITH CHECK (unit_id = zs_my_unit ())', t);
    EXECUTE format ('DROP POLICY IF EXISTS zs_unit_update ON %I', t);
    EXECUTE format ('CREATE POLICY zs_unit_update ON %I FOR UPDATE TO "单位用户" '
                    'USING (unit_id = zs_my_unit ()) WITH CHECK (unit_id = zs_my_unit ())', t);
    EXECUTE format ('DROP POLICY IF EXISTS zs_unit_delete ON %I', t);
    EXECUTE format ('CREATE POLICY zs_unit_delete ON %I FOR DELETE TO "单位用户" '
                    'USING (unit_id = zs_my_unit ())', t);
  END LOOP;

  -- What belongs to a unit's projects.
  FOREACH t IN ARRAY ARRAY['stage_events', 'obstacles', 'update_logs', 'space_needs', 'funds_entries'] LOOP
    EXECUTE format ('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format ('DROP POLICY IF EXISTS zs_read ON %I', t);
    EXECUTE format ('CREATE POLICY zs_read ON %I FOR SELECT USING (true)', t);
    EXECUTE format ('DROP POLICY IF EXISTS zs_unit_write ON %I', t);
    EXECUTE format ('CREATE POLICY zs_unit_write ON %I FOR ALL TO "单位用户" '
                    'USING (EXISTS (SELECT 1 FROM projects AS p WHERE p.id = project_id AND p.unit_id = zs_my_unit ())) '
                    'WITH CHECK (EXISTS (SELECT 1 FROM projects AS p WHERE p.id = project_id AND p.unit_id = zs_my_unit ()))', t);
  END LOOP;

  ALTER TABLE activity_links ENABLE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS zs_read ON activity_links;
  CREATE POLICY zs_read ON activity_links FOR SELECT USING (true);
  DROP POLICY IF EXISTS zs_unit_write ON activity_links;
  CREATE POLICY zs_unit_write ON activity_links FOR ALL TO "单位用户"
    USING (EXISTS (SELECT 1 FROM activities AS a WHERE a.id = activity_id AND a.unit_id = zs_my_unit ()))
    WITH CHECK (EXISTS (SELECT 1 FROM activities AS a WHERE a.id = activity_id AND a.unit_id = zs_my_unit ()));

  -- Attachments: on the unit's own projects, leads, carriers and
  -- activities and its replies to 督办 items (enterprises and partners are
  -- the 管理员's). Their bytes
  -- follow the attachment row, which the store writes first; bytes no
  -- attachment names any more may be cleared by anyone.
  ALTER TABLE attachments ENABLE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS zs_read ON attachments;
  CREATE POLICY zs_read ON attachments FOR SELECT USING (true);
  DROP POLICY IF EXISTS zs_unit_write ON attachments;
  CREATE POLICY zs_unit_write ON attachments FOR ALL TO "单位用户"
    USING (zs_attachment_is_mine (project_id, lead_id, carrier_id, activity_id, supervision_reply_id))
    WITH CHECK (zs_attachment_is_mine (project_id, lead_id, carrier_id, activity_id, supervision_reply_id));

  ALTER TABLE attachment_chunks ENABLE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS zs_read ON attachment_chunks;
  CREATE POLICY zs_read ON attachment_chunks FOR SELECT USING (true);
  DROP POLICY IF EXISTS zs_unit_write ON attachment_chunks;
  CREATE POLICY zs_unit_write ON attachment_chunks FOR ALL TO "单位用户"
    USING (NOT EXISTS (SELECT 1 FROM attachments AS a WHERE a.uuid = attachment_uuid)
           OR EXISTS (SELECT 1 FROM attachments AS a WHERE a.uuid = attachment_uuid
                      AND zs_attachment_is_mine (a.project_id, a.lead_id, a.carrier_id, a.activity_id, a.supervision_reply_id)))
    WITH CHECK (EXISTS (SELECT 1 FROM attachments AS a WHERE a.uuid = attachment_uuid
                        AND zs_attachment_is_mine (a.project_id, a.lead_id, a.carrier_id, a.activity_id, a.supervision_reply_id)));

  -- 局领导's 批示.
  DROP POLICY IF EXISTS zs_leader_comment ON update_logs;
  CREATE POLICY zs_leader_comment ON update_logs FOR INSERT TO "局领导" WITH CHECK (true);

  -- 批示 and 督办 items are the leaders'; a unit answers those given to it.
  ALTER TABLE instructions ENABLE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS zs_read ON instructions;
  CREATE POLICY zs_read ON instructions FOR SELECT USING (true);
  DROP POLICY IF EXISTS zs_leader_write ON instructions;
  CREATE POLICY zs_leader_write ON instructions FOR ALL TO "局领导" USING (true) WITH CHECK (true);
  ALTER TABLE supervisions ENABLE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS zs_read ON supervisions;
  CREATE POLICY zs_read ON supervisions FOR SELECT USING (true);
  DROP POLICY IF EXISTS zs_leader_write ON supervisions;
  CREATE POLICY zs_leader_write ON supervisions FOR ALL TO "局领导" USING (true) WITH CHECK (true);
  ALTER TABLE supervision_replies ENABLE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS zs_read ON supervision_replies;
  CREATE POLICY zs_read ON supervision_replies FOR SELECT USING (true);
  DROP POLICY IF EXISTS zs_leader_write ON supervision_replies;
  CREATE POLICY zs_leader_write ON supervision_replies FOR ALL TO "局领导" USING (true) WITH CHECK (true);
  DROP POLICY IF EXISTS zs_unit_reply ON supervision_replies;
  CREATE POLICY zs_unit_reply ON supervision_replies FOR ALL TO "单位用户"
    USING (EXISTS (SELECT 1 FROM supervisions AS s WHERE s.id = supervision_id AND s.unit_id = zs_my_unit ()))
    WITH CHECK (EXISTS (SELECT 1 FROM supervisions AS s WHERE s.id = supervision_id AND s.unit_id = zs_my_unit ()));

  -- Of the settings, only the date of the last automatic copy.
  ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS zs_read ON settings;
  CREATE POLICY zs_read ON settings FOR SELECT USING (true);
  DROP POLICY IF EXISTS zs_backup_date ON settings;
  CREATE POLICY zs_backup_date ON settings FOR ALL TO "局领导", "单位用户"
    USING (key = 'backup-last-date') WITH CHECK (key = 'backup-last-date');
END
$$;

-- The check of schema 20, before replies had attachments: its policies
-- were made again above with the one that knows replies.
DROP FUNCTION IF EXISTS zs_attachment_is_mine (bigint, bigint, bigint, bigint);
