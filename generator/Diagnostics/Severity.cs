namespace Disclosure.Generator.Diagnostics;

/// <summary>How serious a finding is: an error stops the build, a warning is reported only.</summary>
internal enum Severity
{
    Warning,
    Error,
}
