using System.Globalization;
using Alliances.Corpus;

// usage: Alliances.Corpus N DIR [--seed S]
if (args.Length is not (2 or 4) || (args.Length == 4 && args[2] != "--seed")
    || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var essays) || essays is < 1 or > CorpusWriter.MaxEssays
    || (args.Length == 4 && !int.TryParse(args[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
{
    Console.Error.WriteLine($"usage: Alliances.Corpus N DIR [--seed S]   (N from 1 to {CorpusWriter.MaxEssays:N0}; S a whole number, default 1)");
    return 2;
}

var seed = args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
CorpusWriter.Write(essays, args[1], seed);
Console.WriteLine($"Wrote {essays} essays to {args[1]} (seed {seed}).");
return 0;
