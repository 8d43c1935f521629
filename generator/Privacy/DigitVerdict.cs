namespace Disclosure.Generator.Privacy;

/// <summary>What a run of digits is: nothing, public data that no later detector may report, or a finding.</summary>
/// <param name="Allowed">True for public data (a hotline, a declared agency phone, an officer's certificate).</param>
/// <param name="Kind">The kind found, or null.</param>
/// <param name="Rule">The detector's id when found.</param>
/// <param name="Masked">The masked value when found.</param>
internal readonly record struct DigitVerdict(bool Allowed, PersonalDataKind? Kind, string Rule, string Masked)
{
    /// <summary>Not a number of interest.</summary>
    public static DigitVerdict None => default;

    /// <summary>Public data.</summary>
    public static DigitVerdict Public => new(true, null, string.Empty, string.Empty);

    /// <summary>A finding.</summary>
    public static DigitVerdict Found(PersonalDataKind kind, string rule, string masked) => new(false, kind, rule, masked);
}
