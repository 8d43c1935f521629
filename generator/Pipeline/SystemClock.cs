using System.Globalization;

namespace Disclosure.Generator.Pipeline;

/// <summary>
/// The clock for a normal run: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise today's date
/// in China Standard Time (UTC+8), so that a build gives the same bytes all day wherever it runs.
/// </summary>
internal sealed class SystemClock : IClock
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <inheritdoc />
    public DateOnly Today
    {
        get
        {
            var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
            var instant = long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : DateTimeOffset.UtcNow;
            return DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);
        }
    }
}
