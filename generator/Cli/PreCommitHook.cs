namespace Disclosure.Generator.Cli;

/// <summary>
/// The pre-commit hook that <see cref="HooksCommand"/> installs: a POSIX shell script that runs
/// <c>disclosure scan</c> on the staged content files, as staged, and <c>disclosure check</c> on the site.
/// </summary>
internal static class PreCommitHook
{
    /// <summary>The script for a site in <paramref name="site"/>, relative to the repository top ("." at the top).</summary>
    public static string Script(string site) => Template.Replace("%SITE%", "'" + site.Replace("'", "'\\''", StringComparison.Ordinal) + "'", StringComparison.Ordinal);

    private const string Template = """
        #!/bin/sh
        # Installed by `disclosure hooks install` (replace with `disclosure hooks install --force`).
        # Personal data that enters Git history stays there: no later pull request can remove it.
        # So before each commit the staged content is scanned for personal data and the site is checked.
        # 个人信息一旦提交就会永久留在 Git 历史中，之后的拉取请求无法删除，因此在提交前检查。
        set -eu
        site=%SITE%
        top=$(git rev-parse --show-toplevel)
        cd "$top"
        if command -v disclosure >/dev/null 2>&1; then
          set -- disclosure
        elif [ -f generator/Disclosure.Generator.csproj ]; then
          set -- dotnet run --project "$top/generator" -c Release --
        else
          echo "pre-commit: the disclosure tool is not installed (dotnet tool install -g Disclosure.Generator)" >&2
          exit 1
        fi

        # Scan what is about to be committed (the index), not the working tree: the text files scan reads.
        staged=$(git diff --cached --name-only --no-renames --diff-filter=ACM -- "$site/site.yml" \
          "$site/content/*.yml" "$site/content/*.yaml" "$site/content/*.md" "$site/content/*.markdown" \
          "$site/content/*.txt" "$site/content/*.csv" "$site/content/*.json")
        if [ -n "$staged" ]; then
          tmp=$(mktemp -d)
          trap 'rm -rf "$tmp"' EXIT
          printf '%s\n' "$staged" | git checkout-index --prefix="$tmp/" --stdin
          IFS='
        '
          set -f
          # Paths as in the repository; the site's own public values (agency phones, officer names) come from --site.
          if ! (cd "$tmp" && "$@" scan --site "$top/$site" $staged); then
            echo "pre-commit: personal data in the staged files; mask or remove it, then git add again. 提交已取消。" >&2
            exit 1
          fi
          unset IFS
          set +f
        fi

        if ! "$@" check --site "$site"; then
          echo "pre-commit: check failed; fix the errors above, then commit again. 提交已取消。" >&2
          exit 1
        fi

        """;
}
