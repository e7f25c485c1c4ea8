#pragma once

class QLabel;

namespace causeway {

// Makes a label the place where a dialog or pane says what went wrong: wrapped plain text in
// the colour of invalid signatures (readable on light and dark palettes), named "problem"
// for tests, hidden until there is something to say.
void makeProblemLabel(QLabel* label);

} // namespace causeway
