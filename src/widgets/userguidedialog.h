// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ardesk {

class GuideBrowser;

/// Help > User guide (F1): docs/user-guide.md as ARDesk carries it (its screenshots and the
/// pages it links to compiled in), a list of its sections, and find (Ctrl+F, then Enter or F3
/// for the next match, Shift+Enter or Shift+F3 for the previous) with every match marked.
/// Not modal: it stays open beside the window.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    /// The guide's first page in the resources.
    static QUrl guideUrl();

    explicit UserGuideDialog(QWidget *parent = nullptr);

    GuideBrowser *browser() const { return m_browser; }
    QLineEdit *findField() const { return m_find; }
    /// Shows the dialog at the section with `anchor` ("today-the-start-page"); an empty or
    /// unknown one leaves the guide where it was.
    void showSection(const QString &anchor);
    /// Finds the find field's text after (before) the current match.
    void findNext();
    void findPrevious();
    /// "3 of 17", "Not found" or empty.
    QString findStatus() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFindBar();
    void fillContents();
    /// Selects the section being read in the sections list.
    void followReading();
    void runFind(int step);
    void setUpContents();
    void addFindShortcuts();
    void retranslateUi();

    GuideBrowser *m_browser;
    QTreeWidget *m_contents;
    QLineEdit *m_find;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_back;
    QLabel *m_status;
    QLabel *m_findLabel;
};

} // namespace ardesk
