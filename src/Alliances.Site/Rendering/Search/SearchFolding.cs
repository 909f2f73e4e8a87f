using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Alliances.Site.Rendering.Search;

/// <summary>
/// The one table that turns a character of a word into its search form, used at index time here and
/// at query time by search.js, which reads it from <c>search/manifest.json</c> (so the two cannot
/// drift). The rule, per UTF-16 unit: the table's entry if it has one; else, for a word
/// character (a letter, a mark or a decimal digit), its lower case, or the table's entry for that.
/// An empty entry removes the unit but keeps it inside the word (diacritics, tatweel, joiners).
/// </summary>
/// <remarks>
/// What it folds, and why a reader would expect it: Latin and Greek letters lose their marks (é, ç,
/// ş, ğ, ü, ά) so a query typed without them finds them; Turkish İ and ı are i (a browser lowers İ
/// to i plus a combining dot); ß is ss; Arabic loses its harakat, tanween, shadda, sukun, dagger alef,
/// Quranic marks and tatweel, which writers add or leave out freely; أ إ آ ٱ are ا, ى is ي, ة is ه;
/// Persian and Urdu ی ے ک ہ ھ are Arabic ي ك ه; Arabic-Indic and Persian digits are 0–9.
/// </remarks>
public static class SearchFolding
{
    /// <summary>The Arabic article, dropped from the front of a longer term so that أمن finds الأمن.</summary>
    public const string ArabicArticle = "ال";

    /// <summary>The longest form in the table (ﷲ is four letters).</summary>
    public const int MaxForm = 4;

    /// <summary>
    /// Each entry is a unit followed by its form. Latin and Greek letters with marks (U+00C0–U+024F,
    /// U+0370–U+03FF, U+1E00–U+1FFF) as their decomposition without the marks, lower-cased; ligatures,
    /// Arabic presentation forms and fullwidth letters and digits as their compatibility form (NFKC),
    /// folded the same way, where that is one to four letters. The build runs with invariant
    /// globalization, which has no Unicode normalization, and search.js must not depend on its
    /// browser's either, so the table spells these out (made with Python's unicodedata, Unicode 14;
    /// decompositions never change between versions).
    /// </summary>
    private const string Composed = """
        àa áa âa ãa äa åa çc èe ée êe ëe ìi íi îi ïi ñn òo óo ôo õo öo ùu úu ûu
        üu ýy ÿy āa ăa ąa ćc ĉc ċc čc ďd ēe ĕe ėe ęe ěe ĝg ğg ġg ģg ĥh ĩi īi ĭi
        įi ĵj ķk ĺl ļl ľl ńn ņn ňn ōo ŏo őo ŕr ŗr řr śs ŝs şs šs ţt ťt ũu ūu ŭu
        ůu űu ųu ŵw ŷy źz żz žz ơo ưu ǎa ǐi ǒo ǔu ǖu ǘu ǚu ǜu ǟa ǡa ǧg ǩk ǫo ǭo
        ǰj ǵg ǹn ǻa ȁa ȃa ȅe ȇe ȉi ȋi ȍo ȏo ȑr ȓr ȕu ȗu șs țt ȟh ȧa ȩe ȫo ȭo ȯo
        ȱo ȳy ΐι άα έε ήη ίι ΰυ ϊι ϋυ όο ύυ ώω ḁa ḃb ḅb ḇb ḉc ḋd ḍd ḏd ḑd ḓd ḕe
        ḗe ḙe ḛe ḝe ḟf ḡg ḣh ḥh ḧh ḩh ḫh ḭi ḯi ḱk ḳk ḵk ḷl ḹl ḻl ḽl ḿm ṁm ṃm ṅn
        ṇn ṉn ṋn ṍo ṏo ṑo ṓo ṕp ṗp ṙr ṛr ṝr ṟr ṡs ṣs ṥs ṧs ṩs ṫt ṭt ṯt ṱt ṳu ṵu
        ṷu ṹu ṻu ṽv ṿv ẁw ẃw ẅw ẇw ẉw ẋx ẍx ẏy ẑz ẓz ẕz ẖh ẗt ẘw ẙy ạa ảa ấa ầa
        ẩa ẫa ậa ắa ằa ẳa ẵa ặa ẹe ẻe ẽe ếe ềe ểe ễe ệe ỉi ịi ọo ỏo ốo ồo ổo ỗo
        ộo ớo ờo ởo ỡo ợo ụu ủu ứu ừu ửu ữu ựu ỳy ỵy ỷy ỹy ἀα ἁα ἂα ἃα ἄα ἅα ἆα
        ἇα ἐε ἑε ἒε ἓε ἔε ἕε ἠη ἡη ἢη ἣη ἤη ἥη ἦη ἧη ἰι ἱι ἲι ἳι ἴι ἵι ἶι ἷι ὀο
        ὁο ὂο ὃο ὄο ὅο ὐυ ὑυ ὒυ ὓυ ὔυ ὕυ ὖυ ὗυ ὠω ὡω ὢω ὣω ὤω ὥω ὦω ὧω ὰα άα ὲε
        έε ὴη ήη ὶι ίι ὸο όο ὺυ ύυ ὼω ώω ᾀα ᾁα ᾂα ᾃα ᾄα ᾅα ᾆα ᾇα ᾐη ᾑη ᾒη ᾓη ᾔη
        ᾕη ᾖη ᾗη ᾠω ᾡω ᾢω ᾣω ᾤω ᾥω ᾦω ᾧω ᾰα ᾱα ᾲα ᾳα ᾴα ᾶα ᾷα ιι ῂη ῃη ῄη ῆη ῇη
        ῐι ῑι ῒι ΐι ῖι ῗι ῠυ ῡυ ῢυ ΰυ ῤρ ῥρ ῦυ ῧυ ῲω ῳω ῴω ῶω ῷω ﬀff ﬁfi ﬂfl ﬃffi ﬄffl
        ﬅst ﬆst ﭐا ﭑا ﭒٻ ﭓٻ ﭔٻ ﭕٻ ﭖپ ﭗپ ﭘپ ﭙپ ﭚڀ ﭛڀ ﭜڀ ﭝڀ ﭞٺ ﭟٺ ﭠٺ ﭡٺ ﭢٿ ﭣٿ ﭤٿ ﭥٿ
        ﭦٹ ﭧٹ ﭨٹ ﭩٹ ﭪڤ ﭫڤ ﭬڤ ﭭڤ ﭮڦ ﭯڦ ﭰڦ ﭱڦ ﭲڄ ﭳڄ ﭴڄ ﭵڄ ﭶڃ ﭷڃ ﭸڃ ﭹڃ ﭺچ ﭻچ ﭼچ ﭽچ
        ﭾڇ ﭿڇ ﮀڇ ﮁڇ ﮂڍ ﮃڍ ﮄڌ ﮅڌ ﮆڎ ﮇڎ ﮈڈ ﮉڈ ﮊژ ﮋژ ﮌڑ ﮍڑ ﮎك ﮏك ﮐك ﮑك ﮒگ ﮓگ ﮔگ ﮕگ
        ﮖڳ ﮗڳ ﮘڳ ﮙڳ ﮚڱ ﮛڱ ﮜڱ ﮝڱ ﮞں ﮟں ﮠڻ ﮡڻ ﮢڻ ﮣڻ ﮤه ﮥه ﮦه ﮧه ﮨه ﮩه ﮪه ﮫه ﮬه ﮭه
        ﮮي ﮯي ﮰي ﮱي ﯓڭ ﯔڭ ﯕڭ ﯖڭ ﯗۇ ﯘۇ ﯙۆ ﯚۆ ﯛۈ ﯜۈ ﯝۇٴ ﯞۋ ﯟۋ ﯠۅ ﯡۅ ﯢۉ ﯣۉ ﯤې ﯥې ﯦې
        ﯧې ﯨي ﯩي ﯪيا ﯫيا ﯬيه ﯭيه ﯮيو ﯯيو ﯰيۇ ﯱيۇ ﯲيۆ ﯳيۆ ﯴيۈ ﯵيۈ ﯶيې ﯷيې ﯸيې ﯹيي ﯺيي ﯻيي ﯼي ﯽي ﯾي
        ﯿي ﰀيج ﰁيح ﰂيم ﰃيي ﰄيي ﰅبج ﰆبح ﰇبخ ﰈبم ﰉبي ﰊبي ﰋتج ﰌتح ﰍتخ ﰎتم ﰏتي ﰐتي ﰑثج ﰒثم ﰓثي ﰔثي ﰕجح ﰖجم
        ﰗحج ﰘحم ﰙخج ﰚخح ﰛخم ﰜسج ﰝسح ﰞسخ ﰟسم ﰠصح ﰡصم ﰢضج ﰣضح ﰤضخ ﰥضم ﰦطح ﰧطم ﰨظم ﰩعج ﰪعم ﰫغج ﰬغم ﰭفج ﰮفح
        ﰯفخ ﰰفم ﰱفي ﰲفي ﰳقح ﰴقم ﰵقي ﰶقي ﰷكا ﰸكج ﰹكح ﰺكخ ﰻكل ﰼكم ﰽكي ﰾكي ﰿلج ﱀلح ﱁلخ ﱂلم ﱃلي ﱄلي ﱅمج ﱆمح
        ﱇمخ ﱈمم ﱉمي ﱊمي ﱋنج ﱌنح ﱍنخ ﱎنم ﱏني ﱐني ﱑهج ﱒهم ﱓهي ﱔهي ﱕيج ﱖيح ﱗيخ ﱘيم ﱙيي ﱚيي ﱛذ ﱜر ﱝي ﱤير
        ﱥيز ﱦيم ﱧين ﱨيي ﱩيي ﱪبر ﱫبز ﱬبم ﱭبن ﱮبي ﱯبي ﱰتر ﱱتز ﱲتم ﱳتن ﱴتي ﱵتي ﱶثر ﱷثز ﱸثم ﱹثن ﱺثي ﱻثي ﱼفي
        ﱽفي ﱾقي ﱿقي ﲀكا ﲁكل ﲂكم ﲃكي ﲄكي ﲅلم ﲆلي ﲇلي ﲈما ﲉمم ﲊنر ﲋنز ﲌنم ﲍنن ﲎني ﲏني ﲐي ﲑير ﲒيز ﲓيم ﲔين
        ﲕيي ﲖيي ﲗيج ﲘيح ﲙيخ ﲚيم ﲛيه ﲜبج ﲝبح ﲞبخ ﲟبم ﲠبه ﲡتج ﲢتح ﲣتخ ﲤتم ﲥته ﲦثم ﲧجح ﲨجم ﲩحج ﲪحم ﲫخج ﲬخم
        ﲭسج ﲮسح ﲯسخ ﲰسم ﲱصح ﲲصخ ﲳصم ﲴضج ﲵضح ﲶضخ ﲷضم ﲸطح ﲹظم ﲺعج ﲻعم ﲼغج ﲽغم ﲾفج ﲿفح ﳀفخ ﳁفم ﳂقح ﳃقم ﳄكج
        ﳅكح ﳆكخ ﳇكل ﳈكم ﳉلج ﳊلح ﳋلخ ﳌلم ﳍله ﳎمج ﳏمح ﳐمخ ﳑمم ﳒنج ﳓنح ﳔنخ ﳕنم ﳖنه ﳗهج ﳘهم ﳙه ﳚيج ﳛيح ﳜيخ
        ﳝيم ﳞيه ﳟيم ﳠيه ﳡبم ﳢبه ﳣتم ﳤته ﳥثم ﳦثه ﳧسم ﳨسه ﳩشم ﳪشه ﳫكل ﳬكم ﳭلم ﳮنم ﳯنه ﳰيم ﳱيه ﳵطي ﳶطي ﳷعي
        ﳸعي ﳹغي ﳺغي ﳻسي ﳼسي ﳽشي ﳾشي ﳿحي ﴀحي ﴁجي ﴂجي ﴃخي ﴄخي ﴅصي ﴆصي ﴇضي ﴈضي ﴉشج ﴊشح ﴋشخ ﴌشم ﴍشر ﴎسر ﴏصر
        ﴐضر ﴑطي ﴒطي ﴓعي ﴔعي ﴕغي ﴖغي ﴗسي ﴘسي ﴙشي ﴚشي ﴛحي ﴜحي ﴝجي ﴞجي ﴟخي ﴠخي ﴡصي ﴢصي ﴣضي ﴤضي ﴥشج ﴦشح ﴧشخ
        ﴨشم ﴩشر ﴪسر ﴫصر ﴬضر ﴭشج ﴮشح ﴯشخ ﴰشم ﴱسه ﴲشه ﴳطم ﴴسج ﴵسح ﴶسخ ﴷشج ﴸشح ﴹشخ ﴺطم ﴻظم ﴼا ﴽا ﵐتجم ﵑتحج
        ﵒتحج ﵓتحم ﵔتخم ﵕتمج ﵖتمح ﵗتمخ ﵘجمح ﵙجمح ﵚحمي ﵛحمي ﵜسحج ﵝسجح ﵞسجي ﵟسمح ﵠسمح ﵡسمج ﵢسمم ﵣسمم ﵤصحح ﵥصحح ﵦصمم ﵧشحم ﵨشحم ﵩشجي
        ﵪشمخ ﵫشمخ ﵬشمم ﵭشمم ﵮضحي ﵯضخم ﵰضخم ﵱطمح ﵲطمح ﵳطمم ﵴطمي ﵵعجم ﵶعمم ﵷعمم ﵸعمي ﵹغمم ﵺغمي ﵻغمي ﵼفخم ﵽفخم ﵾقمح ﵿقمم ﶀلحم ﶁلحي
        ﶂلحي ﶃلجج ﶄلجج ﶅلخم ﶆلخم ﶇلمح ﶈلمح ﶉمحج ﶊمحم ﶋمحي ﶌمجح ﶍمجم ﶎمخج ﶏمخم ﶒمجخ ﶓهمج ﶔهمم ﶕنحم ﶖنحي ﶗنجم ﶘنجم ﶙنجي ﶚنمي ﶛنمي
        ﶜيمم ﶝيمم ﶞبخي ﶟتجي ﶠتجي ﶡتخي ﶢتخي ﶣتمي ﶤتمي ﶥجمي ﶦجحي ﶧجمي ﶨسخي ﶩصحي ﶪشحي ﶫضحي ﶬلجي ﶭلمي ﶮيحي ﶯيجي ﶰيمي ﶱممي ﶲقمي ﶳنحي
        ﶴقمح ﶵلحم ﶶعمي ﶷكمي ﶸنجح ﶹمخي ﶺلجم ﶻكمم ﶼلجم ﶽنجح ﶾجحي ﶿحجي ﷀمجي ﷁفمي ﷂبحي ﷃكمم ﷄعجم ﷅصمم ﷆسخي ﷇنجي ﷰصلي ﷱقلي ﷲالله ﷳاكبر
        ﷴمحمد ﷵصلعم ﷶرسول ﷷعليه ﷸوسلم ﷹصلي ﷼ريال ﺀء ﺁا ﺂا ﺃا ﺄا ﺅو ﺆو ﺇا ﺈا ﺉي ﺊي ﺋي ﺌي ﺍا ﺎا ﺏب ﺐب
        ﺑب ﺒب ﺓه ﺔه ﺕت ﺖت ﺗت ﺘت ﺙث ﺚث ﺛث ﺜث ﺝج ﺞج ﺟج ﺠج ﺡح ﺢح ﺣح ﺤح ﺥخ ﺦخ ﺧخ ﺨخ
        ﺩد ﺪد ﺫذ ﺬذ ﺭر ﺮر ﺯز ﺰز ﺱس ﺲس ﺳس ﺴس ﺵش ﺶش ﺷش ﺸش ﺹص ﺺص ﺻص ﺼص ﺽض ﺾض ﺿض ﻀض
        ﻁط ﻂط ﻃط ﻄط ﻅظ ﻆظ ﻇظ ﻈظ ﻉع ﻊع ﻋع ﻌع ﻍغ ﻎغ ﻏغ ﻐغ ﻑف ﻒف ﻓف ﻔف ﻕق ﻖق ﻗق ﻘق
        ﻙك ﻚك ﻛك ﻜك ﻝل ﻞل ﻟل ﻠل ﻡم ﻢم ﻣم ﻤم ﻥن ﻦن ﻧن ﻨن ﻩه ﻪه ﻫه ﻬه ﻭو ﻮو ﻯي ﻰي
        ﻱي ﻲي ﻳي ﻴي ﻵلا ﻶلا ﻷلا ﻸلا ﻹلا ﻺلا ﻻلا ﻼلا ０0 １1 ２2 ３3 ４4 ５5 ６6 ７7 ８8 ９9 Ａa Ｂb
        Ｃc Ｄd Ｅe Ｆf Ｇg Ｈh Ｉi Ｊj Ｋk Ｌl Ｍm Ｎn Ｏo Ｐp Ｑq Ｒr Ｓs Ｔt Ｕu Ｖv Ｗw Ｘx Ｙy Ｚz
        ａa ｂb ｃc ｄd ｅe ｆf ｇg ｈh ｉi ｊj ｋk ｌl ｍm ｎn ｏo ｐp ｑq ｒr ｓs ｔt ｕu ｖv ｗw ｘx
        ｙy ｚz
        """;

    /// <summary>Letters folded by hand: the ones a decomposition does not reach.</summary>
    private static readonly (string Letters, string Form)[] Letters =
    [
        ("İı", "i"), ("ßẞ", "ss"), ("æÆ", "ae"), ("œŒ", "oe"), ("øØ", "o"), ("đĐðÐ", "d"), ("łŁ", "l"), ("ħĦ", "h"),
        ("þÞ", "th"), ("ς", "σ"),
        ("أإآٱٲٳ", "ا"), ("ىیےۓېۍ", "ي"), ("ةۃہۀھە", "ه"), ("کڪ", "ك"),
    ];

    /// <summary>Units removed but kept inside the word: combining marks on Latin, Hebrew points, Arabic harakat and Quranic marks, tatweel, soft hyphen, joiners.</summary>
    private static readonly (char From, char To)[] Removed =
    [
        ('\u0300', '\u036F'), ('\u0591', '\u05BD'), ('\u05BF', '\u05BF'), ('\u05C1', '\u05C2'), ('\u05C4', '\u05C5'), ('\u05C7', '\u05C7'),
        ('\u0610', '\u061A'), ('\u0640', '\u0640'), ('\u064B', '\u065F'), ('\u0670', '\u0670'), ('\u06D6', '\u06DC'),
        ('\u06DF', '\u06E4'), ('\u06E7', '\u06E8'), ('\u06EA', '\u06ED'), ('\u00AD', '\u00AD'), ('\u200C', '\u200D'),
    ];

    // After the tables it is built from: static fields are set in the order they are written.
    private static readonly FrozenDictionary<char, string> Map = Build().ToFrozenDictionary();

    /// <summary>Every entry of the table, in code order (as written to the manifest).</summary>
    public static IEnumerable<KeyValuePair<char, string>> Entries => Map.OrderBy(e => e.Key);

    /// <summary>
    /// Writes the unit's search form into <paramref name="destination"/> (at least <see cref="MaxForm"/> long) and gives
    /// its length; -1 when the unit is not part of a word. ASCII is handled by the caller.
    /// </summary>
    public static int Fold(char c, Span<char> destination)
    {
        if (Map.TryGetValue(c, out var mapped))
        {
            mapped.AsSpan().CopyTo(destination);
            return mapped.Length;
        }

        if (!IsWordUnit(c))
        {
            return -1;
        }

        var lower = char.ToLowerInvariant(c);
        if (lower != c && Map.TryGetValue(lower, out mapped))
        {
            mapped.AsSpan().CopyTo(destination);
            return mapped.Length;
        }

        destination[0] = lower;
        return 1;
    }

    /// <summary>A letter, a mark or a decimal digit (search.js: <c>/[\p{L}\p{M}\p{Nd}]/u</c> on the unit alone).</summary>
    public static bool IsWordUnit(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber;

    /// <summary>
    /// Writes the table as the manifest's <c>fold</c> object: {"table": entries, "article": "ال"}, the
    /// entries separated by spaces, each a unit followed by its form (5 KB rather than 16 as an object).
    /// </summary>
    internal static void WriteJson(Utf8JsonWriter w)
    {
        w.WriteStartObject("fold");
        w.WriteString("table", string.Join(' ', Entries.Select(e => e.Key + e.Value)));
        w.WriteString("article", ArabicArticle);
        w.WriteEndObject();
    }

    private static Dictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();

        foreach (var entry in Composed.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            map[entry[0]] = entry[1..];
        }

        foreach (var (letters, form) in Letters)
        {
            foreach (var letter in letters)
            {
                map[letter] = form;
            }
        }

        foreach (var (from, to) in Removed)
        {
            for (var c = from; c <= to; c++)
            {
                map[c] = string.Empty;
            }
        }

        for (var d = 0; d < 10; d++)
        {
            map[(char)('٠' + d)] = ((char)('0' + d)).ToString();
            map[(char)('۰' + d)] = ((char)('0' + d)).ToString();
        }

        return map;
    }
}
