// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/render/language_option.h"

#include <QLocale>
#include <QStringList>

#include "ui/render/translations.h"

namespace cb::cli {

QString languageArgument(const Arguments& arguments) {
  const QString language = QString::fromStdString(arguments.value("lang", "en"));
  const QStringList offered = render::availableLanguages();
  if (!offered.contains(language)) {
    throw ArgumentError("--lang: no translation for '" + language.toStdString() + "'; use one of " +
                        offered.join(QStringLiteral(", ")).toStdString());
  }
  return language;
}

void installLanguage(const QString& language) {
  // English is the source text: no translator, so the system's locale cannot change the output.
  if (language != QLatin1String("en")) render::installTranslations(QLocale(language));
}

}  // namespace cb::cli
