#include "common/ProblemLabel.h"

#include "review/SignatureListModel.h"

#include <QLabel>

namespace causeway {

void makeProblemLabel(QLabel* label) {
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(QStringLiteral("problem"));
    QPalette red = label->palette();
    red.setColor(QPalette::WindowText,
                 SignatureListModel::invalidColor(label->palette().color(QPalette::Window)));
    label->setPalette(red);
    label->hide();
}

} // namespace causeway
