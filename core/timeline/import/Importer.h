#pragma once

#include "timeline/import/ImportTypes.h"

namespace causeway::timeline {

// The format of a file from its name and first bytes (head: up to 64 KiB is plenty):
// folders and zips are Slack exports, a JSON array is a Slack day file, JSON objects a line are
// JSON Lines, syslog headers are syslog, lines starting with times are notes, and anything with
// a consistent delimiter is CSV. Auto when nothing fits.
ImportFormat detectFormat(const QString& path, const QByteArray& head);

// Reads path and runs the importer of format (Auto: detected). Files over 1 GiB are refused.
ImportResult importFile(const QString& path, ImportFormat format, const ImportOptions& options);

// The importer for bytes already read (not Slack folders and zips).
ImportResult importBytes(const QByteArray& data, ImportFormat format, const ImportOptions& options);

} // namespace causeway::timeline
