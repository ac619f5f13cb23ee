-- Every table's exact row count (backup.sh writes it into the backup, restore.sh --verify compares with it).
-- Run as a role row-level security does not bind, or the counts are one tenant's.
SELECT format('%I.%I', table_schema, table_name),
       (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text
FROM information_schema.tables
WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema', 'tiger', 'tiger_data', 'topology')
ORDER BY 1;
