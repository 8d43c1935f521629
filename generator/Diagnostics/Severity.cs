namespace Disclosure.Generator.Diagnostics;

/// <summary>How serious a finding is: an error stops the build; a warning and information are reported only.</summary>
internal enum Severity
{
    Info,
    Warning,
    Error,
}
