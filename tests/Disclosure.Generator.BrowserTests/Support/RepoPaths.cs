namespace Disclosure.Generator.BrowserTests.Support;

/// <summary>Finds the repository root and the copied test data.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding Disclosure.Generator.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The TestData folder copied next to the test assembly.</summary>
    public static string TestData => Path.Combine(AppContext.BaseDirectory, "TestData");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Disclosure.Generator.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
