namespace Border.Testing.Smtp;

internal static class MimeHeaders
{
    /// <summary>Header lines, with continuation lines (starting with a space or tab) joined to the one before.</summary>
    public static List<KeyValuePair<string, string>> Read(string head)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in head.Split("\r\n"))
        {
            if (line.Length > 0 && line[0] is ' ' or '\t' && headers.Count > 0)
            {
                headers[^1] = new(headers[^1].Key, headers[^1].Value + line);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        return headers;
    }

    /// <summary>Reads name=value or name="value" out of "type/subtype; a=b; name=\"c; d\"".</summary>
    public static string? Parameter(string value, string name)
    {
        foreach (var piece in SplitOutsideQuotes(value).Skip(1))
        {
            var equals = piece.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && string.Equals(piece[..equals].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                var found = piece[(equals + 1)..].Trim();
                return found is ['"', .., '"'] ? found[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal) : found;
            }
        }

        return null;
    }

    private static IEnumerable<string> SplitOutsideQuotes(string value)
    {
        var quoted = false;
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '"' && (i == 0 || value[i - 1] != '\\'))
            {
                quoted = !quoted;
            }
            else if (value[i] == ';' && !quoted)
            {
                yield return value[start..i];
                start = i + 1;
            }
        }

        yield return value[start..];
    }
}
