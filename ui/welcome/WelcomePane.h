#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace causeway {

// Shown where the editor goes while no postmortem is open. On an empty database it is the
// first thing a new facilitator sees, so it offers a worked example next to a blank start.
class WelcomePane : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePane(QWidget* parent = nullptr);

    // counts: postmortems in the list and whether the store can be written.
    void setState(int postmortemCount, bool readOnly);

    QPushButton* sampleButton() const { return m_sample; }
    QPushButton* newButton() const { return m_new; }

Q_SIGNALS:
    void sampleRequested();
    void newRequested();

private:
    QLabel* m_heading;
    QLabel* m_text;
    QPushButton* m_sample;
    QPushButton* m_new;
};

} // namespace causeway
