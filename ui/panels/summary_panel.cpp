// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/summary_panel.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include "ui/panels/significance_section.h"

namespace cb::ui {
namespace {

constexpr int kLoadedColumn = 1;
constexpr int kPublishedColumn = 2;

// The 2022 study's reported figures (赵作权, 戴宜畅, 马淑燕, 范秋辞, Bulletin of the CAS 37(12)).
constexpr int kStudyClusters = 159;
constexpr int kStudyCitiesWithBoth = 72;
constexpr double kStudyCitiesWithBothShare = 0.911;
constexpr int kStudyIdenticalOrSimilar = 134;
constexpr double kStudyIdenticalOrSimilarShare = 0.843;
constexpr double kStudyIdentical = 0.447;
constexpr double kStudySimilar = 0.396;

/// A read-only table as tall as its rows: the panel scrolls as a whole, never a table inside it.
QTableWidget* makeTable(int columns, QWidget* parent) {
  auto* table = new QTableWidget(0, columns, parent);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->verticalHeader()->hide();
  table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
  table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
  return table;
}

QTableWidgetItem* numberItem(const QString& text) {
  auto* item = new QTableWidgetItem(text);
  item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return item;
}

QString fileLabel(const std::string& path, const QString& bundled) {
  return path.empty() ? bundled : QFileInfo(QString::fromStdString(path)).fileName().toHtmlEscaped();
}

}  // namespace

SummaryPanel::SummaryPanel(QWidget* parent) : QWidget(parent) {
  mTitle = new QLabel(this);
  mFigures = makeTable(3, this);
  mFigures->setRowCount(static_cast<int>(Figure::Count));
  // The labels take what the numbers leave and wrap, so both columns of numbers stay visible.
  mFigures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  mFigures->setWordWrap(true);
  mFigures->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  mSource = new QLabel(this);
  mSource->setWordWrap(true);
  mSignificance = new SignificanceSection(this);
  mProgramsTitle = new QLabel(this);
  mPrograms = makeTable(7, this);
  mCompleteness = new QLabel(this);
  mCompleteness->setWordWrap(true);
  mCompleteness->setTextInteractionFlags(Qt::TextSelectableByMouse);
  mListsTitle = new QLabel(this);
  mLists = makeTable(4, this);
  mLists->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  mLists->setWordWrap(true);
  mLists->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  mUnresolved = new QLabel(this);
  mUnresolved->setWordWrap(true);
  mReview = new QPushButton(this);
  connect(mReview, &QPushButton::clicked, this, &SummaryPanel::reviewUnresolvedRequested);

  auto* content = new QWidget;
  auto* layout = new QVBoxLayout(content);
  layout->addWidget(mTitle);
  layout->addWidget(mFigures);
  layout->addWidget(mSource);
  layout->addWidget(mSignificance);
  layout->addWidget(mProgramsTitle);
  layout->addWidget(mPrograms);
  layout->addWidget(mCompleteness);
  layout->addWidget(mListsTitle);
  layout->addWidget(mLists);
  auto* unresolved = new QHBoxLayout;
  unresolved->addWidget(mUnresolved, 1);
  unresolved->addWidget(mReview, 0, Qt::AlignTop);
  layout->addLayout(unresolved);
  layout->addStretch(1);
  // A dock can be narrow and short: the content scrolls rather than squeezing the tables.
  auto* scroll = new QScrollArea(this);
  scroll->setWidget(content);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(scroll);
  refresh();
}

SummaryPanel::~SummaryPanel() = default;

void SummaryPanel::setAnalysis(std::shared_ptr<const Analysis> analysis) {
  mAnalysis = std::move(analysis);
  mSignificance->setAnalysisAvailable(mAnalysis != nullptr);
  refresh();
}

void SummaryPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) refresh();
  QWidget::changeEvent(event);
}

QString SummaryPanel::percent(double share) const { return tr("%1 %").arg(locale().toString(100.0 * share, 'f', 1)); }

void SummaryPanel::refresh() {
  mTitle->setText(tr("<b>The study's figures</b>"));
  mFigures->setHorizontalHeaderLabels({tr("Figure"), tr("Loaded data"), tr("Published (2022 study)")});
  mFigures->horizontalHeaderItem(kPublishedColumn)
      ->setToolTip(tr("Reported by the study, not computed from the loaded data"));
  mSource->setText(tr("<small>Published figures: %1, Bulletin of the Chinese Academy of Sciences 37(12), 2022. "
                      "They are quoted for comparison, not computed. Here a cluster that spans several cities counts "
                      "once per city, and the shares of clusters are taken over those rows.</small>")
                       .arg(QStringLiteral("赵作权, 戴宜畅, 马淑燕, 范秋辞")));
  mProgramsTitle->setText(tr("<b>By programme</b> (loaded data)"));
  mPrograms->setHorizontalHeaderLabels({tr("Programme"), tr("Clusters"), tr("Cities"), tr("… with belts"),
                                        tr("Identical"), tr("Similar"), tr("Identical or similar")});
  mListsTitle->setText(tr("<b>Bundled lists against the published ones</b>"));
  mLists->setHorizontalHeaderLabels({tr("List"), tr("Bundled"), tr("Announced"), tr("Share")});
  mReview->setText(tr("&Review…"));
  mReview->setToolTip(tr("List the rows that could not be placed in a city and place them by hand"));
  fillFigures();
  fillPrograms();
  fillNotes();
  fillLists();
}

void SummaryPanel::fillLists() {
  const std::vector<ListCompleteness> none;
  const std::vector<ListCompleteness>& lists = mAnalysis ? mAnalysis->match.completeness : none;
  mListsTitle->setVisible(!lists.empty());
  mLists->setVisible(!lists.empty());
  mLists->setRowCount(static_cast<int>(lists.size()));
  const QString dash = tr("—");
  for (int row = 0; row < static_cast<int>(lists.size()); ++row) {
    const ListCompleteness& c = lists[static_cast<std::size_t>(row)];
    auto* name = new QTableWidgetItem(QString::fromStdString(c.list.description));
    QStringList tip;
    if (!c.list.note.empty()) tip << QString::fromStdString(c.list.note).toHtmlEscaped();
    if (!c.list.source.empty()) tip << tr("Source: %1").arg(QString::fromStdString(c.list.source).toHtmlEscaped());
    name->setToolTip(tip.join(QStringLiteral("<br>")));
    mLists->setItem(row, 0, name);
    mLists->setItem(row, 1, numberItem(locale().toString(static_cast<qulonglong>(c.held))));
    mLists->setItem(row, 2, numberItem(c.list.announced ? locale().toString(*c.list.announced) : dash));
    const auto share = c.share();
    mLists->setItem(row, 3, numberItem(share ? percent(*share) : dash));
  }
}

void SummaryPanel::fillFigures() {
  const QString none = tr("—");
  const auto number = [this](std::size_t n) { return locale().toString(static_cast<qulonglong>(n)); };
  const auto countShare = [&](std::size_t part, std::size_t whole) {
    return tr("%1 (%2)").arg(number(part), percent(MatchTally::share(part, whole)));
  };
  struct Row {
    QString label, loaded, published;
  };
  Row rows[static_cast<int>(Figure::Count)] = {
      {tr("Clusters placed in a city"), none, locale().toString(kStudyClusters)},
      {tr("Distinct clusters (programme and name)"), none, none},
      {tr("Cities with clusters"), none, none},
      {tr("Cities with belts"), none, none},
      {tr("Cities with clusters and belts"), none, locale().toString(kStudyCitiesWithBoth)},
      {tr("… share of the cities with clusters"), none, percent(kStudyCitiesWithBothShare)},
      {tr("Clusters with an identical or similar belt in their city"), none,
       tr("%1 of %2 (%3)").arg(locale().toString(kStudyIdenticalOrSimilar), locale().toString(kStudyClusters),
                               percent(kStudyIdenticalOrSimilarShare))},
      {tr("… identical industry"), none, percent(kStudyIdentical)},
      {tr("… similar industry"), none, percent(kStudySimilar)},
      {tr("Clusters whose city's belts are unrelated"), none, none},
      {tr("Clusters in a city without belts"), none, none},
  };
  if (mAnalysis) {
    const MatchReport& m = mAnalysis->match;
    const MatchTally& t = m.summary;
    rows[static_cast<int>(Figure::Clusters)].loaded = number(t.clusters);
    rows[static_cast<int>(Figure::DistinctClusters)].loaded = number(m.distinctClusters);
    rows[static_cast<int>(Figure::CitiesWithClusters)].loaded = number(t.citiesWithClusters);
    rows[static_cast<int>(Figure::CitiesWithBelts)].loaded = number(m.citiesWithBelts);
    rows[static_cast<int>(Figure::CitiesWithBoth)].loaded = number(t.citiesWithBoth);
    rows[static_cast<int>(Figure::CitiesWithBothShare)].loaded =
        percent(MatchTally::share(t.citiesWithBoth, t.citiesWithClusters));
    rows[static_cast<int>(Figure::IdenticalOrSimilar)].loaded =
        tr("%1 of %2 (%3)").arg(number(t.identicalOrSimilar()), number(t.clusters),
                                percent(MatchTally::share(t.identicalOrSimilar(), t.clusters)));
    rows[static_cast<int>(Figure::Identical)].loaded = countShare(t.identical, t.clusters);
    rows[static_cast<int>(Figure::Similar)].loaded = countShare(t.similar, t.clusters);
    rows[static_cast<int>(Figure::Unrelated)].loaded = countShare(t.unrelated, t.clusters);
    rows[static_cast<int>(Figure::NoBelt)].loaded = countShare(t.noBelt, t.clusters);
  }
  for (int r = 0; r < static_cast<int>(Figure::Count); ++r) {
    mFigures->setItem(r, 0, new QTableWidgetItem(rows[r].label));
    mFigures->setItem(r, kLoadedColumn, numberItem(rows[r].loaded));
    auto* published = numberItem(rows[r].published);
    // Set apart from the computed values by style as well as by column, legible in greyscale.
    QFont italic = published->font();
    italic.setItalic(true);
    published->setFont(italic);
    published->setToolTip(rows[r].published == none ? tr("Not reported by the study")
                                                    : tr("Published by the 2022 study"));
    mFigures->setItem(r, kPublishedColumn, published);
  }
}

void SummaryPanel::fillPrograms() {
  mPrograms->setRowCount(0);
  if (!mAnalysis) return;
  const auto number = [this](std::size_t n) { return locale().toString(static_cast<qulonglong>(n)); };
  for (const auto& [program, t] : mAnalysis->match.byProgram) {
    const int r = mPrograms->rowCount();
    mPrograms->insertRow(r);
    mPrograms->setItem(r, 0, new QTableWidgetItem(program.empty() ? tr("(no programme)") : QString::fromStdString(program)));
    mPrograms->setItem(r, 1, numberItem(number(t.clusters)));
    mPrograms->setItem(r, 2, numberItem(number(t.citiesWithClusters)));
    mPrograms->setItem(r, 3, numberItem(number(t.citiesWithBoth)));
    mPrograms->setItem(r, 4, numberItem(number(t.identical)));
    mPrograms->setItem(r, 5, numberItem(number(t.similar)));
    mPrograms->setItem(r, 6, numberItem(tr("%1 (%2)").arg(number(t.identicalOrSimilar()),
                                                          percent(MatchTally::share(t.identicalOrSimilar(), t.clusters)))));
  }
}

void SummaryPanel::fillNotes() {
  if (!mAnalysis) {
    mCompleteness->setText(tr("No data loaded yet."));
    mUnresolved->clear();
    mReview->setEnabled(false);
    return;
  }
  const Analysis& a = *mAnalysis;
  const auto number = [this](std::size_t n) { return locale().toString(static_cast<qulonglong>(n)); };
  QStringList notes;
  notes << tr("<b>Completeness.</b> Loaded: %1 cluster rows (%2 distinct clusters) from %3 and %4 belt rows from "
              "%5. The study counted %6 national clusters.")
               .arg(number(a.clusters.records.size()), number(a.match.distinctClusters),
                    fileLabel(a.inputs.clusters.path, tr("the bundled list")), number(a.belts.records.size()),
                    fileLabel(a.inputs.belts.path, tr("the bundled list")), locale().toString(kStudyClusters));
  if (a.inputs.clusters.path.empty()) {
    notes << tr("The bundled clusters are a partial compilation from public pages: several programmes' lists are "
                "incomplete and some clusters were named after the study (see data/README.md).");
  }
  if (a.inputs.belts.path.empty()) {
    notes << tr("The bundled belts are a small public sample; the study's belt list (Alibaba, 2021) is not public. "
                "Every figure that involves belts is therefore far below the study's and not comparable with it.");
  }
  const auto filtersText = [](const RowFilters& filters) {
    QStringList parts;
    for (const RowFilter& f : filters) parts << QString::fromStdString(rowFilterText(f)).toHtmlEscaped();
    return parts.join(QStringLiteral("; "));
  };
  if (!a.inputs.clusters.filters.empty()) {
    notes << tr("<b>Filtered:</b> only the cluster rows with %1 take part (%2 rows).")
                 .arg(filtersText(a.inputs.clusters.filters), number(a.clusters.records.size()));
  }
  if (!a.inputs.belts.filters.empty()) {
    notes << tr("<b>Filtered:</b> only the belt rows with %1 take part (%2 rows).")
                 .arg(filtersText(a.inputs.belts.filters), number(a.belts.records.size()));
  }
  mCompleteness->setText(notes.join(QLatin1Char(' ')));

  const std::size_t unresolved = a.match.unresolved.size();
  QString text = unresolved == 0
                     ? tr("Every cluster and belt row was placed in a city.")
                     : tr("<b>%n row(s) could not be placed in a city</b> (%1 clusters, %2 belts) and count in no "
                          "figure above.",
                          nullptr, static_cast<int>(unresolved))
                           .arg(number(a.match.unresolvedClusters), number(a.match.unresolvedBelts));
  if (!a.match.unplacedIndustries.empty()) {
    text += QLatin1Char(' ') + tr("%n row(s) have an industry the taxonomy cannot place, so they match no belt.",
                                  nullptr, static_cast<int>(a.match.unplacedIndustries.size()));
  }
  mUnresolved->setText(text);
  mReview->setEnabled(unresolved > 0 || !a.inputs.manual.empty());
}

QString SummaryPanel::loadedText(Figure figure) const {
  const QTableWidgetItem* item = mFigures->item(static_cast<int>(figure), kLoadedColumn);
  return item ? item->text() : QString();
}

QString SummaryPanel::publishedText(Figure figure) const {
  const QTableWidgetItem* item = mFigures->item(static_cast<int>(figure), kPublishedColumn);
  return item ? item->text() : QString();
}

QString SummaryPanel::completenessText() const { return QTextDocumentFragment::fromHtml(mCompleteness->text()).toPlainText(); }

QString SummaryPanel::unresolvedText() const { return QTextDocumentFragment::fromHtml(mUnresolved->text()).toPlainText(); }

}  // namespace cb::ui
