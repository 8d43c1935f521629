using System.Diagnostics;

namespace Disclosure.Generator.Tests.Support;

/// <summary>
/// Validates JSON documents against JSON Schemas (draft 2020-12) with a real validator: Python's
/// <c>jsonschema</c> (Debian: python3-jsonschema), since JsonSchema.Net's dependencies are not in this
/// machine's NuGet source. Each schema is first checked against the 2020-12 meta-schema; formats are asserted.
/// </summary>
internal static class JsonSchemaCheck
{
    private const string Script = """
        import json, sys
        from jsonschema import Draft202012Validator
        problems = []
        for schema_path, data_path in zip(sys.argv[1::2], sys.argv[2::2]):
            schema = json.load(open(schema_path, encoding="utf-8"))
            try:
                Draft202012Validator.check_schema(schema)
            except Exception as e:
                problems.append(schema_path + ": invalid schema: " + str(e).splitlines()[0])
                continue
            validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
            for error in validator.iter_errors(json.load(open(data_path, encoding="utf-8"))):
                problems.append(data_path + ": " + "/".join(str(p) for p in error.absolute_path) + ": " + error.message[:200])
        print("\n".join(problems))
        """;

    /// <summary>Returns every problem found (empty when all documents are valid).</summary>
    public static IReadOnlyList<string> Validate(IEnumerable<(string Schema, string Document)> pairs)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        foreach (var (schema, document) in pairs)
        {
            start.ArgumentList.Add(schema);
            start.ArgumentList.Add(document);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "the JSON Schema validator did not run (install python3-jsonschema): " + error);
        return [.. output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
