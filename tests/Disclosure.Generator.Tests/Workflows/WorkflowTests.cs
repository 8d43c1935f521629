using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Generator.Cli;
using Disclosure.Generator.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Disclosure.Generator.Tests.Workflows;

/// <summary>
/// Reads .github/workflows/*.yml and holds them to the rules: no pull_request_target, actions pinned to full
/// commit SHAs, least-privilege permissions, and every <c>disclosure</c> command they run exists with the
/// options they pass.
/// </summary>
public sealed partial class WorkflowTests
{
    private static readonly Dictionary<string, string> AllowedJobPermissions = new(StringComparer.Ordinal)
    {
        ["contents"] = "read",
        ["pull-requests"] = "read",
        ["pages"] = "write",
        ["id-token"] = "write",
    };

    public static TheoryData<string> Workflows() => [.. WorkflowFiles()];

    [Fact]
    public void The_pull_request_and_publish_workflows_exist()
    {
        Assert.Equal(["publish.yml", "pull-request.yml"], WorkflowFiles());
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void No_workflow_runs_on_pull_request_target(string file)
    {
        var on = Root(file).Children[new YamlScalarNode("on")];

        var triggers = on switch
        {
            YamlMappingNode map => map.Children.Keys.Select(k => k.ToString()),
            YamlSequenceNode list => list.Children.Select(k => k.ToString()),
            _ => [on.ToString()],
        };

        Assert.DoesNotContain("pull_request_target", triggers);
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_action_is_pinned_to_a_full_commit_sha_with_its_version_noted(string file)
    {
        var uses = Nodes(Root(file)).OfType<YamlMappingNode>()
            .SelectMany(m => m.Children)
            .Where(e => e.Key.ToString() == "uses")
            .Select(e => e.Value.ToString())
            .ToList();
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".github", "workflows", file)).Where(l => l.Contains("uses:", StringComparison.Ordinal));

        Assert.NotEmpty(uses);
        Assert.All(uses, u => Assert.Matches(PinnedAction(), u));
        Assert.All(lines, l => Assert.Matches(VersionComment(), l));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Permissions_are_read_only_at_the_top_and_least_privilege_per_job(string file)
    {
        var root = Root(file);

        var top = Assert.IsType<YamlMappingNode>(root.Children[new YamlScalarNode("permissions")]);
        var jobs = Assert.IsType<YamlMappingNode>(root.Children[new YamlScalarNode("jobs")]);

        Assert.Equal(["contents=read"], top.Children.Select(e => $"{e.Key}={e.Value}"));
        foreach (var (name, job) in jobs.Children)
        {
            var permissions = Assert.IsType<YamlMappingNode>(((YamlMappingNode)job).Children[new YamlScalarNode("permissions")]);
            Assert.All(permissions.Children, e => Assert.True(
                AllowedJobPermissions.TryGetValue(e.Key.ToString(), out var allowed) && allowed == e.Value.ToString(),
                $"{file}: job {name} asks for {e.Key}: {e.Value}"));
        }
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_command_a_workflow_runs_exists_and_accepts_its_options(string file)
    {
        var invocations = Invocations(file);
        using var empty = new TempDir();

        Assert.NotEmpty(invocations);
        foreach (var args in invocations)
        {
            Assert.True(HelpText.Verbs.Contains(args[0]), $"{file}: disclosure {args[0]} is not a command");
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            CommandLine.Run([args[0], "--site", empty.Path], stdout, stderr);
            Assert.DoesNotContain("unknown command", stderr.ToString(), StringComparison.Ordinal);
            Assert.True(CliOptions.Parse(args, out var error) is not null, $"{file}: disclosure {string.Join(' ', args)}: {error}");
        }
    }

    [Fact]
    public void The_pull_request_workflow_checks_the_change_asks_for_approvals_and_builds_a_preview()
    {
        var commands = Invocations("pull-request.yml").Select(a => string.Join(' ', a)).ToList();
        var on = (YamlMappingNode)Root("pull-request.yml").Children[new YamlScalarNode("on")];

        Assert.Contains(commands, c => c.StartsWith("check --changed-since ", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("approvals --reviews ", StringComparison.Ordinal) && c.Contains("--changed-since", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("build ", StringComparison.Ordinal));
        Assert.Contains(new YamlScalarNode("pull_request_review"), on.Children.Keys);
        Assert.Contains(new YamlScalarNode("pull_request"), on.Children.Keys);
    }

    [Fact]
    public void The_publish_workflow_runs_nightly_and_on_main()
    {
        var on = (YamlMappingNode)Root("publish.yml").Children[new YamlScalarNode("on")];
        var commands = Invocations("publish.yml").Select(a => a[0]).ToList();

        Assert.Contains(new YamlScalarNode("schedule"), on.Children.Keys);
        Assert.Equal("[ main ]", ((YamlMappingNode)on.Children[new YamlScalarNode("push")]).Children[new YamlScalarNode("branches")].ToString());
        Assert.Equal(["check", "build"], commands);
    }

    /// <summary>Each disclosure command line in the workflow's run scripts: verb first, then its arguments.</summary>
    private static List<string[]> Invocations(string file) =>
        [.. Nodes(Root(file)).OfType<YamlMappingNode>()
            .SelectMany(m => m.Children)
            .Where(e => e.Key.ToString() == "run")
            .SelectMany(e => ShellCommands(e.Value.ToString()))
            .Select(Disclosure)
            .OfType<string[]>()];

    private static string[]? Disclosure(List<string> words)
    {
        if (words is ["disclosure", _, ..])
        {
            return [.. words.Skip(1)];
        }

        var separator = words.IndexOf("--");
        return words is ["dotnet", "run", ..] && separator > 0 && separator + 1 < words.Count ? [.. words.Skip(separator + 1)] : null;
    }

    /// <summary>Splits a shell script into simple commands of words: quotes removed, redirections dropped.</summary>
    private static IEnumerable<List<string>> ShellCommands(string script)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        var redirect = false;
        char? quote = null;
        var text = script.Replace("\\\n", " ", StringComparison.Ordinal);
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                (quote, inWord) = (c, true);
                continue;
            }

            if (c is ' ' or '\t' or '\n' or ';' or '&' or '|' or '>' or '<')
            {
                if (inWord)
                {
                    if (!redirect)
                    {
                        words.Add(word.ToString());
                    }

                    (redirect, inWord) = (false, false);
                    word.Clear();
                }

                redirect |= c is '>' or '<';
                if (c is '\n' or ';' or '&' or '|' && words.Count > 0)
                {
                    yield return words;
                    words = [];
                }

                continue;
            }

            word.Append(c);
            inWord = true;
        }
    }

    private static List<string> WorkflowFiles() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, ".github", "workflows"), "*.yml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static YamlMappingNode Root(string file)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", file))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static IEnumerable<YamlNode> Nodes(YamlNode node) => node.AllNodes;

    [GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?@[0-9a-f]{40}$")]
    private static partial Regex PinnedAction();

    [GeneratedRegex(@"uses: \S+ # v\d+\.\d+\.\d+$")]
    private static partial Regex VersionComment();
}
