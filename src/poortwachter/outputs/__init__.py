"""Everything that writes: texts for people in Dutch and English, rich tables, machine
JSON and CSV, calendars, the HTML report, workbooks, the agenda's writers and the batch
records. Nothing here reads files or the clock."""
