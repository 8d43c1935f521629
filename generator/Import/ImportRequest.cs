using Disclosure.Generator.Calendar;
using Disclosure.Generator.Configuration;
using Disclosure.Generator.Diagnostics;
using Disclosure.Generator.Records;

namespace Disclosure.Generator.Import;

/// <summary>Everything an import needs: the export, its mapping, the agency, the site it imports into, and the day it is judged on.</summary>
internal sealed record ImportRequest
{
    /// <summary>The export, read.</summary>
    public required ExportTable Table { get; init; }

    /// <summary>The column mapping.</summary>
    public required ImportMapping Mapping { get; init; }

    /// <summary>The agency every imported decision belongs to.</summary>
    public required RecordId Agency { get; init; }

    /// <summary>The site's records as they are now.</summary>
    public required RecordSet Existing { get; init; }

    /// <summary>The site's configuration.</summary>
    public required SiteConfig Config { get; init; }

    /// <summary>The working-day calendar.</summary>
    public required WorkdayCalendar Calendar { get; init; }

    /// <summary>The day the rules are judged on; an imported record is published on the day it is merged.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The output folder relative to the site root, '/' separated (content/decisions by default).</summary>
    public required string OutputPath { get; init; }

    /// <summary>The message language, for the labels placed into messages.</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.Chinese;
}
