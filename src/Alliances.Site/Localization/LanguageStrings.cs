using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Alliances.Site.Localization;

/// <summary>
/// The interface strings of one language (one file of templates/i18n/), English filling any key the
/// file lacks. Dates and numbers are written from the file's own month names and digits, never from
/// the machine's culture data, so a page has the same bytes on every machine.
/// </summary>
public sealed class LanguageStrings
{
    private readonly IReadOnlyDictionary<string, StringValue> _entries;
    private readonly LanguageStrings? _reference;
    private readonly ConcurrentDictionary<DateOnly, string> _dates = new();
    private readonly string _digits;
    private readonly IReadOnlyList<string> _months;

    public LanguageStrings(string language, IReadOnlyDictionary<string, StringValue> entries, LanguageStrings? reference)
    {
        Language = language;
        _entries = entries;
        _reference = reference;
        _digits = Text("digits") is { Length: 10 } digits ? digits : "0123456789";
        _months = Value("months") is ListValue { Items.Count: 12 } months ? months.Items : CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
        Function = new TranslateFunction(this);
        ScriptFunction = new ScriptStringsFunction(this);
    }

    /// <summary>The language these strings are for, as their file is named (`en`, `ar`, `pt-br`).</summary>
    public string Language { get; }

    /// <summary>`t`, bound to this language, as templates call it.</summary>
    public TranslateFunction Function { get; }

    /// <summary>`t_json`, bound to this language: the strings a script writes, as JSON.</summary>
    public ScriptStringsFunction ScriptFunction { get; }

    /// <summary>The OpenGraph locale (`ll_CC`) the file gives for its language.</summary>
    public string Locale => Text("locale") ?? Language.Replace('-', '_');

    /// <summary>The keys this language's own file gives.</summary>
    public IEnumerable<string> Keys => _entries.Keys;

    public StringValue? Value(string key) =>
        _entries.TryGetValue(key, out var value) ? value : _reference?.Value(key);

    public string? Text(string key) => Value(key) is TextValue text ? text.Text : null;

    /// <summary>The placeholders of a key in the order a template passes their values: as English writes them.</summary>
    public IReadOnlyList<string> ArgumentOrder(string key) => (_reference ?? this).Value(key)?.Placeholders ?? [];

    /// <summary>A number written with this language's digits.</summary>
    public string Number(long n)
    {
        var invariant = n.ToString(CultureInfo.InvariantCulture);
        if (_digits == "0123456789")
        {
            return invariant;
        }

        var written = new StringBuilder(invariant.Length);
        foreach (var c in invariant)
        {
            written.Append(c is >= '0' and <= '9' ? _digits[c - '0'] : c);
        }

        return written.ToString();
    }

    /// <summary>A date as the language writes it (`21 November 2026`, `21 نوفمبر 2026`); made once per date.</summary>
    public string DisplayDate(DateOnly date) => _dates.GetOrAdd(date, d => Placeholder.Fill(Text("date") ?? "{day} {month} {year}", name => name switch
    {
        "day" => Number(d.Day),
        "month" => _months[d.Month - 1],
        "year" => Number(d.Year),
        _ => null,
    }));

    /// <summary>
    /// The text of <paramref name="key"/> with its placeholders filled from <paramref name="arguments"/>
    /// in <see cref="ArgumentOrder"/>; a counted phrase takes the form for its `{n}`.
    /// </summary>
    public string Format(string key, IReadOnlyList<object?> arguments)
    {
        var order = ArgumentOrder(key);
        string? Argument(string name)
        {
            var i = IndexOf(order, name);
            return i < 0 || i >= arguments.Count ? null : arguments[i] switch
            {
                int n => Number(n),
                long n => Number(n),
                null => "",
                var other => Convert.ToString(other, CultureInfo.InvariantCulture),
            };
        }

        var text = Value(key) switch
        {
            TextValue t => t.Text,
            PluralValue plural => Form(plural, Count(order, arguments)),
            ListValue list => string.Join(", ", list.Items),
            _ => throw new KeyNotFoundException(key),
        };
        return Placeholder.Fill(text, Argument);
    }

    public bool Has(string key) => Value(key) is not null;

    /// <summary>The values of <paramref name="keys"/> as one JSON object, with `lang` (see <see cref="ScriptStringsFunction"/>).</summary>
    public string Json(IEnumerable<string> keys) => ScriptStringsFunction.Write(this, keys);

    /// <summary>The words an essay's rendered body writes itself (notes, table regions), in this language.</summary>
    public Markdown.BodyLabels BodyLabels => field ??= new(
        Format("notes", []),
        n => Format("note_reference", [n]),
        n => Format("back_to_reference", [n]),
        Format("scrolling_table", []));

    private string Form(PluralValue plural, long n) =>
        plural.Forms.TryGetValue(PluralRules.Category(Language, n), out var form) ? form : plural.Forms["other"];

    private static long Count(IReadOnlyList<string> order, IReadOnlyList<object?> arguments)
    {
        var i = IndexOf(order, "n");
        return i >= 0 && i < arguments.Count && arguments[i] is int or long ? Convert.ToInt64(arguments[i], CultureInfo.InvariantCulture) : 0;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
