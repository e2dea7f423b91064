-- Schema version 9: the dispatch figures by stage.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- Each figure of the dispatch report (signed, registered, started, in
-- production) looks for the events into one stage within a period. Indexed
-- by date first, a year's query read every event of the year to keep one
-- stage's; by stage first it reads only those (about 5× faster at 100,000
-- projects, benchmarks/dispatch.sh).

CREATE INDEX stage_events_stage ON stage_events (to_stage, date, project_id);
