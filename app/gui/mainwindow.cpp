#include "mainwindow.h"

namespace offprint::gui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Offprint"));
}

} // namespace offprint::gui
