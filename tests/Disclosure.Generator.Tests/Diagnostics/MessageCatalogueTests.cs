using System.Reflection;
using Disclosure.Generator.Diagnostics;

namespace Disclosure.Generator.Tests.Diagnostics;

public sealed class MessageCatalogueTests
{
    public static TheoryData<string> Codes() => [.. AllCodes()];

    private static List<string> AllCodes() =>
        [.. typeof(RuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_three_part_messages_in_both_languages_and_a_readme_entry(string code)
    {
        var diagnostic = Diagnostic.Create(code, new SourceLocation("x.yml", 1, 1), "a", "b", "c", "d");

        foreach (var language in new[] { MessageLanguage.Chinese, MessageLanguage.English })
        {
            var message = MessageCatalogue.Render(diagnostic, language);
            Assert.False(string.IsNullOrWhiteSpace(message.What));
            Assert.False(string.IsNullOrWhiteSpace(message.Fix));
            Assert.False(string.IsNullOrWhiteSpace(message.Source));
        }

        Assert.Contains($"| {code} |", File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_unique() => Assert.Equal(AllCodes().Count, AllCodes().Distinct().Count());
}
