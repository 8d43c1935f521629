namespace Disclosure.Generator.Records;

/// <summary>Who approves an agency's pull requests: 分管负责人 (deputy) and 主要负责人 (principal head), as Git logins.</summary>
internal sealed record Reviewers(IReadOnlyList<string> Deputy, IReadOnlyList<string> Principal);
