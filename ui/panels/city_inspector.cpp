// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/city_inspector.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/controllers/selection_model.h"
#include "ui/models/entry_table_model.h"
#include "ui/models/match_labels.h"
#include "ui/models/pair_table_model.h"

namespace cb::ui {
namespace {

QTableView* makeView(QAbstractItemModel* model, QWidget* parent) {
  auto* view = new QTableView(parent);
  view->setModel(model);
  view->setSelectionBehavior(QAbstractItemView::SelectRows);
  view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view->setWordWrap(false);
  view->verticalHeader()->hide();
  view->horizontalHeader()->setStretchLastSection(true);
  view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  return view;
}

/// A proxy that keeps the rows of one city (matched exactly on CityCodeRole).
QSortFilterProxyModel* makeCityFilter(QAbstractItemModel* source, QObject* parent) {
  auto* proxy = new QSortFilterProxyModel(parent);
  proxy->setSourceModel(source);
  proxy->setFilterRole(CityCodeRole);
  proxy->setFilterKeyColumn(0);
  proxy->setFilterRegularExpression(QStringLiteral("^$"));
  return proxy;
}

/// A spreadsheet cell: tabs and line breaks would split it.
QString cell(QString text) {
  text.replace(QLatin1Char('\t'), QLatin1Char(' '));
  text.replace(QLatin1Char('\n'), QLatin1Char(' '));
  text.remove(QLatin1Char('\r'));
  return text;
}

/// The visible columns of a view as a header row and one line per row.
void appendTable(QStringList& lines, const QString& title, const QTableView* view) {
  const QAbstractItemModel* model = view->model();
  lines << title;
  QStringList header;
  for (int c = 0; c < model->columnCount(); ++c) {
    if (!view->isColumnHidden(c)) header << cell(model->headerData(c, Qt::Horizontal).toString());
  }
  lines << header.join(QLatin1Char('\t'));
  for (int r = 0; r < model->rowCount(); ++r) {
    QStringList values;
    for (int c = 0; c < model->columnCount(); ++c) {
      if (!view->isColumnHidden(c)) values << cell(model->index(r, c).data().toString());
    }
    lines << values.join(QLatin1Char('\t'));
  }
}

}  // namespace

CityInspector::CityInspector(SelectionModel* selection, QWidget* parent)
    : QWidget(parent),
      mSelection(selection),
      mClusters(new ClusterTableModel(this)),
      mBelts(new BeltTableModel(this)),
      mPairs(new PairTableModel(this)),
      mClusterProxy(makeCityFilter(mClusters, this)),
      mBeltProxy(makeCityFilter(mBelts, this)),
      mStack(new QStackedWidget(this)),
      mHint(new QLabel(this)),
      mTitle(new QLabel(this)),
      mSubtitle(new QLabel(this)),
      mSummary(new QLabel(this)),
      mClustersTitle(new QLabel(this)),
      mBeltsTitle(new QLabel(this)),
      mPairsTitle(new QLabel(this)),
      mClusterView(makeView(mClusterProxy, this)),
      mBeltView(makeView(mBeltProxy, this)),
      mPairView(makeView(mPairs, this)),
      mCopyAction(new QAction(this)),
      mCopyButton(new QToolButton(this)) {
  mClusterView->setObjectName(QStringLiteral("inspectorClusters"));
  mBeltView->setObjectName(QStringLiteral("inspectorBelts"));
  mPairView->setObjectName(QStringLiteral("inspectorPairs"));
  // The city is in the header already; its columns would only repeat it.
  for (const int c : {ClusterTableModel::City, ClusterTableModel::Province, ClusterTableModel::Code}) {
    mClusterView->setColumnHidden(c, true);
  }
  for (const int c : {BeltTableModel::City, BeltTableModel::Province, BeltTableModel::Code}) {
    mBeltView->setColumnHidden(c, true);
  }

  mHint->setWordWrap(true);
  mHint->setAlignment(Qt::AlignCenter);
  mHint->setMargin(12);
  QFont titleFont = mTitle->font();
  titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
  titleFont.setBold(true);
  mTitle->setFont(titleFont);
  for (QLabel* label : {mTitle, mSubtitle, mSummary}) label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  mSummary->setWordWrap(true);

  mCopyAction->setShortcut(QKeySequence::Copy);
  mCopyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  mCopyAction->setEnabled(false);
  addAction(mCopyAction);
  mCopyButton->setDefaultAction(mCopyAction);
  mCopyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
  connect(mCopyAction, &QAction::triggered, this, &CityInspector::copyToClipboard);

  auto* content = new QWidget(mStack);
  auto* header = new QHBoxLayout;
  auto* names = new QVBoxLayout;
  names->addWidget(mTitle);
  names->addWidget(mSubtitle);
  header->addLayout(names, 1);
  header->addWidget(mCopyButton, 0, Qt::AlignTop);
  auto* splitter = new QSplitter(Qt::Vertical, content);
  const auto section = [&](QLabel* title, QTableView* view) {
    auto* box = new QWidget(splitter);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addWidget(view);
    splitter->addWidget(box);
  };
  section(mClustersTitle, mClusterView);
  section(mBeltsTitle, mBeltView);
  section(mPairsTitle, mPairView);
  auto* contentLayout = new QVBoxLayout(content);
  contentLayout->addLayout(header);
  contentLayout->addWidget(mSummary);
  contentLayout->addWidget(splitter, 1);

  mStack->addWidget(mHint);
  mStack->addWidget(content);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mStack);

  if (mSelection != nullptr) {
    connect(mSelection, &SelectionModel::currentCityChanged, this, &CityInspector::showCity);
    // A selection of several cities (a chart bar) changes the hint's wording.
    connect(mSelection, &SelectionModel::selectionChanged, this, [this] {
      if (mCity.isEmpty()) showHint();
    });
  }
  retranslate();
}

CityInspector::~CityInspector() = default;

void CityInspector::setAnalysis(std::shared_ptr<const cb::Analysis> analysis) {
  mAnalysis = analysis;
  mClusters->setAnalysis(analysis);
  mBelts->setAnalysis(analysis);
  mPairs->setAnalysis(std::move(analysis));
  showCity(mSelection != nullptr ? mSelection->currentCity() : mCity);
}

bool CityInspector::isShowingHint() const { return mStack->currentWidget() == mHint; }

QString CityInspector::headerText() const {
  if (isShowingHint()) return mHint->text();
  return mTitle->text() + QLatin1Char('\n') + mSubtitle->text() + QLatin1Char('\n') + mSummary->text();
}

void CityInspector::showHint() {
  mCity.clear();
  mPairs->setCity({});
  mCopyAction->setEnabled(false);
  const qsizetype selected = mSelection != nullptr ? mSelection->selectedCities().size() : 0;
  if (!mAnalysis) {
    mHint->setText(tr("No data loaded. Open clusters and belts from the File menu; then click a city on the map "
                      "or a row in a table to inspect it."));
  } else if (selected > 1) {
    mHint->setText(tr("%n cities selected. Click one on the map or in the city table to inspect it.", "",
                      static_cast<int>(selected)));
  } else {
    mHint->setText(tr("No city selected. Click a prefecture or a symbol on the map, or a row in the "
                      "clusters, belts or cities table, to see its clusters, belts and pairs here."));
  }
  mStack->setCurrentWidget(mHint);
}

void CityInspector::showCity(const QString& code) {
  if (code.isEmpty() || !mAnalysis) {
    showHint();
    return;
  }
  mCity = code;
  const std::string key = code.toStdString();
  const CityMatch* city = mAnalysis->city(key);
  QString name = code, province;
  if (city != nullptr) {
    name = fromUtf8(city->name);
    province = fromUtf8(city->province);
  } else {
    // A unit without clusters or belts: the gazetteer still knows its name.
    const auto it = std::find_if(mAnalysis->unitList.begin(), mAnalysis->unitList.end(),
                                 [&](const PrefectureUnit& u) { return u.code == key; });
    if (it != mAnalysis->unitList.end()) {
      name = fromUtf8(it->name);
      province = fromUtf8(it->province);
    }
  }
  const QString exact = QLatin1Char('^') + QRegularExpression::escape(code) + QLatin1Char('$');
  mClusterProxy->setFilterRegularExpression(exact);
  mBeltProxy->setFilterRegularExpression(exact);
  mPairs->setCity(code);

  mTitle->setText(name);
  mSubtitle->setText(province.isEmpty() ? code : tr("%1 · %2").arg(code, province));
  if (city == nullptr) {
    mSummary->setText(tr("No cluster or belt of the loaded data lies in this city."));
  } else {
    int kinds[3] = {0, 0, 0};
    for (const MatchPair& p : city->pairs) ++kinds[static_cast<int>(p.kind)];
    QString summary = tr("Clusters: %1 · Belts: %2 · Outcome: %3")
                          .arg(city->clusters.size())
                          .arg(city->belts.size())
                          .arg(cityOutcomeLabel(cb::cityOutcome(*city, mAnalysis->match)));
    if (!city->pairs.empty()) {
      summary += QLatin1Char('\n') + tr("Pairs: %1 identical, %2 similar, %3 unrelated")
                                         .arg(kinds[0]).arg(kinds[1]).arg(kinds[2]);
    }
    mSummary->setText(summary);
  }
  mClustersTitle->setText(tr("Clusters (%1)").arg(mClusterProxy->rowCount()));
  mBeltsTitle->setText(tr("Belts (%1)").arg(mBeltProxy->rowCount()));
  mPairsTitle->setText(tr("Pairs (%1)").arg(mPairs->rowCount()));
  mCopyAction->setEnabled(true);
  mStack->setCurrentIndex(1);
}

QString CityInspector::toTabSeparatedText() const {
  if (isShowingHint()) return {};
  QStringList lines;
  lines << tr("City") + QLatin1Char('\t') + cell(mTitle->text());
  lines << tr("Code") + QLatin1Char('\t') + mCity;
  const CityMatch* city = mAnalysis ? mAnalysis->city(mCity.toStdString()) : nullptr;
  if (city != nullptr) {
    lines << tr("Province") + QLatin1Char('\t') + cell(fromUtf8(city->province));
    lines << tr("Outcome") + QLatin1Char('\t') + cityOutcomeLabel(cb::cityOutcome(*city, mAnalysis->match));
  }
  lines << QString();
  appendTable(lines, tr("Clusters"), mClusterView);
  lines << QString();
  appendTable(lines, tr("Belts"), mBeltView);
  lines << QString();
  appendTable(lines, tr("Pairs"), mPairView);
  return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void CityInspector::copyToClipboard() {
  const QString text = toTabSeparatedText();
  if (!text.isEmpty()) QApplication::clipboard()->setText(text);
}

void CityInspector::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void CityInspector::retranslate() {
  mCopyAction->setText(tr("&Copy"));
  mCopyAction->setToolTip(tr("Copy the city, its clusters, belts and pairs as tab-separated text (%1)")
                              .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
  showCity(mSelection != nullptr ? mSelection->currentCity() : mCity);
}

}  // namespace cb::ui
