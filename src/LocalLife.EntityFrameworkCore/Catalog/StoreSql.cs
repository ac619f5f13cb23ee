namespace LocalLife.Catalog;

/// <summary>
/// The "open now" rule in SQL, mirroring <see cref="OpeningHours.IsOpenAt"/> over the same jsonb document
/// (weekday numbers 0 = Sunday; a range whose end is not after its start runs past midnight).
/// </summary>
internal static class StoreSql
{
    public const string Functions = """
        CREATE OR REPLACE FUNCTION store_ranges_on(hours jsonb, d date) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
            SELECT coalesce(
                (SELECT CASE WHEN (e ->> 'closed')::boolean THEN '[]'::jsonb ELSE e -> 'ranges' END
                 FROM jsonb_array_elements(hours -> 'exceptions') e WHERE (e ->> 'date')::date = d LIMIT 1),
                (SELECT w -> 'ranges' FROM jsonb_array_elements(hours -> 'week') w
                 WHERE (w ->> 'day')::int = extract(dow FROM d)::int LIMIT 1),
                '[]'::jsonb)
        $$;

        CREATE OR REPLACE FUNCTION store_is_open(hours jsonb, status text, closed_on date, tz text, at timestamptz)
        RETURNS boolean LANGUAGE sql STABLE AS $$
            WITH l AS (SELECT (at AT TIME ZONE tz)::date AS d, (at AT TIME ZONE tz)::time AS t)
            SELECT CASE
                WHEN status = 'Paused' THEN false
                WHEN status = 'ClosedForDay' AND closed_on = (SELECT d FROM l) THEN false
                ELSE EXISTS (
                        SELECT 1 FROM l, jsonb_array_elements(store_ranges_on(hours, l.d)) r
                        WHERE CASE WHEN (r ->> 'end')::time <= (r ->> 'start')::time THEN l.t >= (r ->> 'start')::time
                                   ELSE l.t >= (r ->> 'start')::time AND l.t < (r ->> 'end')::time END)
                     OR EXISTS (
                        SELECT 1 FROM l, jsonb_array_elements(store_ranges_on(hours, l.d - 1)) r
                        WHERE (r ->> 'end')::time <= (r ->> 'start')::time AND l.t < (r ->> 'end')::time)
            END
        $$;
        """;

    public const string DropFunctions = """
        DROP FUNCTION IF EXISTS store_is_open(jsonb, text, date, text, timestamptz);
        DROP FUNCTION IF EXISTS store_ranges_on(jsonb, date);
        """;
}
