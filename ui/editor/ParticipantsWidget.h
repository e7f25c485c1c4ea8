#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace causeway {

class ParticipantsModel;
class PostmortemDocument;

// The participants section: who took part in the response, by role, not to assign blame.
class ParticipantsWidget : public QWidget {
    Q_OBJECT
public:
    explicit ParticipantsWidget(QWidget* parent = nullptr);

    void setDocument(PostmortemDocument* document);
    void setReadOnly(bool readOnly);

    ParticipantsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    void addParticipant();
    void removeCurrentParticipant();

private:
    void updateButtons();

    PostmortemDocument* m_doc = nullptr;
    ParticipantsModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    bool m_readOnly = false;
};

} // namespace causeway
