// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The language of the interface and of the figures. The source texts are English; the
// translations are compiled from resources/translations/*.ts and embedded in this library under
// :/i18n, so the CLI, which links only this library, paints figures in them too.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace cb::render {

/// The name of ClusterBelt's translation shown for `locale` ("zh_CN"), or an empty string for
/// English. The locale's UI languages are taken in order of preference and the first that is
/// English or has a translation decides, so a user who lists English before Chinese gets English.
[[nodiscard]] QString translationFor(const QLocale& locale);

/// Installs the translations of `locale` in the running application (a Qt application object
/// must exist): ClusterBelt's own and, when the system has it, Qt's qtbase_<name>.qm from Qt's
/// translations folder, for the standard buttons and dialogs (on Debian it comes with
/// qt6-translations-l10n; when it is missing those stay in English). The translators of an earlier
/// call are removed first, so the language can change while the application runs; widgets have
/// had their QEvent::LanguageChange when this returns. Returns translationFor(locale).
QString installTranslations(const QLocale& locale);

/// The languages the interface can be shown in, as locale names: "en" first, then every
/// embedded translation ("zh_CN").
[[nodiscard]] QStringList availableLanguages();

}  // namespace cb::render
