// The import report of ImportController (declared in importcontroller.h): one row per outcome, and for
// duplicates of a saved page what both copies have and a button to replace the stored copy by the file.
#include "importcontroller.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace offprint::gui {

namespace {

constexpr int kFileRole = Qt::UserRole;            // the outcome's file (column 0)
constexpr int kReplaceableRole = Qt::UserRole + 1; // a Duplicate whose file can replace the stored copy

bool replaceable(const import::ImportOutcome &o)
{
    return o.kind == import::ImportOutcome::Kind::Duplicate && o.copies.has_value() && !o.file.isEmpty();
}

// The files the button acts on: the selected duplicate rows; with no row selected, every one.
QStringList replaceTargets(const QTreeWidget *tree)
{
    QStringList all;
    QStringList selected;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        if (!item->data(0, kReplaceableRole).toBool())
            continue;
        all << item->data(0, kFileRole).toString();
        if (item->isSelected())
            selected << item->data(0, kFileRole).toString();
    }
    QStringList files = tree->selectedItems().isEmpty() ? all : selected;
    files.removeDuplicates();
    return files;
}

} // namespace

QString ImportController::copyCounts(const import::CopyCounts &counts)
{
    return tr("%Ln word(s), %1", nullptr, int(qMin<qint64>(counts.words, INT_MAX)))
        .arg(tr("%Ln image(s)", nullptr, int(qMin<qint64>(counts.images, INT_MAX))));
}

QString ImportController::details(const import::ImportOutcome &o, bool replacedOnRequest)
{
    using K = import::ImportOutcome::Kind;
    QString text = reasonText(o);
    if (o.kind == K::Duplicate && o.copies)
        text = tr("The same page as #%1, which is as good or better: left as it is (stored: %2; this file: %3)")
                   .arg(o.id)
                   .arg(copyCounts(o.copies->stored), copyCounts(o.copies->copy));
    else if (o.kind == K::Duplicate)
        text = tr("The same page as #%1, which is as good or better: left as it is").arg(o.id);
    else if (o.kind == K::Updated && replacedOnRequest && o.copies)
        text = tr("Replaced #%1 with this copy as asked, keeping its tags, state and highlights (it had: %2; "
                  "this file: %3)")
                   .arg(o.id)
                   .arg(copyCounts(o.copies->stored), copyCounts(o.copies->copy));
    else if (o.kind == K::Updated)
        text = tr("A better copy of #%1 (more text or saved images): replaced it, keeping its tags, state "
                  "and highlights")
                   .arg(o.id);
    else if (o.kind == K::Imported && o.restored)
        text = tr("#%1 had been deleted: brought back with its tags, state and highlights").arg(o.id);
    if (!o.warnings.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("; ")) + o.warnings.join(QStringLiteral("; "));
    return text;
}

void ImportController::showReport()
{
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Import report"));
    dialog->resize(640, 380);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(headline(m_outcomes, m_cancelled) + QLatin1Char('.'), dialog);
    label->setObjectName(QStringLiteral("importHeadline"));
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *tree = new QTreeWidget(dialog);
    tree->setObjectName(QStringLiteral("importRows"));
    tree->setHeaderLabels({tr("File"), tr("Result"), tr("Details")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    using K = import::ImportOutcome::Kind;
    int duplicates = 0;
    for (const import::ImportOutcome &o : m_outcomes) {
        QString kind;
        switch (o.kind) {
        case K::Imported: kind = tr("Imported"); break;
        case K::Updated: kind = tr("Updated"); break;
        case K::Duplicate: kind = tr("Duplicate"); break;
        case K::Failed: kind = tr("Failed"); break;
        case K::Skipped: kind = tr("Skipped"); break;
        case K::Filled: kind = tr("Filled in"); break;
        }
        const QString text = details(o, m_update);
        auto *item = new QTreeWidgetItem(tree, {QFileInfo(o.file).fileName(), kind, text});
        item->setToolTip(0, o.file);
        item->setToolTip(2, text);
        item->setData(0, kFileRole, o.file);
        item->setData(0, kReplaceableRole, replaceable(o));
        duplicates += replaceable(o) ? 1 : 0;
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    tree->setColumnWidth(0, 240);
    tree->setColumnWidth(1, 100);
    tree->setSortingEnabled(true);
    tree->clearSelection();
    layout->addWidget(tree, 1);
    auto *note = new QLabel(dialog);
    note->setObjectName(QStringLiteral("importReportNote"));
    note->setWordWrap(true);
    note->hide();
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    if (duplicates > 0) {
        // The selected duplicate rows; with no row selected, all of them. Other selected rows are left
        // out; a selection without duplicates disables the button.
        QPushButton *replace = buttons->addButton(tr("Replace with These Copies"), QDialogButtonBox::ActionRole);
        replace->setObjectName(QStringLiteral("replaceWithCopies"));
        replace->setToolTip(tr("Import the selected duplicate files again, each replacing the article it is the "
                               "same page as; its tags, read and starred state and highlights are kept. With no "
                               "row selected: every duplicate file."));
        replace->setAutoDefault(false);
        const auto updateButton = [tree, replace] { replace->setEnabled(!replaceTargets(tree).isEmpty()); };
        connect(tree, &QTreeWidget::itemSelectionChanged, replace, updateButton);
        updateButton();
        connect(replace, &QPushButton::clicked, dialog, [this, tree, note, dialog] {
            if (replaceWith(replaceTargets(tree))) {
                dialog->close(); // the report of that import follows
                return;
            }
            note->setText(tr("Another import is running: replace these when it has finished."));
            note->show();
        });
    }
    layout->addWidget(buttons);
    dialog->show();
}

} // namespace offprint::gui
