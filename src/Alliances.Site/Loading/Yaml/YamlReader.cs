using Alliances.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Alliances.Site.Loading.Yaml;

/// <summary>
/// Reads front-matter YAML through YamlDotNet's event parser into <see cref="YamlValue"/>s.
/// Anchors, aliases and tags are refused rather than expanded, and nesting is bounded, so a hostile
/// file cannot blow up memory or the stack; duplicate keys are errors.
/// </summary>
public static class YamlReader
{
    public const int MaxDepth = 32;

    /// <summary>Returns the root mapping, or null when the YAML is empty or unusable (diagnostics say why).</summary>
    public static YamlMapping? ReadMapping(string yaml, string path, int firstLine, DiagnosticBag diagnostics) =>
        ReadMapping(yaml, path, firstLine, diagnostics, out _);

    /// <param name="failed">Whether an error was reported (as opposed to YAML that is simply empty).</param>
    public static YamlMapping? ReadMapping(string yaml, string path, int firstLine, DiagnosticBag diagnostics, out bool failed)
    {
        var state = new State(path, firstLine, diagnostics, yaml);
        if (YamlHints.TabIndent(yaml) is { } tab)
        {
            // YAML refuses tabs, but its own error points past them, often at another line.
            var more = tab.Count > 1 ? $" (and {tab.Count - 1} more line{(tab.Count == 2 ? "" : "s")})" : string.Empty;
            state.Report(firstLine + tab.Line, tab.Column, DiagnosticCodes.YamlSyntax, $"this line is indented with a tab{more}; YAML allows only spaces: indent with spaces");
            failed = true;
            return null;
        }

        var mapping = Read(yaml, state);
        failed = state.Failed;
        if (mapping is not null && yaml.Contains(" #", StringComparison.Ordinal))
        {
            ReportCutValues(yaml, mapping, state);
        }

        return mapping;
    }

    /// <summary>A text field cut short by an unquoted ` #` (a YAML comment) is a warning naming the lost words.</summary>
    private static void ReportCutValues(string yaml, YamlMapping mapping, State state)
    {
        foreach (var (key, value) in mapping.Entries)
        {
            if (value is YamlScalar { IsPlain: true } scalar && YamlHints.CutByComment(yaml, state.RelativeLine(scalar.Line), key.Value, scalar.Value) is { } hint)
            {
                state.Report(state.FirstLine + hint.Line, hint.Column, DiagnosticCodes.CommentCutValue, hint.Message, fails: false);
            }
        }
    }

    private static YamlMapping? Read(string yaml, State state)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, state, depth: 0);
            parser.Consume<DocumentEnd>();
            if (!parser.TryConsume<StreamEnd>(out _))
            {
                state.Report(parser.Current?.Start, DiagnosticCodes.YamlNotAllowed, "front-matter must be a single YAML document");
                return null;
            }

            if (state.Failed || root is null)
            {
                return null;
            }

            if (root is YamlScalar { IsNull: true })
            {
                return null;
            }

            if (root is not YamlMapping mapping)
            {
                state.Report(root.Line, root.Column, DiagnosticCodes.YamlSyntax, $"front-matter must be a mapping of `key: value` lines, not {root.Describe()}");
                return null;
            }

            return mapping;
        }
        catch (YamlException e)
        {
            // The library's words name the symptom; a value that needed quotes, at or above, is the cause.
            if (!state.ReportHint(e.Start, DiagnosticCodes.YamlSyntax))
            {
                state.Report(e.Start, DiagnosticCodes.YamlSyntax, CleanMessage(e));
            }

            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (without a position) on some malformed input; the last
            // event it produced is the closest place we know.
            if (!state.ReportHint(null, DiagnosticCodes.YamlSyntax))
            {
                state.Report(state.LastMark, DiagnosticCodes.YamlSyntax, "invalid YAML near here; check for an unclosed `[`, `{` or quote");
            }

            return null;
        }
        catch (AbortException)
        {
            return null;
        }
    }

    private static YamlValue? ReadNode(IParser parser, State state, int depth)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of YAML");
        state.LastMark = current.End;
        if (current is AnchorAlias alias)
        {
            state.Report(alias.Start, DiagnosticCodes.YamlNotAllowed, "YAML aliases (`*name`) are not allowed in front-matter" + state.TextHint(alias.Start));
            throw new AbortException();
        }

        if (current is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                state.Report(node.Start, DiagnosticCodes.YamlNotAllowed, "YAML anchors (`&name`) are not allowed in front-matter" + state.TextHint(node.Start));
                throw new AbortException();
            }

            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
            {
                state.Report(node.Start, DiagnosticCodes.YamlNotAllowed, $"YAML tags such as `{node.Tag.Value}` are not allowed in front-matter" + state.TextHint(node.Start));
                throw new AbortException();
            }
        }

        if (depth > MaxDepth)
        {
            state.Report(current.Start, DiagnosticCodes.YamlNotAllowed, $"front-matter is nested deeper than {MaxDepth} levels");
            throw new AbortException();
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, state.Line(scalar.Start), State.Column(scalar.Start));
            case SequenceStart start:
                {
                    parser.MoveNext();
                    var items = new List<YamlValue>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        items.Add(ReadNode(parser, state, depth + 1)!);
                    }

                    return new YamlSequence(items, state.Line(start.Start), State.Column(start.Start));
                }

            case MappingStart start:
                {
                    parser.MoveNext();
                    var entries = new List<KeyValuePair<YamlScalar, YamlValue>>();
                    var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(parser, state, depth + 1);
                        var value = ReadNode(parser, state, depth + 1)!;
                        if (keyNode is not YamlScalar key)
                        {
                            state.Report(keyNode!.Line, keyNode.Column, DiagnosticCodes.YamlNotAllowed, "front-matter keys must be plain words");
                            throw new AbortException();
                        }

                        if (seen.TryGetValue(key.Value, out var first))
                        {
                            // Reported, but the rest of the mapping is still read: one duplicate should not hide every field.
                            state.Report(key.Line, key.Column, DiagnosticCodes.DuplicateKey, $"duplicate key '{key.Value}' (first given on line {first.Line})", fails: false);
                            continue;
                        }

                        seen.Add(key.Value, key);
                        entries.Add(new(key, value));
                    }

                    return new YamlMapping(entries, state.Line(start.Start), State.Column(start.Start));
                }

            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }

    private static string CleanMessage(YamlException e)
    {
        // YamlDotNet prefixes messages with its own 0-based "(Line: x, Col: y, Idx: z)" position; ours is already in front.
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var close = message.StartsWith("(Line:", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        message = close >= 0 ? message[(close + 3)..] : message;
        return "invalid YAML: " + message.TrimEnd('.').Trim();
    }

    private sealed class AbortException : Exception;

    private sealed class State(string path, int firstLine, DiagnosticBag diagnostics, string yaml)
    {
        public bool Failed { get; private set; }

        public int FirstLine => firstLine;

        public int RelativeLine(int line) => line - firstLine;

        /// <summary>Reports the hint for a value at or above <paramref name="at"/> (anywhere, without a place) that needed quotes; false if there is none.</summary>
        public bool ReportHint(Mark? at, DiagnosticCode code)
        {
            if (YamlHints.NeedsQuotes(yaml, at is null ? int.MaxValue : (int)at.Value.Line - 1) is not { } hint)
            {
                return false;
            }

            Report(firstLine + hint.Line, hint.Column, code, hint.Message);
            return true;
        }

        /// <summary>"; if this is text, …" for a value on the line of <paramref name="at"/> that was meant as text.</summary>
        public string TextHint(Mark at) =>
            YamlHints.NeedsQuotes(yaml, (int)at.Line - 1) is { } hint && hint.Line == (int)at.Line - 1
                ? "; if it is text, " + hint.Message[(hint.Message.IndexOf("; ", StringComparison.Ordinal) + 2)..]
                : string.Empty;

        public Mark? LastMark { get; set; }

        public int Line(Mark mark) => firstLine + (int)mark.Line - 1;

        public static int Column(Mark mark) => Math.Max(1, (int)mark.Column);

        public void Report(Mark? at, DiagnosticCode code, string message) =>
            Report(at is null ? firstLine : Line(at.Value), at is null ? 1 : Column(at.Value), code, message);

        public void Report(int line, int column, DiagnosticCode code, string message, bool fails = true)
        {
            Failed |= fails && code.Severity == Severity.Error;
            diagnostics.Report(new SourceLocation(path, line, column), code, message);
        }
    }
}
