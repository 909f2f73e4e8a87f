namespace Alliances.Site.Output;

/// <summary>One file of the built site: its path relative to the output folder ('/' separators) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content);
