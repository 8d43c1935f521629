using System.Collections.Frozen;

namespace Disclosure.Generator.Cli;

/// <summary>The command's help texts.</summary>
internal static class HelpText
{
    /// <summary>One-line usage.</summary>
    public const string Usage = "usage: disclosure <build|check|serve|init|scan|import> [options]   (disclosure --help)";

    /// <summary>Every verb <see cref="CommandLine"/> dispatches; tests hold the workflows' commands to it.</summary>
    public static readonly FrozenSet<string> Verbs = FrozenSet.Create(StringComparer.Ordinal,
        "build", "check", "serve", "init", "calendar", "approvals", "codeowners", "hooks", "scan", "import", "help", "version");

    /// <summary>Full help.</summary>
    public const string Full = """
        disclosure — 行政执法公示 static site generator

        usage:
          disclosure build [--output DIR] [--today YYYY-MM-DD] [--timings]   build the site (default output: _site/)
                [--incremental]                                              reuse the last build; write only changed files
          disclosure check [--today YYYY-MM-DD]                              run every check, write nothing
          disclosure serve [--port N]                                        preview on 127.0.0.1, rebuild on change
          disclosure init DIR                                                create a new jurisdiction repository
          disclosure calendar add-workdays YYYY-MM-DD N                      the Nth working day after a date
          disclosure calendar is-workday YYYY-MM-DD                          true or false
          disclosure approvals --reviews FILE --changed-since REF            fail unless the pull request's reviews approve every change
          disclosure codeowners [--check]                                    write .github/CODEOWNERS from the agencies' reviewers
          disclosure hooks install [--force]                                 add the pre-commit hook (scan and check staged content)
          disclosure scan [--format text|json] PATH...                       find personal data in text, Markdown and YAML files
          disclosure import --from FILE --agency ID [--mapping FILE]         turn a case-handling system's CSV/JSON export into decision records
                [--format csv|json] [--out DIR] [--update]                   (default --out: content/decisions; --update replaces changed files)

        options:
          --site DIR     the site folder holding site.yml and content/ (default: current folder)
          --lang en      messages in English (default: Chinese)
          --version      print the version

        exit codes: 0 ok, 1 content errors (scan: personal data found), 2 usage error, 3 internal error
        """;
}
