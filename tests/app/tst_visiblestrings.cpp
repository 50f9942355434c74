#include "fixtures.h"

#include "actions.h"
#include "articlelistview.h"
#include "librarypreferences.h"
#include "mainwindow.h"
#include "readerview.h"
#include "settings.h"
#include "settingsdialog.h"
#include "tageditdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeWidget>

using namespace offprint::gui;

namespace {

// Words that stay as they are in Chinese: the program's name, an abbreviation, units, the language
// named in itself, and the font families the reader's font choice names.
const QStringList kAllowed = {QStringLiteral("Offprint"), QStringLiteral("URL"),     QStringLiteral("pt"),
                              QStringLiteral("em"),       QStringLiteral("English"), QStringLiteral("Noto"),
                              QStringLiteral("Serif"),    QStringLiteral("Sans"),    QStringLiteral("CJK"),
                              QStringLiteral("Songti"),   QStringLiteral("PingFang"), QStringLiteral("YaHei"),
                              QStringLiteral("rust"),     QStringLiteral("to-read")};

struct Found
{
    QString text;
    QString where;
};

void add(QList<Found> &out, const QString &text, const QString &where)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out.append({line.trimmed(), where});
}

void collectMenu(QList<Found> &out, QMenu *menu, const QString &where)
{
    add(out, menu->title(), where);
    for (QAction *action : menu->actions()) {
        add(out, action->text(), where);
        if (action->menu())
            collectMenu(out, action->menu(), where + QLatin1Char('>') + action->text());
    }
}

// Every string a user can see in `root` and its children: texts, titles, placeholders, tooltips,
// items, header labels, units, menus and the actions' texts.
QList<Found> collect(QWidget *root)
{
    QList<Found> out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        const QString where = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName();
        if (w->isWindow())
            add(out, w->windowTitle(), where);
        add(out, w->toolTip(), where);
        if (auto *label = qobject_cast<QLabel *>(w))
            add(out, label->text(), where);
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(out, button->text(), where);
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(out, edit->placeholderText(), where);
        if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                add(out, combo->itemText(i), where);
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            add(out, spin->suffix(), where);
            add(out, spin->specialValueText(), where);
        }
        if (auto *tabs = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(out, tabs->tabText(i), where);
        if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
            for (int c = 0; c < tree->columnCount(); ++c)
                add(out, tree->headerItem()->text(c), where);
            for (QTreeWidgetItemIterator it(tree); *it; ++it)
                for (int c = 0; c < tree->columnCount(); ++c)
                    add(out, (*it)->text(c), where);
        }
        if (auto *list = qobject_cast<ArticleListView *>(w))
            add(out, list->placeholderText(), where);
        if (auto *reader = qobject_cast<ReaderView *>(w))
            add(out, reader->document()->toPlainText(), where);
        if (auto *bar = qobject_cast<QMenuBar *>(w))
            for (QAction *menu : bar->actions())
                if (menu->menu())
                    collectMenu(out, menu->menu(), where);
        // A widget's actions show in a menu (the window's, a context menu); their tooltips only on
        // a toolbar, and the window has none.
        for (QAction *action : w->actions())
            add(out, action->text(), QStringLiteral("QMenu of ") + where);
    }
    return out;
}

// The window, the dialogs it opens (settings, tags, shortcuts), on an empty library (no article data
// among the strings).
QList<Found> everything(offprint::storage::Library &library)
{
    QTemporaryDir config;
    Settings settings(config.filePath(QStringLiteral("offprint.ini")));
    MainWindow window(library, settings);
    window.show();
    QList<Found> out = collect(&window);
    SettingsDialog settingsDialog(settings, *window.preferences(), &window);
    out += collect(&settingsDialog);
    TagEditDialog tags(QCoreApplication::translate("offprint::gui::MainWindow", "Tags of this article:"), {}, {}, &window);
    out += collect(&tags);
    showShortcutList(&window, window.actions());
    for (QDialog *dialog : window.findChildren<QDialog *>())
        if (dialog->isVisible() && dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList")))
            out += collect(dialog);
    return out;
}

bool isKeySequence(const QString &text)
{
    for (const QString &part : text.split(QStringLiteral("   "), Qt::SkipEmptyParts)) {
        const QKeySequence keys = QKeySequence::fromString(part, QKeySequence::NativeText);
        if (keys.isEmpty() || keys.toString(QKeySequence::NativeText) != part)
            return false;
    }
    return true;
}

bool hasLatinBeyondAllowed(QString text)
{
    for (const QString &word : kAllowed)
        text.remove(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word))));
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    return text.contains(latin);
}

} // namespace

// In zh_CN, nothing the window shows is left in English, and no mnemonic shows as "&F" or "(I)" where
// Qt does not draw it as one.
class TestVisibleStrings final : public QObject
{
    Q_OBJECT

private slots:
    void nothingVisibleIsLeftInEnglish();
    void plainActionTextDropsMnemonics();
};

void TestVisibleStrings::nothingVisibleIsLeftInEnglish()
{
    fixtures::TestLibrary lib;
    QVERIFY(lib.open());
    QSet<QString> english;
    for (const Found &found : everything(*lib.library))
        english.insert(found.text);
    QVERIFY(english.contains(QStringLiteral("All articles")));

    QTranslator own;
    QVERIFY(own.load(QStringLiteral(":/i18n/offprint_zh_CN.qm")));
    QTranslator qt;
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QVERIFY2(qt.load(QStringLiteral("qtbase_zh_CN"), qtDir),
             qPrintable(QStringLiteral("qtbase_zh_CN.qm is missing in %1 (Debian: qt6-translations-l10n)").arg(qtDir)));
    QCoreApplication::installTranslator(&own);
    QCoreApplication::installTranslator(&qt);
    const QList<Found> chinese = everything(*lib.library);
    QCoreApplication::removeTranslator(&qt);
    QCoreApplication::removeTranslator(&own);

    QStringList untranslated;
    QStringList mnemonics;
    bool sawOk = false;
    for (const Found &found : chinese) {
        sawOk = sawOk || found.text == QStringLiteral("确定");
        if (english.contains(found.text) && hasLatinBeyondAllowed(found.text) && !isKeySequence(found.text))
            untranslated << found.text + QStringLiteral(" (") + found.where + QLatin1Char(')');
        // Menus and buttons draw "(&F)" as "(F)" with F underlined, the convention; a label shows the
        // brackets without need (its buddy's mnemonic works without them), elsewhere "&" is literal.
        const bool menuOrButton = found.where.startsWith(QLatin1String("QMenu"))
            || found.where.startsWith(QLatin1String("QPushButton")) || found.where.startsWith(QLatin1String("QCheckBox"))
            || found.where.startsWith(QLatin1String("QRadioButton"));
        static const QRegularExpression bracketed(QStringLiteral("[(（]&?[A-Z][)）]"));
        static const QRegularExpression ampersand(QStringLiteral("&[^&\\s]"));
        const bool label = found.where.startsWith(QLatin1String("QLabel"));
        if (!menuOrButton && (found.text.contains(bracketed) || (!label && found.text.contains(ampersand))))
            mnemonics << found.text + QStringLiteral(" (") + found.where + QLatin1Char(')');
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n"))));
    QVERIFY2(mnemonics.isEmpty(), qPrintable(mnemonics.join(QStringLiteral("\n"))));
    QVERIFY2(sawOk, "Qt's own buttons (OK) are in Chinese");
}

void TestVisibleStrings::plainActionTextDropsMnemonics()
{
    QCOMPARE(plainActionText(QStringLiteral("&Import Files…")), QStringLiteral("Import Files"));
    QCOMPARE(plainActionText(QStringLiteral("导入文件(&I)…")), QStringLiteral("导入文件"));
    QCOMPARE(plainActionText(QStringLiteral("撤销“%1”(&U)")), QStringLiteral("撤销“%1”"));
    QCOMPARE(plainActionText(QStringLiteral("Salt && Pepper")), QStringLiteral("Salt & Pepper"));
    QCOMPARE(withoutBracketedMnemonic(QStringLiteral("字号(&S)：")), QStringLiteral("字号："));
    QCOMPARE(withoutBracketedMnemonic(QStringLiteral("Font &size:")), QStringLiteral("Font &size:"));
}

QTEST_MAIN(TestVisibleStrings)
#include "tst_visiblestrings.moc"
