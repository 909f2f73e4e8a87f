namespace Alliances.Site.Model;

/// <summary>
/// Words a reader may type for one another (site.yml's <c>search.variants</c>, e.g. [defence, defense]
/// or [US, U.S., United States]): a query for one finds the others.
/// </summary>
/// <param name="Members">Each variant as its search terms (folded, stop words left out); a variant of several words matches only where all of them do.</param>
public sealed record SearchVariantGroup(IReadOnlyList<IReadOnlyList<string>> Members);
