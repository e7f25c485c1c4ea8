#pragma once

#include <QPalette>

namespace causeway {

// A dark palette for the Fusion style, like the dark themes of desktops that Qt follows on
// its own: `causeway --palette dark` shows the app the way those users see it, on any machine.
QPalette darkPalette();

} // namespace causeway
