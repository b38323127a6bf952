// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/taxonomy/taxonomy.h"

#include "core/util/text.h"
#include "core/io/bundled_data.h"
#include "core/io/point_table_reader.h"

namespace cb {

namespace {

std::string cell(const TextTable& table, const TextTable::Row& row, const char* column) {
  const int index = table.column(column);
  return index < 0 ? std::string() : text::trim(row.values[static_cast<std::size_t>(index)]);
}

}  // namespace

std::optional<Taxonomy> Taxonomy::load(const std::filesystem::path& path, LoadReport& report) {
  std::error_code ec;
  const bool folder = std::filesystem::is_directory(path, ec);
  const std::filesystem::path dir = folder ? path : path.parent_path();
  const std::filesystem::path groupsFile = dir / "industry_groups.csv";
  const std::filesystem::path keywordsFile = folder ? dir / "industry_keywords.csv" : path;
  const std::filesystem::path similarFile = dir / "similar_groups.csv";

  const auto groups = readTextTableWithColumns(groupsFile, {"id", "name_zh"}, report);
  const auto keywords = readTextTableWithColumns(keywordsFile, {"keyword", "groups"}, report);
  const auto similar = readTextTableWithColumns(similarFile, {"group_a", "group_b"}, report);
  if (!groups || !keywords || !similar) return std::nullopt;

  Taxonomy t;
  for (const auto& row : groups->rows) {
    IndustryGroup g{cell(*groups, row, "id"), cell(*groups, row, "name_zh"), cell(*groups, row, "name_en"),
                    cell(*groups, row, "sei_2018"), cell(*groups, row, "gbt_4754_2017")};
    if (g.id.empty() || t.mGroupIndex.count(g.id) != 0) {
      report.warning(groupsFile.string(), row.row, g.id.empty() ? "group without an id (skipped)"
                                                                : "group '" + g.id + "' defined twice (skipped)");
      continue;
    }
    if (t.mGroups.size() == kMaxIndustryGroups) {
      report.error(groupsFile.string(), row.row, "more than " + std::to_string(kMaxIndustryGroups) + " groups");
      return std::nullopt;
    }
    t.mGroupIndex[g.id] = static_cast<int>(t.mGroups.size());
    t.mGroups.push_back(std::move(g));
  }
  if (t.mGroups.empty()) {
    report.error(groupsFile.string(), 0, "no industry groups");
    return std::nullopt;
  }

  for (const auto& row : keywords->rows) {
    const std::string keyword = text::foldKey(cell(*keywords, row, "keyword"));
    const std::string groupList = cell(*keywords, row, "groups");
    if (keyword.empty()) {
      report.warning(keywordsFile.string(), row.row, "empty keyword (skipped)");
      continue;
    }
    GroupSet set;
    bool ok = true;
    for (const std::string& id : text::split(groupList, '|')) {
      const int index = t.groupIndex(id);
      if (index < 0) {
        report.warning(keywordsFile.string(), row.row, "keyword '" + keyword + "': unknown group '" + id + "' (skipped)");
        ok = false;
        break;
      }
      set.set(static_cast<std::size_t>(index));
    }
    if (!ok) continue;
    if (set.none()) {
      report.warning(keywordsFile.string(), row.row, "keyword '" + keyword + "' has no group (skipped)");
      continue;
    }
    if (!t.mKeywords.emplace(keyword, set).second) {
      report.warning(keywordsFile.string(), row.row, "keyword '" + keyword + "' given twice (the first one is kept)");
      continue;
    }
    t.mLongestKeyword = std::max(t.mLongestKeyword, keyword.size());
  }

  t.mSimilar.assign(t.mGroups.size(), GroupSet());
  for (const auto& row : similar->rows) {
    const int a = t.groupIndex(cell(*similar, row, "group_a"));
    const int b = t.groupIndex(cell(*similar, row, "group_b"));
    if (a < 0 || b < 0 || a == b) {
      report.warning(similarFile.string(), row.row, "not a pair of two different known groups (skipped)");
      continue;
    }
    t.mSimilar[static_cast<std::size_t>(a)].set(static_cast<std::size_t>(b));
    t.mSimilar[static_cast<std::size_t>(b)].set(static_cast<std::size_t>(a));
  }
  return t;
}

std::optional<Taxonomy> Taxonomy::loadBundled(LoadReport& report) {
  const std::filesystem::path dir = bundledDataFile(bundled::kTaxonomy);
  if (dir.empty()) {
    report.error(bundled::kTaxonomy, 0, "the bundled data folder was not found (set CLUSTERBELT_DATA_DIR)");
    return std::nullopt;
  }
  return load(dir, report);
}

int Taxonomy::groupIndex(const std::string& id) const {
  const auto it = mGroupIndex.find(id);
  return it == mGroupIndex.end() ? -1 : it->second;
}

Classification Taxonomy::classify(std::string_view input) const {
  Classification out;
  const std::string folded = text::foldKey(input);
  std::size_t i = 0;
  while (i < folded.size()) {
    // Character boundaries from i, up to the longest keyword.
    std::vector<std::size_t> ends;
    for (std::size_t j = i + 1; j <= folded.size() && j - i <= mLongestKeyword; ++j) {
      if (j == folded.size() || (static_cast<unsigned char>(folded[j]) & 0xC0) != 0x80) ends.push_back(j);
    }
    bool matched = false;
    for (auto end = ends.rbegin(); end != ends.rend(); ++end) {
      const auto it = mKeywords.find(folded.substr(i, *end - i));
      if (it == mKeywords.end()) continue;
      out.groups |= it->second;
      out.keywords.push_back(it->first);
      i = *end;
      matched = true;
      break;
    }
    if (!matched) i = ends.empty() ? folded.size() : ends.front();
  }
  return out;
}

GroupSet Taxonomy::similarClosure(const GroupSet& groups) const {
  GroupSet out;
  for (std::size_t g = 0; g < mGroups.size(); ++g) {
    if (groups.test(g)) out |= mSimilar[g];
  }
  return out;
}

std::vector<std::string> Taxonomy::ids(const GroupSet& groups) const {
  std::vector<std::string> out;
  for (std::size_t g = 0; g < mGroups.size(); ++g) {
    if (groups.test(g)) out.push_back(mGroups[g].id);
  }
  return out;
}

}  // namespace cb
