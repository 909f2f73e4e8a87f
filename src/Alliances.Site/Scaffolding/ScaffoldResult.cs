namespace Alliances.Site.Scaffolding;

public enum ScaffoldOutcome
{
    Created,

    /// <summary>The request was understood but refused (the file exists, a topic is unknown).</summary>
    Refused,

    /// <summary>The request itself is unusable (a title without letters or digits, no topics).</summary>
    Invalid,
}

/// <param name="Outcome">Whether the file was written.</param>
/// <param name="Path">The essay file, as the content folder was given plus `essays/slug.md`.</param>
/// <param name="Message">What happened, in a sentence an editor can act on.</param>
public sealed record ScaffoldResult(ScaffoldOutcome Outcome, string Path, string Message);
