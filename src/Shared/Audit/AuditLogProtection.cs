namespace Border.Shared.Audit;

/// <summary>SQL for a migration: the schema's audit log refuses every UPDATE, DELETE and TRUNCATE.</summary>
public static class AuditLogProtection
{
    public static string Create(string schema) => $"""
        CREATE FUNCTION "{schema}".refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'The audit log cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
        END $$;
        CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "{schema}".{AuditModelBuilderExtensions.Table}
            FOR EACH ROW EXECUTE FUNCTION "{schema}".refuse_audit_change();
        CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "{schema}".{AuditModelBuilderExtensions.Table}
            FOR EACH STATEMENT EXECUTE FUNCTION "{schema}".refuse_audit_change();
        """;

    public static string Drop(string schema) => $"""
        DROP TRIGGER IF EXISTS audit_entries_no_truncate ON "{schema}".{AuditModelBuilderExtensions.Table};
        DROP TRIGGER IF EXISTS audit_entries_append_only ON "{schema}".{AuditModelBuilderExtensions.Table};
        DROP FUNCTION IF EXISTS "{schema}".refuse_audit_change();
        """;
}
