// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/controllers/selection_model.h"

namespace cb::ui {

void SelectionModel::setCurrentCity(const QString& code) {
  setSelectedCities(code.isEmpty() ? QStringList() : QStringList{code}, code);
}

void SelectionModel::setSelectedCities(const QStringList& codes, const QString& current) {
  QStringList unique;
  for (const QString& code : codes) {
    if (!code.isEmpty() && !unique.contains(code)) unique.push_back(code);
  }
  const QString newCurrent = unique.contains(current) ? current : QString();
  const bool selectionChanged_ = unique != mSelected;
  const bool currentChanged_ = newCurrent != mCurrent;
  mSelected = unique;
  mCurrent = newCurrent;
  if (selectionChanged_) Q_EMIT selectionChanged(mSelected);
  if (currentChanged_) Q_EMIT currentCityChanged(mCurrent);
}

void SelectionModel::clear() { setSelectedCities({}, {}); }

}  // namespace cb::ui
