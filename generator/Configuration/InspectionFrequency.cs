namespace Disclosure.Generator.Configuration;

/// <summary>How often inspection results must be published (武汉 第十条第三款: 按月或者按季度).</summary>
internal enum InspectionFrequency
{
    Monthly,
    Quarterly,
}
