#pragma once

#include "model/Template.h"

#include <QString>
#include <QStringList>

namespace causeway {

// Postmortem templates are data written in English. Their display texts (names, section
// titles, field labels and help, cause categories, choice values) are translated when they
// are shown; the keys and the stored values stay as they are, so a postmortem reads the same
// in every language and moves between machines that use different ones.
QString templateText(const QString& english);

// A copy of the template with its display texts translated (cause categories stay keys:
// they are stored in causes; show them through templateText()).
Template withTranslatedTexts(Template t);

// Every text of the built-in templates and the default cause categories, as the
// translation tools see them (a test checks the templates use no other).
QStringList builtinTemplateTexts();

} // namespace causeway
