// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// --lang of the commands that paint text (figure, render): the language of the legend, the
// inset's name and the warnings. English unless asked, whatever the machine's locale, so that a
// script makes the same file everywhere.

#include <QString>

#include "app/cli/arguments.h"

namespace cb::cli {

/// The line of the usage texts that documents the option.
inline constexpr const char* kLanguageUsage =
    "--lang en|zh_CN: the language of the texts painted (legend, inset name) and of the warnings:\n"
    "English (the default, whatever the system's language, so scripts stay reproducible) or\n"
    "Simplified Chinese (简体中文).\n";

/// The language asked for, "en" when none; ArgumentError for a language without a translation.
QString languageArgument(const Arguments& arguments);

/// Installs the translations of a language (nothing for English). Needs the HeadlessApp.
void installLanguage(const QString& language);

}  // namespace cb::cli
