namespace Disclosure.Generator.Privacy;

/// <summary>
/// One piece of personal data found in a text. <paramref name="Line"/> and <paramref name="Column"/> are
/// 1-based; the column and <paramref name="Length"/> count Unicode code points, so a character outside the
/// Basic Multilingual Plane counts once. <paramref name="Rule"/> is the stable id of the detector
/// (id_number.gb11643, phone.mobile, person_name.context …). <paramref name="Masked"/> is safe to print
/// (110***********123X, 138****5678, 张*); the value itself is never kept.
/// </summary>
/// <param name="Line">1-based line; \r\n, \r and \n each end a line.</param>
/// <param name="Column">1-based column in code points.</param>
/// <param name="Length">Length in code points.</param>
/// <param name="Kind">What was found.</param>
/// <param name="Rule">The detector's stable id.</param>
/// <param name="Masked">A masked rendering, never the full value.</param>
internal sealed record PersonalDataFinding(int Line, int Column, int Length, PersonalDataKind Kind, string Rule, string Masked);
