namespace Disclosure.Generator.Benchmarks.Build;

/// <summary>A build's output folder: emptied before a full build, then measured (bytes and files).</summary>
internal static class OutputFolder
{
    public static void Delete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static (long Bytes, int Files) Measure(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return (0, 0);
        }

        long bytes = 0;
        var files = 0;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            bytes += file.Length;
            files++;
        }

        return (bytes, files);
    }
}
