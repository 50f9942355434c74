#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Offprint"));
    QApplication::setApplicationName(QStringLiteral("Offprint"));
    offprint::gui::MainWindow window;
    window.show();
    return app.exec();
}
