// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/language.h"

#include <QActionGroup>
#include <QEvent>
#include <QLocale>
#include <QSettings>

#include "ui/render/translations.h"

namespace cb::ui {
namespace {
const QString kKey = QStringLiteral("ui/language");
}  // namespace

QString savedLanguage() { return QSettings().value(kKey).toString(); }

void saveLanguage(const QString& name) {
  QSettings settings;
  if (name.isEmpty()) {
    settings.remove(kKey);
  } else {
    settings.setValue(kKey, name);
  }
}

QString applyLanguage(const QString& name) {
  const QLocale locale = name.isEmpty() ? QLocale::system() : QLocale(name);
  QLocale::setDefault(locale);
  return render::installTranslations(locale);
}

QString nativeLanguageName(const QString& name) {
  const QLocale locale(name);
  switch (locale.language()) {
    // QLocale names English after a country ("American English") and Chinese without its script.
    case QLocale::English: return QStringLiteral("English");
    case QLocale::Chinese:
      return locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("繁體中文")
                                                                  : QStringLiteral("简体中文");
    default: return locale.nativeLanguageName();
  }
}

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(parent), mGroup(new QActionGroup(this)) {
  setObjectName(QStringLiteral("languageMenu"));
  const QString current = savedLanguage();
  const auto add = [this, &current](const QString& name, const QString& text) {
    QAction* action = addAction(text);
    action->setCheckable(true);
    action->setChecked(name == current);
    action->setData(name);
    mGroup->addAction(action);
    connect(action, &QAction::triggered, this, [this, name] {
      saveLanguage(name);
      applyLanguage(name);
      Q_EMIT languageChosen(name);
    });
    return action;
  };
  mSystem = add(QString(), QString());
  addSeparator();
  for (const QString& name : render::availableLanguages()) add(name, nativeLanguageName(name));
  // A saved language that is no longer offered falls back to the system's.
  if (mGroup->checkedAction() == nullptr) mSystem->setChecked(true);
  retranslate();
}

QAction* LanguageMenu::actionFor(const QString& name) const {
  for (QAction* action : mGroup->actions()) {
    if (action->data().toString() == name) return action;
  }
  return nullptr;
}

void LanguageMenu::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMenu::changeEvent(event);
}

void LanguageMenu::retranslate() {
  setTitle(tr("&Language"));
  mSystem->setText(tr("System default"));
}

}  // namespace cb::ui
