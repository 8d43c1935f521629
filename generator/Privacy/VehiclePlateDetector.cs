using System.Text.RegularExpressions;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// Finds vehicle plates (GA 36): a province character, an authority letter (A–Z without I and O), then
/// five characters, optionally ending in 挂/学/警/港/澳 (辽K12345, 鄂A8B3C9); or a new-energy plate with six:
/// D/A/B/C/E/F/G/H/J/K first and four digits last (粤BD12345), or five digits and that letter last
/// (粤B12345D). A separator · or a space may follow the authority letter. At least two digits are required,
/// so words and codes in Latin letters after a Han character are not taken for plates.
/// </summary>
internal static partial class VehiclePlateDetector
{
    /// <summary>Finds plates and adds them to <paramref name="matches"/>.</summary>
    public static void Find(ScanDocument doc, ScanMatchSet matches)
    {
        var text = doc.Text;
        foreach (var m in Plate().EnumerateMatches(text))
        {
            var plate = text.AsSpan(m.Index, m.Length);
            var digits = 0;
            foreach (var c in plate)
            {
                digits += char.IsAsciiDigit(c) ? 1 : 0;
            }

            if (digits >= 2)
            {
                matches.TryAdd(new ScanMatch(m.Index, m.Length, PersonalDataKind.VehiclePlate, "vehicle_plate.ga36", PersonalDataMask.Prefix(plate.ToString(), 2)));
            }
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·• ]?(?:[DABCEFGHJK][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DABCEFGHJK]|[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳])(?![A-Za-z0-9])", RegexOptions.CultureInvariant, ContextPatterns.TimeoutMilliseconds)]
    private static partial Regex Plate();
}
