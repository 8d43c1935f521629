using System.Globalization;

namespace Disclosure.Generator.Benchmarks.Corpus;

/// <summary>
/// The fictional 江岭市 and its county 青禾县: twenty departments at each level, forty agencies in all. The
/// domain picks the kind of cases a department decides.
/// </summary>
internal static class AgencyCatalogue
{
    private static readonly (string Slug, string Name, string Abbreviation, string Domain)[] Departments =
    [
        ("market", "市场监督管理局", "市监", "market"),
        ("environment", "生态环境局", "环", "environment"),
        ("transport", "交通运输局", "交", "transport"),
        ("emergency", "应急管理局", "应急", "emergency"),
        ("health", "卫生健康委员会", "卫健", "health"),
        ("urban", "城市管理和综合执法局", "城管", "urban"),
        ("justice", "司法局", "司", "general"),
        ("land", "自然资源和规划局", "自然资源", "general"),
        ("housing", "住房和城乡建设局", "住建", "urban"),
        ("agriculture", "农业农村局", "农", "general"),
        ("water", "水务局", "水", "environment"),
        ("culture", "文化和旅游局", "文旅", "general"),
        ("education", "教育局", "教", "general"),
        ("labour", "人力资源和社会保障局", "人社", "general"),
        ("civil", "民政局", "民", "general"),
        ("commerce", "商务局", "商", "market"),
        ("forestry", "林业局", "林", "environment"),
        ("medical", "医疗保障局", "医保", "health"),
        ("sport", "体育局", "体", "general"),
        ("grain", "粮食和物资储备局", "粮", "market"),
    ];

    /// <summary>The forty agencies; the first is the city's 司法局 office that compiles the annual report.</summary>
    public static IReadOnlyList<AgencySpec> Create(FictionalNames names)
    {
        var agencies = new List<AgencySpec>();
        foreach (var (level, prefix, cityShort, idPrefix) in new[] { ("江岭市", "江", "市", ""), ("青禾县", "青", "县", "qh-") })
        {
            foreach (var (slug, name, abbreviation, domain) in Departments)
            {
                var index = agencies.Count;
                agencies.Add(new AgencySpec(
                    index,
                    idPrefix + slug,
                    level + name,
                    cityShort + name,
                    prefix + abbreviation,
                    domain,
                    string.Create(CultureInfo.InvariantCulture, $"0000-73{index:D2}001"),
                    names.CreditCode("11")));
            }
        }

        return agencies;
    }
}
