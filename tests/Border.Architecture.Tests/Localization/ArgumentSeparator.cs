namespace Border.Architecture.Tests.Localization;

/// <summary>Finds the comma that ends a call's current argument, skipping nested brackets, strings and chars.</summary>
internal static class ArgumentSeparator
{
    /// <returns>The comma's index, or -1 when the argument list closes first.</returns>
    public static int After(string source, int start)
    {
        var depth = 0;
        for (var i = start; i < source.Length; i++)
        {
            switch (source[i])
            {
                case '"':
                    i = EndOfString(source, i);
                    break;
                case '\'':
                    i = EndOfChar(source, i);
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    if (depth-- == 0)
                    {
                        return -1;
                    }

                    break;
                case ',' when depth == 0:
                    return i;
            }
        }

        return -1;
    }

    private static int EndOfString(string source, int quote)
    {
        var verbatim = quote > 0 && source[quote - 1] == '@';
        for (var i = quote + 1; i < source.Length; i++)
        {
            if (!verbatim && source[i] == '\\')
            {
                i++;
            }
            else if (source[i] == '"')
            {
                if (verbatim && i + 1 < source.Length && source[i + 1] == '"')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return source.Length;
    }

    private static int EndOfChar(string source, int quote)
    {
        for (var i = quote + 1; i < source.Length; i++)
        {
            if (source[i] == '\\')
            {
                i++;
            }
            else if (source[i] == '\'')
            {
                return i;
            }
        }

        return source.Length;
    }
}
