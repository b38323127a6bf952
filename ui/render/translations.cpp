// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace cb::render {
namespace {

// Where CMake (qt_add_translations in ui/CMakeLists.txt) puts the compiled translations.
constexpr auto kFolder = ":/i18n/";
constexpr auto kPrefix = "clusterbelt_";

/// The translators of the last installTranslations(): ours and Qt's. They are children of the
/// application object, so they go with it (and the pointers become null).
QPointer<QTranslator>& installed(int which) {
  static QPointer<QTranslator> translators[2];
  return translators[which];
}

void removeInstalled() {
  for (int which : {0, 1}) {
    if (QTranslator* translator = installed(which)) {
      QCoreApplication::removeTranslator(translator);
      delete translator;
    }
  }
}

/// Loads a translator under the application object and installs it; nullptr when the file is
/// missing or unreadable.
QTranslator* install(const auto& load) {
  auto* translator = new QTranslator(QCoreApplication::instance());
  if (!load(*translator) || !QCoreApplication::installTranslator(translator)) {
    delete translator;
    return nullptr;
  }
  return translator;
}

}  // namespace

QStringList availableLanguages() {
  QStringList names{QStringLiteral("en")};
  const QDir folder{QString::fromLatin1(kFolder)};
  const QStringList pattern{QLatin1String(kPrefix) + QStringLiteral("*.qm")};
  for (const QString& file : folder.entryList(pattern, QDir::Files, QDir::Name)) {
    names << file.mid(static_cast<qsizetype>(qstrlen(kPrefix))).chopped(3);  // "zh_CN"
  }
  return names;
}

QString translationFor(const QLocale& locale) {
  const QStringList names = availableLanguages();
  for (QString language : locale.uiLanguages()) {
    const QLocale wanted(language.replace(QLatin1Char('-'), QLatin1Char('_')));
    if (wanted.language() == QLocale::English || wanted.language() == QLocale::C) return {};
    // Language and script decide, not the territory: zh_SG reads the zh_CN texts, zh_TW does not
    // (Traditional script), and English is the source text, so it has no file.
    for (const QString& name : names) {
      const QLocale translation(name);
      if (translation.language() == wanted.language() && translation.script() == wanted.script() &&
          translation.language() != QLocale::English) {
        return name;
      }
    }
  }
  return {};
}

QString installTranslations(const QLocale& locale) {
  if (QCoreApplication::instance() == nullptr) return {};
  removeInstalled();
  const QString name = translationFor(locale);
  if (!name.isEmpty()) {
    // Qt's first, ours last: the translator installed last is asked first.
    installed(1) = install([&](QTranslator& t) {
      return t.load(QLocale(name), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    installed(0) = install([&](QTranslator& t) {
      return t.load(QLatin1String(kFolder) + QLatin1String(kPrefix) + name);
    });
  }
  // Installing and removing post QEvent::LanguageChange; widgets retranslate in changeEvent().
  // Delivered now rather than at the next turn of the event loop, so that what the caller does
  // next (a figure, a status message, a test) already sees the new texts.
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
  return name;
}

}  // namespace cb::render
