using System.Globalization;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Cli;

/// <summary>The parsed command line: a verb, its positional arguments and its options.</summary>
internal sealed record CliOptions
{
    /// <summary>The verb (build, check, serve, init, scan, help, version).</summary>
    public required string Verb { get; init; }

    /// <summary>Positional arguments after the verb.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Message language.</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.Chinese;

    /// <summary>The site folder.</summary>
    public string Site { get; init; } = ".";

    /// <summary>The output folder (default _site inside the site folder).</summary>
    public string? Output { get; init; }

    /// <summary>Overrides today.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>Print stage times.</summary>
    public bool Timings { get; init; }

    /// <summary>Diagnostics format: text, json or github.</summary>
    public string Format { get; init; } = "text";

    /// <summary>Pull-request mode: the Git ref the change is compared with.</summary>
    public string? ChangedSince { get; init; }

    /// <summary>A file of pull-request reviews (GitHub REST API JSON).</summary>
    public string? Reviews { get; init; }

    /// <summary>Port for serve.</summary>
    public int Port { get; init; } = 8080;

    /// <summary>codeowners: only tell whether the file is up to date.</summary>
    public bool Check { get; init; }

    /// <summary>hooks install: replace an existing, different hook.</summary>
    public bool Force { get; init; }

    /// <summary>build --incremental: reuse the previous build's output and write only the files that changed.</summary>
    public bool Incremental { get; init; }

    /// <summary>import: the export file of the case-handling system.</summary>
    public string? From { get; init; }

    /// <summary>import: the agency id the imported decisions belong to.</summary>
    public string? Agency { get; init; }

    /// <summary>import: the column mapping file.</summary>
    public string? Mapping { get; init; }

    /// <summary>import: replace existing record files whose content differs.</summary>
    public bool Update { get; init; }

    /// <summary>Parses arguments; returns null with an error message when they are wrong.</summary>
    public static CliOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        if (args.Count == 0 || args[0] is "-h" or "--help")
        {
            return new CliOptions { Verb = "help" };
        }

        var options = new CliOptions { Verb = args[0] == "--version" ? "version" : args[0] };
        var positional = new List<string>();
        try
        {
            for (var i = 1; i < args.Count; i++)
            {
                var arg = args[i];
                string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{arg} needs a value");
                options = arg switch
                {
                    "--lang" => options with { Language = ParseLanguage(Value()) },
                    "--site" => options with { Site = Value() },
                    "--output" or "-o" or "--out" => options with { Output = Value() },
                    "--from" => options with { From = Value() },
                    "--agency" => options with { Agency = Value() },
                    "--mapping" => options with { Mapping = Value() },
                    "--update" => options with { Update = true },
                    "--today" => options with { Today = ParseDate(Value()) },
                    "--timings" => options with { Timings = true },
                    "--port" => options with { Port = ParsePort(Value()) },
                    "--format" => options with { Format = options.Verb == "import" ? ParseImportFormat(Value()) : ParseFormat(Value()) },
                    "--changed-since" => options with { ChangedSince = Value() },
                    "--reviews" => options with { Reviews = Value() },
                    "--check" => options with { Check = true },
                    "--force" => options with { Force = true },
                    "--incremental" => options with { Incremental = true },
                    "-h" or "--help" => options with { Verb = "help" },
                    _ when arg.StartsWith('-') => throw new FormatException($"unknown option {arg}"),
                    _ => options,
                };
                if (!arg.StartsWith('-'))
                {
                    positional.Add(arg);
                }
            }
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return null;
        }

        return options with { Arguments = positional };
    }

    private static MessageLanguage ParseLanguage(string value) => value switch
    {
        "en" => MessageLanguage.English,
        "zh" or "zh-CN" => MessageLanguage.Chinese,
        _ => throw new FormatException($"--lang: unknown language {value} (zh, en)"),
    };

    private static DateOnly ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new FormatException("--today takes YYYY-MM-DD");

    private static int ParsePort(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536 ? p : throw new FormatException("--port takes 1-65535");

    private static string ParseImportFormat(string value) => value is "csv" or "json"
        ? value
        : throw new FormatException($"--format: unknown import format {value} (csv, json)");

    private static string ParseFormat(string value) => value is "text" or "json" or "github"
        ? value
        : throw new FormatException($"--format: unknown format {value} (text, json, github)");
}
