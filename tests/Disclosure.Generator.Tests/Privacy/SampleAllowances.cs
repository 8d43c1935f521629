using System.Collections.Frozen;
using Disclosure.Generator.Privacy;
using YamlDotNet.RepresentationModel;

namespace Disclosure.Generator.Tests.Privacy;

/// <summary>
/// Allowances read straight from the sample's YAML, independently of the loader: every agency's phone and
/// supervision_phone, and every officer's name and certificate number.
/// </summary>
internal static class SampleAllowances
{
    public static ScanAllowances Load(string contentFolder)
    {
        var phones = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(contentFolder, "agencies"), "*.yml"))
        {
            var root = Read(file);
            phones.AddRange(new[] { Scalar(root, "phone"), Scalar(root, "supervision_phone") }.OfType<string>());
        }

        var names = new List<string>();
        var certificates = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(contentFolder, "officers"), "*.yml", SearchOption.AllDirectories))
        {
            var root = Read(file);
            names.AddRange(new[] { Scalar(root, "name") }.OfType<string>());
            if (root.Children.TryGetValue(new YamlScalarNode("certificate"), out var certificate) && certificate is YamlMappingNode mapping)
            {
                certificates.AddRange(new[] { Scalar(mapping, "number") }.OfType<string>());
            }
        }

        return new ScanAllowances(phones.ToFrozenSet(), names.ToFrozenSet(), certificates.ToFrozenSet());
    }

    private static YamlMappingNode Read(string file)
    {
        using var reader = new StringReader(File.ReadAllText(file));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
