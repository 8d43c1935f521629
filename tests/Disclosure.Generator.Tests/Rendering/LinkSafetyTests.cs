using Disclosure.Generator.Rendering.Markdown;

namespace Disclosure.Generator.Tests.Rendering;

public sealed class LinkSafetyTests
{
    [Theory]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData(" \u0001javascript:alert(1)", false)]
    [InlineData("vbscript:msgbox", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("https://example.gov.cn/x", true)]
    [InlineData("http://example.gov.cn/x", true)]
    [InlineData("mailto:office@example.gov.cn", true)]
    [InlineData("../decisions/", true)]
    [InlineData("page?x=javascript:1", true)]
    [InlineData("#top", true)]
    public void Only_http_mailto_and_relative_addresses_are_safe(string url, bool safe) => Assert.Equal(safe, LinkSafety.IsSafe(url));

    [Fact]
    public void The_renderer_neutralises_an_unsafe_link_that_reaches_it()
    {
        var html = new MarkdownRenderer().ToHtml("[a](javascript:alert(1)) ![i](data:image/png;base64,AAAA) <vbscript:x>")!;

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"vbscript", html, StringComparison.OrdinalIgnoreCase);
    }
}
