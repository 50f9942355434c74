#include "benchmarkrun.h"
#include "bulkbenchmark.h"
#include "libraryopener.h"
#include "htmlbenchmark.h"
#include "mainwindow.h"
#include "samples.h"
#include "settings.h"
#include "storage/library.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

using namespace offprint;

namespace {

void installTranslators(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale); // dates in the list and the reader follow the chosen language
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("offprint"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Offprint"));
    QApplication::setApplicationName(QStringLiteral("Offprint"));
    QApplication::setApplicationVersion(QStringLiteral(OFFPRINT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.offprint.Offprint"));
    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/offprint-64.png"));
    icon.addFile(QStringLiteral(":/icons/offprint-256.png"));
    QApplication::setWindowIcon(icon);

    gui::Settings settings;
    installTranslators(app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A reader for saved tech-news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
                                           QApplication::translate("main", "Open the library in <folder>."),
                                           QApplication::translate("main", "folder"));
    parser.addOption(libraryOption);
    const QCommandLineOption benchmarkOption(
        QStringLiteral("benchmark"),
        QApplication::translate("main", "Measure the window on the library, print the numbers and quit."));
    parser.addOption(benchmarkOption);
    const QCommandLineOption bulkBenchmarkOption(
        QStringLiteral("benchmark-bulk"),
        QApplication::translate("main", "Time select-all operations and their undo on the library and how long "
                                        "the window stops answering, print the numbers and quit (the library "
                                        "ends as it began)."));
    parser.addOption(bulkBenchmarkOption);
    const QCommandLineOption htmlBenchmarkOption(
        QStringLiteral("benchmark-html"),
        QApplication::translate("main", "Time how the reader shows a sanitised page <file>, print the numbers and "
                                        "quit."),
        QApplication::translate("main", "file"));
    parser.addOption(htmlBenchmarkOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Saved pages or folders to import."),
                                 QStringLiteral("[files...]"));
    parser.process(app);
    if (parser.isSet(htmlBenchmarkOption))
        return gui::runHtmlBenchmark(parser.values(htmlBenchmarkOption));

    // --library wins, then $OFFPRINT_LIBRARY, then the folder chosen in Settings, then the default.
    QString folder = parser.value(libraryOption);
    if (folder.isEmpty() && qEnvironmentVariableIsEmpty("OFFPRINT_LIBRARY"))
        folder = settings.libraryFolder();
    if (folder.isEmpty())
        folder = storage::Library::defaultFolder();
    folder = QDir(folder).absolutePath();

    auto library = gui::openLibraryShowingProgress(folder); // an upgrade of an older library shows its progress
    if (!library.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Offprint"),
                              QApplication::translate("main", "The library in %1 could not be opened.\n\n%2")
                                  .arg(QDir::toNativeSeparators(folder), library.error().localizedMessage()));
        return 1;
    }
    const bool benchmark = parser.isSet(benchmarkOption) || parser.isSet(bulkBenchmarkOption);
    if ((*library)->wasCreated() && !benchmark)
        gui::seedSamples(**library);

    // A benchmark run must not read or change the user's preferences.
    QTemporaryDir benchConfig;
    std::unique_ptr<gui::Settings> benchSettings;
    if (benchmark)
        benchSettings = std::make_unique<gui::Settings>(benchConfig.filePath(QStringLiteral("offprint.ini")));
    gui::MainWindow window(**library, benchmark ? *benchSettings : settings);
    if (parser.isSet(bulkBenchmarkOption))
        gui::runBulkBenchmark(window);
    else if (benchmark)
        gui::runBenchmark(window, sinceStart);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.importPaths(parser.positionalArguments());
    return app.exec();
}
