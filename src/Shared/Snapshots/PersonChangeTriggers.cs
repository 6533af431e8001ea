using System.Text;

namespace Border.Shared.Snapshots;

/// <summary>
/// The SQL a module's migration runs so that every committed change to a table its snapshot parts read is heard:
/// statement-level triggers notify <see cref="Channel"/> once per person a statement touched, or with
/// <see cref="Everyone"/> when it touched many (the draw, a fan-out) or the table is one everybody's pages read.
/// PostgreSQL sends the notices when the transaction commits, and not at all when it rolls back.
/// </summary>
public static class PersonChangeTriggers
{
    public const string Channel = "border_person";

    public const string Everyone = "*";

    /// <summary>Above this many people in one statement, one notice to forget everyone is cheaper than one each.</summary>
    public const int ManyPeople = 100;

    /// <summary>The trigger function, once per schema (CREATE OR REPLACE).</summary>
    public static string Function(string schema) => $$"""
        CREATE OR REPLACE FUNCTION {{schema}}.person_changed() RETURNS trigger LANGUAGE plpgsql AS $body$
        DECLARE
            people text[];
        BEGIN
            IF TG_NARGS = 0 THEN
                PERFORM pg_notify('{{Channel}}', '{{Everyone}}');
                RETURN NULL;
            END IF;
            IF TG_OP = 'INSERT' THEN
                EXECUTE format('SELECT array_agg(DISTINCT %I::text) FROM changed_new', TG_ARGV[0]) INTO people;
            ELSIF TG_OP = 'DELETE' THEN
                EXECUTE format('SELECT array_agg(DISTINCT %I::text) FROM changed_old', TG_ARGV[0]) INTO people;
            ELSE
                EXECUTE format('SELECT array_agg(DISTINCT p) FROM (SELECT %1$I::text AS p FROM changed_new UNION SELECT %1$I::text FROM changed_old) x', TG_ARGV[0]) INTO people;
            END IF;
            IF cardinality(people) > {{ManyPeople}} THEN
                PERFORM pg_notify('{{Channel}}', '{{Everyone}}');
            ELSE
                PERFORM pg_notify('{{Channel}}', p) FROM unnest(people) AS p WHERE p IS NOT NULL;
            END IF;
            RETURN NULL;
        END
        $body$;
        """;

    /// <summary>Triggers on <paramref name="table"/> naming each changed row's person by <paramref name="personColumn"/>.</summary>
    public static string For(string schema, string table, string personColumn)
    {
        var sql = new StringBuilder();
        sql.AppendLine($"CREATE TRIGGER person_changed_insert AFTER INSERT ON {schema}.{table} REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION {schema}.person_changed('{personColumn}');");
        sql.AppendLine($"CREATE TRIGGER person_changed_update AFTER UPDATE ON {schema}.{table} REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION {schema}.person_changed('{personColumn}');");
        sql.AppendLine($"CREATE TRIGGER person_changed_delete AFTER DELETE ON {schema}.{table} REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION {schema}.person_changed('{personColumn}');");
        return sql.ToString();
    }

    /// <summary>Triggers on a table every person's pages read (ports, settings): any change forgets everyone.</summary>
    public static string ForEveryone(string schema, string table) =>
        $"CREATE TRIGGER person_changed_any AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {schema}.{table} FOR EACH STATEMENT EXECUTE FUNCTION {schema}.person_changed();";

    /// <summary>What <see cref="For"/> and <see cref="ForEveryone"/> created, for a migration's Down.</summary>
    public static string Drop(string schema, string table) =>
        $"""
        DROP TRIGGER IF EXISTS person_changed_insert ON {schema}.{table};
        DROP TRIGGER IF EXISTS person_changed_update ON {schema}.{table};
        DROP TRIGGER IF EXISTS person_changed_delete ON {schema}.{table};
        DROP TRIGGER IF EXISTS person_changed_any ON {schema}.{table};
        """;
}
