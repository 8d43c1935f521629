using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;

namespace Disclosure.Generator.Rendering.Liquid;

/// <summary>Text filters: multi-line field values shown with their line breaks, safely encoded.</summary>
internal static class TextFilters
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Registers the family.</summary>
    public static void Register(FilterCollection filters) => filters.AddFilter("lines", Lines);

    /// <summary>Encodes the text, then turns each line break into &lt;br&gt;; the result is not encoded again.</summary>
    public static ValueTask<FluidValue> Lines(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var encoded = Encoder.Encode(input.ToStringValue()).Replace("&#xA;", "<br>\n", StringComparison.Ordinal);
        return new ValueTask<FluidValue>(new StringValue(encoded, encode: false));
    }
}
