#pragma once

#include <QMainWindow>

namespace offprint::gui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace offprint::gui
