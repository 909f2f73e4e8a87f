namespace Alliances.Site.Body;

/// <summary>
/// A part of an essay a topic page can link straight into: a section under a heading, or a list
/// item or paragraph that opens with a bold lead-in (`**Intelligence Sharing:** …`).
/// </summary>
public sealed record Passage(string Id, string Title, PassageKind Kind, int Line);

public enum PassageKind
{
    Section,
    LeadIn,
}
