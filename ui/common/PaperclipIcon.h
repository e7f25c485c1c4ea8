#pragma once

#include <QIcon>

namespace causeway {

// A paperclip drawn in the palette's text colour: the evidence marker of timeline rows. Drawn,
// not taken from a font, because many Linux systems have no emoji font.
QIcon paperclipIcon();

} // namespace causeway
