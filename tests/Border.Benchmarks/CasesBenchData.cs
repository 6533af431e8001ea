using Npgsql;

namespace Border.Benchmarks;

/// <summary>
/// The cases benchmark's rows, written by PostgreSQL itself (INSERT … SELECT generate_series) and vacuumed, as
/// autovacuum would have done. Nine cases in ten wait (Submitted), one in ten of those is claimed; three in ten have
/// an appointment in the next 60 days; the rest were submitted over the last 90 days; one in nine has no port.
/// The watch list draws 100,000 names from common Mexican and Central American first names and surnames (with their
/// accents, so unaccent has work), plus the one the screened traveller must find.
/// </summary>
internal static class CasesBenchData
{
    public const string ListedName = "José Pérez";
    public const string ScreenedName = "JOSE PERES";

    private const string Cases = """
        INSERT INTO cases.cases (id, kind, applicant_id, traveller_ids, port_code, appointment_at, state, time_zone, answers,
            receipt, applicant_birth_date, created_at, updated_at, submitted_at, queue_at, claimed_by, claimed_at, checks)
        SELECT id, kind, applicant, ARRAY[applicant], port, appointment, state, 'America/Mexico_City', '{}',
            'CAS-' || to_char(i, 'FM00000000'), date '1990-01-01' + (i % 9000), submitted, submitted, submitted,
            coalesce(appointment, submitted + interval '1000 years'), claimer, CASE WHEN claimer IS NOT NULL THEN submitted END, checks
        FROM (
            SELECT i, gen_random_uuid() AS id, gen_random_uuid() AS applicant,
                (ARRAY['AdvanceInformation', 'RecordCorrection', 'PortAccommodation'])[1 + i % 3] AS kind,
                CASE WHEN i % 9 = 0 THEN NULL ELSE ports[1 + i % array_length(ports, 1)] END AS port,
                CASE WHEN i % 10 < 3 THEN date_trunc('minute', now()) + ((i::bigint * 7919) % 86400) * interval '1 minute' END AS appointment,
                CASE i % 10 WHEN 9 THEN 'Approved' ELSE 'Submitted' END AS state,
                now() - ((i::bigint * 104729) % 129600) * interval '1 minute' AS submitted,
                CASE WHEN i % 10 = 5 THEN gen_random_uuid() END AS claimer,
                (ARRAY['NotRun', 'Clear', 'Clear', 'Hits'])[1 + i % 4] AS checks
            FROM generate_series(1, $1) AS i, (SELECT array_agg(code ORDER BY code) AS ports FROM scheduling.ports) p
        ) s
        """;

    private const string WatchList = """
        INSERT INTO cases.watch_list (id, full_name, birth_date, reason, added_by, added_at)
        SELECT gen_random_uuid(),
            f[1 + (i * 7) % array_length(f, 1)] || ' ' || s[1 + (i * 13) % array_length(s, 1)] || ' ' || s[1 + (i * 31 / 7) % array_length(s, 1)],
            CASE WHEN i % 3 = 0 THEN NULL ELSE date '1950-01-01' + (i * 37) % 20000 END,
            'Benchmark', '00000000-0000-0000-0000-000000000001', now()
        FROM generate_series(1, $1 - 1) AS i,
            (SELECT ARRAY['María', 'Juan', 'José', 'Guadalupe', 'Francisco', 'Ana', 'Luis', 'Rosa', 'Carlos', 'Verónica',
                'Jesús', 'Leticia', 'Miguel', 'Alejandra', 'Pedro', 'Sofía', 'Andrés', 'Lucía', 'Óscar', 'Raúl',
                'Ramón', 'Inés', 'Héctor', 'Mónica', 'Iván', 'Beatriz', 'Ángel', 'Adrián', 'Julián', 'Daniela',
                'Fernando', 'Gabriela', 'Jorge', 'Paola', 'Ricardo', 'Valeria', 'Sergio', 'Camila', 'Tomás', 'Elena'] AS f,
                ARRAY['Hernández', 'García', 'Martínez', 'López', 'González', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz', 'Flores',
                'Gómez', 'Morales', 'Vázquez', 'Reyes', 'Jiménez', 'Torres', 'Díaz', 'Gutiérrez', 'Ruiz', 'Mendoza',
                'Aguilar', 'Ortiz', 'Moreno', 'Castillo', 'Romero', 'Álvarez', 'Méndez', 'Chávez', 'Rivera', 'Juárez',
                'Ramos', 'Domínguez', 'Herrera', 'Medina', 'Castro', 'Vargas', 'Guzmán', 'Velázquez', 'Muñoz', 'Rojas',
                'Contreras', 'Salazar', 'Luna', 'Ortega', 'Santiago', 'Guerrero', 'Estrada', 'Bautista', 'Cortés', 'Soto',
                'Alvarado', 'Espinoza', 'Lara', 'Ávila', 'Ríos', 'Cervantes', 'Silva', 'Delgado', 'Vega', 'Peña'] AS s) n
        """;

    private const string Listed = """
        INSERT INTO cases.watch_list (id, full_name, birth_date, reason, added_by, added_at)
        VALUES (gen_random_uuid(), $1, NULL, 'Benchmark', '00000000-0000-0000-0000-000000000001', now())
        """;

    public static async Task SeedAsync(BenchmarkDatabase database, int cases, int watchList)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Cases, connection) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter { Value = cases });
        await command.ExecuteNonQueryAsync();

        command.CommandText = WatchList;
        command.Parameters.Clear();
        command.Parameters.Add(new NpgsqlParameter { Value = watchList });
        await command.ExecuteNonQueryAsync();

        command.CommandText = Listed;
        command.Parameters.Clear();
        command.Parameters.Add(new NpgsqlParameter { Value = ListedName });
        await command.ExecuteNonQueryAsync();

        command.Parameters.Clear();
        command.CommandText = "VACUUM (ANALYZE) cases.cases";
        await command.ExecuteNonQueryAsync();
        command.CommandText = "VACUUM (ANALYZE) cases.watch_list";
        await command.ExecuteNonQueryAsync();
        command.CommandText = "CHECKPOINT";
        await command.ExecuteNonQueryAsync();
    }
}
