#include "text/language.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <vector>

namespace offprint::text {

namespace {

// Enough of a text to tell its language; the rest adds time, not certainty.
constexpr qsizetype kSampleChars = 20000;

enum Script { Latin, Han, Kana, Hangul, Cyrillic, Greek, Arabic, Hebrew, Thai, Devanagari, ScriptCount };

Script scriptOf(char32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)
        || (c >= 0x1E00 && c <= 0x1EFF))
        return Latin;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x2FA1F))
        return Han;
    if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF))
        return Kana;
    if ((c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F))
        return Hangul;
    if (c >= 0x400 && c <= 0x4FF)
        return Cyrillic;
    if (c >= 0x370 && c <= 0x3FF)
        return Greek;
    if ((c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F))
        return Arabic;
    if (c >= 0x590 && c <= 0x5FF)
        return Hebrew;
    if (c >= 0xE00 && c <= 0xE7F)
        return Thai;
    if (c >= 0x900 && c <= 0x97F)
        return Devanagari;
    return ScriptCount;
}

// The most frequent short words of languages written in Latin and Cyrillic letters.
struct WordList
{
    const char *code;
    const char *words;
};

constexpr WordList kWordLists[] = {
    {"en", "the and of to is in that it for was with as on are this be by not you have from or at which"},
    {"de", "der die und das ist nicht ein eine zu den mit sich auf für von dem im des auch werden wird sind"},
    {"fr", "le la les et des est une un du que dans pour pas qui sur au avec ce il sont aux plus ne"},
    {"es", "el la los las de que y en un una es por para con del se no al lo como más pero su"},
    {"it", "il di che e la per un una non sono del della è con le si gli da anche come più nel alla"},
    {"pt", "o a os as de que e do da em um uma para com não é por se dos mais das ao também"},
    {"nl", "de het een en van is dat op te in voor niet met zijn ook er maar aan om wordt bij"},
    {"sv", "och att det som en är på av för med till den har inte om ett jag var men kan också"},
    {"da", "og at det er en til på af for med den som de ikke har jeg et var men kan også"},
    {"nb", "og er det at en til på av for med som ikke har jeg et var men kan den de også"},
    {"fi", "ja on ei se että oli kun mutta myös hän ovat tai jos niin kuin sen joka mitä ole vain"},
    {"pl", "i w nie na się z do to że jest o jak a co ale po tak od za przez są"},
    {"cs", "a je se na v že to s z do o k jako ale by pro tak jsou není také"},
    {"tr", "ve bir bu da de için ile çok daha olarak gibi en ne var ama olan sonra kadar değil her"},
    {"ro", "și de în la care cu pe nu un o este să din pentru mai ca sunt fost sau"},
    {"hu", "a az és hogy nem is egy van meg de ez csak már mint még volt el ki ha"},
    {"vi", "và của là có không được trong cho các một những với người này đã để khi từ như cũng"},
    {"id", "dan yang di ini itu dengan untuk tidak dari dalam akan pada juga ke ada saya bisa atau mereka oleh"},
    {"ru", "и в не на что он с как я по это но из у то за так его все она же от"},
    {"uk", "і в не на що він з як я та це але до у то за так його все вона від є"},
    {"bg", "и в не на че се да за от по с е са как то но което като ще съм"},
};

const std::vector<QSet<QString>> &wordSets()
{
    static const std::vector<QSet<QString>> sets = [] {
        std::vector<QSet<QString>> out;
        for (const WordList &list : kWordLists) {
            QSet<QString> words;
            for (const QString &w : QString::fromUtf8(list.words).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                words.insert(w);
            out.push_back(std::move(words));
        }
        return out;
    }();
    return sets;
}

struct Reading
{
    std::array<qsizetype, ScriptCount> letters{};
    std::vector<std::pair<double, const char *>> wordScores; // best first
    qsizetype words = 0;
};

Reading read(const QString &input)
{
    Reading r;
    const QString text = input.left(kSampleChars);
    QString word;
    const auto endWord = [&]() {
        if (word.isEmpty())
            return;
        ++r.words;
        const QString lower = word.toLower();
        word.clear();
        const auto &sets = wordSets();
        for (size_t i = 0; i < sets.size(); ++i) {
            if (sets[i].contains(lower)) {
                auto &scores = r.wordScores;
                auto it = std::find_if(scores.begin(), scores.end(),
                                       [&](const auto &s) { return s.second == kWordLists[i].code; });
                if (it == scores.end())
                    scores.emplace_back(1.0, kWordLists[i].code);
                else
                    it->first += 1;
            }
        }
    };
    for (const char32_t c : text.toUcs4()) {
        const Script s = scriptOf(c);
        if (s != ScriptCount)
            ++r.letters[s];
        if (s == Latin || s == Cyrillic)
            word += QString::fromUcs4(&c, 1);
        else
            endWord();
    }
    endWord();
    std::stable_sort(r.wordScores.begin(), r.wordScores.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    return r;
}

// The dominant script, weighing letters by how many of them make a word.
Script dominantScript(const Reading &r)
{
    static constexpr double kLettersPerWord[ScriptCount] = {5, 1.7, 1.7, 2.5, 5, 5, 4, 4, 5, 4};
    Script best = ScriptCount;
    double bestWeight = 0;
    for (int s = 0; s < ScriptCount; ++s) {
        double weight = double(r.letters[size_t(s)]) / kLettersPerWord[s];
        if (s == Han) // kana mixed with Han is Japanese: count them together there
            weight += double(r.letters[Kana]) / kLettersPerWord[Kana];
        if (weight > bestWeight) {
            bestWeight = weight;
            best = Script(s);
        }
    }
    return bestWeight >= 3 ? best : ScriptCount;
}

QString byWords(const Reading &r, bool cyrillic)
{
    const auto isCyrillicCode = [](const char *code) {
        return QByteArrayView(code) == "ru" || QByteArrayView(code) == "uk" || QByteArrayView(code) == "bg";
    };
    std::vector<std::pair<double, const char *>> scores;
    for (const auto &s : r.wordScores) {
        if (isCyrillicCode(s.second) == cyrillic)
            scores.push_back(s);
    }
    if (scores.empty())
        return {};
    const double best = scores.front().first;
    const double second = scores.size() > 1 ? scores[1].first : 0;
    // A few hits in a long text are loan words; a near tie is two related languages.
    if (best < 3 || best < double(r.words) * 0.04 || best < second * 1.25)
        return {};
    return QString::fromLatin1(scores.front().second);
}

// What the script alone says, for texts whose words do not decide.
QString scriptGuess(const Reading &r)
{
    switch (dominantScript(r)) {
    case Latin: return QStringLiteral("en");
    case Han: return r.letters[Kana] * 20 > r.letters[Han] ? QStringLiteral("ja") : QStringLiteral("zh");
    case Kana: return QStringLiteral("ja");
    case Hangul: return QStringLiteral("ko");
    case Cyrillic: return QStringLiteral("ru");
    case Greek: return QStringLiteral("el");
    case Arabic: return QStringLiteral("ar");
    case Hebrew: return QStringLiteral("he");
    case Thai: return QStringLiteral("th");
    case Devanagari: return QStringLiteral("hi");
    case ScriptCount: break;
    }
    return {};
}

QString detect(const Reading &r)
{
    const Script script = dominantScript(r);
    switch (script) {
    case Latin: return byWords(r, false);
    case Cyrillic: return byWords(r, true);
    case ScriptCount: return {};
    default: return scriptGuess(r); // one language per script here (Han with kana is Japanese)
    }
}

const QSet<QString> &iso639_1()
{
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        const QString all = QStringLiteral(
            "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz "
            "ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik "
            "io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml "
            "mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd "
            "se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi "
            "vo wa wo xh yi yo za zh zu");
        for (const QString &c : all.split(QLatin1Char(' ')))
            set.insert(c);
        return set;
    }();
    return codes;
}

} // namespace

QString detectLanguage(const QString &text)
{
    return detect(read(text));
}

QString normalizeDeclaredLanguage(const QString &declared)
{
    QString code = declared.trimmed().toLower();
    const qsizetype cut = code.indexOf(QRegularExpression(QStringLiteral("[-_,;\\s]")));
    if (cut >= 0)
        code.truncate(cut);
    if (code == QLatin1String("iw"))
        return QStringLiteral("he"); // the old code for Hebrew
    return iso639_1().contains(code) ? code : QString();
}

QString chooseLanguage(const QString &declared, const QString &text)
{
    const Reading r = read(text);
    const QString detected = detect(r);
    const QString page = normalizeDeclaredLanguage(declared);
    if (detected.isEmpty())
        return !page.isEmpty() ? page : scriptGuess(r);
    if (page.isEmpty() || page == detected)
        return detected;
    // Close relatives (Danish and Norwegian, Czech and Slovak…): the page's word stands when its
    // language's own words score nearly as well as the detected one's.
    for (const auto &s : r.wordScores) {
        if (page == QLatin1String(s.second) && s.first >= r.wordScores.front().first * 0.7)
            return page;
    }
    return detected;
}

} // namespace offprint::text
