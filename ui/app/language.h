// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QString>

class QAction;
class QActionGroup;

namespace cb::ui {

/// The language chosen in View → Language, kept in the settings: empty to follow the system,
/// else a locale name ("en", "zh_CN").
[[nodiscard]] QString savedLanguage();
void saveLanguage(const QString& name);

/// Shows the application in a language: an empty name follows the system locale, "en" is
/// English, another name a locale with a translation. Installs the translations
/// (render::installTranslations) and makes the locale the default one, so that numbers and the
/// names of industry groups follow the interface. Returns the translation installed ("zh_CN"),
/// or an empty string for English.
QString applyLanguage(const QString& name);

/// The name of a language in that language ("English", "简体中文"), so that a user finds it
/// whatever language the interface is in.
[[nodiscard]] QString nativeLanguageName(const QString& name);

/// View → Language: System default, then every language with a translation (English, 简体中文).
/// A choice is saved and applied at once; the widgets retranslate on the QEvent::LanguageChange
/// that follows.
class LanguageMenu : public QMenu {
  Q_OBJECT

 public:
  explicit LanguageMenu(QWidget* parent = nullptr);

  /// The action of a language name ("" for the system's), or nullptr.
  [[nodiscard]] QAction* actionFor(const QString& name) const;

 Q_SIGNALS:
  /// A language was chosen and applied (empty: the system's).
  void languageChosen(const QString& name);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();

  QActionGroup* mGroup;
  QAction* mSystem;
};

}  // namespace cb::ui
