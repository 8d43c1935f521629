namespace Disclosure.Generator.Pipeline;

/// <summary>A clock set to one day: from <c>--today</c>, SOURCE_DATE_EPOCH, or a test.</summary>
internal sealed class FixedClock(DateOnly today) : IClock
{
    /// <inheritdoc />
    public DateOnly Today { get; } = today;
}
