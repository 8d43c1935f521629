namespace Disclosure.Generator.BrowserTests.Support;

/// <summary>Every browser test class shares one built, served sample and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSite>
{
    public const string Name = "sample site in Chromium";
}
