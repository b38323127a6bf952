// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/point_table_reader.h"

#include <cpl_conv.h>
#include <cpl_vsi.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <charconv>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/util/text.h"
#include "core/io/gdal_environment.h"
#include "core/io/gdal_handles.h"
#include "core/io/gdal_messages.h"

namespace cb {

int TextTable::column(const std::string& name) const {
  const auto it = std::find(columns.begin(), columns.end(), name);
  return it == columns.end() ? -1 : static_cast<int>(it - columns.begin());
}

namespace {

bool isDelimitedText(const std::string& ext) { return ext == ".csv" || ext == ".tsv" || ext == ".txt"; }

// Copies every feature of the first layer into a TextTable. `rowOffset` turns GDAL's FID into the
// number a user sees in their editor (CSV: FID 1 is line 2).
std::optional<TextTable> readLayer(GDALDataset& dataset, const std::string& file, long long rowOffset,
                                   bool recodeInvalid, LoadReport& report) {
  if (dataset.GetLayerCount() < 1) {
    report.error(file, 0, "the file has no table (no vector layer)");
    return std::nullopt;
  }
  OGRLayer* layer = dataset.GetLayer(0);
  TextTable table;
  OGRFeatureDefn* defn = layer->GetLayerDefn();
  bool recodedAny = false;
  auto fixText = [&](std::string value) {
    if (recodeInvalid && !text::isValidUtf8(value)) {
      recodedAny = true;
      return text::gbkToUtf8(value);
    }
    return value;
  };
  for (int i = 0; i < defn->GetFieldCount(); ++i) {
    table.columns.push_back(text::trim(text::stripBom(fixText(defn->GetFieldDefn(i)->GetNameRef()))));
  }
  layer->ResetReading();
  long long ordinal = 0;
  for (gdal::FeaturePtr feature(layer->GetNextFeature()); feature; feature.reset(layer->GetNextFeature())) {
    if (++ordinal > kMaxTableRows) {
      report.error(file, 0, "more than " + std::to_string(kMaxTableRows) + " rows; a table this large is refused");
      return std::nullopt;
    }
    TextTable::Row row;
    const GIntBig fid = feature->GetFID();
    row.row = fid == OGRNullFID ? ordinal + rowOffset : static_cast<long long>(fid) + rowOffset;
    row.values.reserve(table.columns.size());
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
      row.values.push_back(feature->IsFieldSetAndNotNull(i) ? fixText(feature->GetFieldAsString(i)) : std::string());
    }
    if (const OGRGeometry* geometry = feature->GetGeometryRef();
        geometry != nullptr && !geometry->IsEmpty() && wkbFlatten(geometry->getGeometryType()) == wkbPoint) {
      const auto* point = geometry->toPoint();
      row.x = point->getX();
      row.y = point->getY();
    }
    table.rows.push_back(std::move(row));
  }
  if (recodedAny) {
    table.encoding = "GBK";
    report.info(file, 0, "some text was not valid UTF-8 and was read as GBK (code page 936)");
  }
  return table;
}

std::optional<TextTable> readDelimited(const std::filesystem::path& path, const std::string& file,
                                       LoadReport& report) {
  std::error_code sizeError;
  if (const std::uintmax_t bytes = std::filesystem::file_size(path, sizeError); !sizeError && bytes > kMaxTableBytes) {
    report.error(file, 0, std::to_string(bytes >> 20) + " MiB; a text table over " + std::to_string(kMaxTableBytes >> 20) +
                              " MiB is refused");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    report.error(file, 0, "cannot open the file");
    return std::nullopt;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string content(text::stripBom(bytes));
  if (text::trim(content).empty()) {
    report.error(file, 0, "the file is empty");
    return std::nullopt;
  }
  std::string encoding = "UTF-8";
  // GDAL's CSV driver passes bytes through, so the encoding is settled here for the whole file.
  if (!text::isValidUtf8(content)) {
    std::string recoded = text::gbkToUtf8(content);
    if (recoded.empty() || !text::isValidUtf8(recoded)) {
      report.error(file, 0, "the file is neither UTF-8 nor GBK text");
      return std::nullopt;
    }
    content = std::move(recoded);
    encoding = "GBK";
    report.info(file, 0, "the file is not UTF-8; read it as GBK (code page 936) and recoded it to UTF-8");
  }
  static std::atomic<unsigned long> counter{0};
  const std::string memPath = "/vsimem/clusterbelt_table_" + std::to_string(++counter) +
                              (text::lowerExtension(path) == ".tsv" ? ".tsv" : ".csv");
  VSILFILE* memFile = VSIFileFromMemBuffer(memPath.c_str(), reinterpret_cast<GByte*>(content.data()),
                                           static_cast<vsi_l_offset>(content.size()), FALSE);
  if (memFile == nullptr) {
    report.error(file, 0, "cannot stage the file for reading");
    return std::nullopt;
  }
  VSIFCloseL(memFile);
  const char* const drivers[] = {"CSV", nullptr};
  const char* const options[] = {"HEADERS=YES", nullptr};
  std::optional<TextTable> table;
  {
    const gdal::WarningCollector gdalWarnings;
    gdal::DatasetPtr dataset(GDALDataset::Open(memPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                                               options, nullptr));
    if (!dataset) {
      report.error(file, 0, "GDAL cannot read the file as CSV");
    } else {
      table = readLayer(*dataset, file, 1, false, report);
    }
    for (const std::string& warning : gdalWarnings.warnings()) report.warning(file, 0, "GDAL: " + warning);
  }
  VSIUnlink(memPath.c_str());
  if (table) table->encoding = encoding;
  return table;
}

}  // namespace

std::optional<TextTable> readTextTable(const std::filesystem::path& path, LoadReport& report) {
  gdal::ensureInitialised();
  const std::string file = path.string();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    report.error(file, 0, "no such file");
    return std::nullopt;
  }
  const std::string ext = text::lowerExtension(path);
  if (isDelimitedText(ext)) return readDelimited(path, file, report);

  // Spreadsheets: the first row is always the header and every cell is read as text (a code such
  // as 440300 must not become a number). The drivers read lazily, so the settings stay for the read;
  // their FIDs are then the sheet's row numbers.
  const bool xlsx = ext == ".xlsx";
  const CPLConfigOptionSetter headers(xlsx ? "OGR_XLSX_HEADERS" : "OGR_ODS_HEADERS", "FORCE", false);
  const CPLConfigOptionSetter types(xlsx ? "OGR_XLSX_FIELD_TYPES" : "OGR_ODS_FIELD_TYPES", "STRING", false);
  gdal::DatasetPtr dataset(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr,
                                             nullptr));
  if (!dataset) {
    report.error(file, 0, "GDAL cannot open the file as a table (tried every vector driver)");
    return std::nullopt;
  }
  return readLayer(*dataset, file, 0, true, report);
}

}  // namespace cb

namespace cb {

namespace {

// Column names tried for each role, first match wins. The first name is the one of the shared
// lists in data/; the others are the usual alternatives of researchers' spreadsheets.
std::vector<std::string> defaultColumns(const std::string& role, PointKind kind) {
  const bool cluster = kind == PointKind::Cluster;
  if (role == "name") {
    return cluster ? std::vector<std::string>{"cluster_name_zh", "cluster_name", "name", "名称", "集群名称"}
                   : std::vector<std::string>{"belt_name_zh", "belt_name", "name", "名称", "产业带名称"};
  }
  if (role == "program") {
    return cluster ? std::vector<std::string>{"program", "programme", "项目", "类型"}
                   : std::vector<std::string>{"platform", "program", "programme", "平台"};
  }
  if (role == "province") return {"province", "省份", "省"};
  if (role == "city") return {"city", "prefecture", "城市", "地市", "市"};
  if (role == "code") return {"city_code", "code", "adcode", "区划代码", "代码"};
  if (role == "county") return {"county", "区县", "县"};
  if (role == "industry") return {"industry_zh", "industry", "产业", "行业"};
  if (role == "lon") return {"lon", "lng", "longitude", "x", "经度"};
  if (role == "lat") return {"lat", "latitude", "y", "纬度"};
  if (role == "weight") return {"weight", "权重"};
  if (role == "year") {
    return cluster ? std::vector<std::string>{"batch_year", "year", "年份"}
                   : std::vector<std::string>{"year", "batch_year", "年份"};
  }
  if (role == "source") return {"source_url", "source", "来源"};
  return {};
}

int findColumn(const TextTable& table, const std::string& name) {
  if (const int exact = table.column(name); exact >= 0) return exact;
  const std::string wanted = text::asciiLower(name);
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (text::asciiLower(table.columns[i]) == wanted) return static_cast<int>(i);
  }
  return -1;
}

/// Whether `value` passes one of the filter's values (exact text, or a numeric range "LO..HI").
bool passes(const RowFilter& filter, const std::string& value) {
  const std::string v = text::trim(value);
  for (const std::string& wanted : filter.values) {
    if (v == wanted) return true;
    const auto dots = wanted.find("..");
    if (dots == std::string::npos) continue;
    const std::optional<double> number = text::parseNumber(v);
    if (!number) continue;
    const std::string lo = wanted.substr(0, dots), hi = wanted.substr(dots + 2);
    const std::optional<double> from = text::parseNumber(lo), to = text::parseNumber(hi);
    if ((!lo.empty() && !from) || (!hi.empty() && !to)) continue;  // not a range: compared as text above
    if ((!from || *number >= *from) && (!to || *number <= *to)) return true;
  }
  return false;
}

/// Applies the filters to the table's rows in place; false (with an Error) for an unknown column.
bool applyFilters(TextTable& table, const RowFilters& filters, const std::string& file, LoadReport& report) {
  for (const RowFilter& filter : filters) {
    const int column = findColumn(table, filter.column);
    if (column < 0) {
      report.error(file, 0, "no column '" + filter.column + "' to filter on (" + rowFilterText(filter) + ")");
      return false;
    }
    const auto kept = std::stable_partition(table.rows.begin(), table.rows.end(), [&](const TextTable::Row& row) {
      return passes(filter, row.values[static_cast<std::size_t>(column)]);
    });
    const auto dropped = static_cast<std::size_t>(table.rows.end() - kept);
    table.rows.erase(kept, table.rows.end());
    report.info(file, 0, std::to_string(dropped) + " row(s) left out by the filter " + rowFilterText(filter) + "; " +
                             std::to_string(table.rows.size()) + " kept");
  }
  return true;
}

}  // namespace

std::optional<TextTable> readTextTableWithColumns(const std::filesystem::path& path,
                                                  const std::vector<std::string>& columns, LoadReport& report) {
  std::optional<TextTable> table = readTextTable(path, report);
  if (!table) return std::nullopt;
  for (const std::string& column : columns) {
    if (table->column(column) < 0) {
      report.error(path.string(), 0, "missing column '" + column + "'");
      return std::nullopt;
    }
  }
  return table;
}

std::optional<PointTable> readPointTable(const std::filesystem::path& path, PointKind kind,
                                         const ColumnMapping& mapping, LoadReport& report,
                                         const RowFilters& filters) {
  const std::string file = path.string();
  for (const auto& [role, column] : mapping) {
    if (std::find(pointRoles().begin(), pointRoles().end(), role) == pointRoles().end()) {
      report.error(file, 0, "unknown column role '" + role + "' in the mapping");
      return std::nullopt;
    }
  }
  std::optional<TextTable> table = readTextTable(path, report);
  if (!table) return std::nullopt;
  if (!applyFilters(*table, filters, file, report)) return std::nullopt;

  std::map<std::string, int> index;
  PointTable out;
  out.file = file;
  out.encoding = table->encoding;
  for (const std::string& role : pointRoles()) {
    if (const auto given = mapping.find(role); given != mapping.end()) {
      const int column = findColumn(*table, given->second);
      if (column < 0) {
        report.error(file, 0, "no column '" + given->second + "' for " + role + " (the columns are: " + [&] {
          std::string all;
          for (const std::string& c : table->columns) all += (all.empty() ? "" : ", ") + c;
          return all;
        }() + ")");
        return std::nullopt;
      }
      index[role] = column;
    } else {
      for (const std::string& candidate : defaultColumns(role, kind)) {
        if (const int column = findColumn(*table, candidate); column >= 0) {
          index[role] = column;
          break;
        }
      }
    }
    if (index.count(role) != 0) out.columnsUsed[role] = table->columns[static_cast<std::size_t>(index[role])];
  }
  if (index.count("industry") == 0) {
    report.error(file, 0, "no industry column (expected industry_zh or industry; choose the column that holds the industry)");
    return std::nullopt;
  }
  if (index.count("city") == 0 && index.count("code") == 0 && index.count("county") == 0) {
    report.error(file, 0, "no place column (expected city, city_code or county; choose the column that names the city)");
    return std::nullopt;
  }

  out.records.reserve(table->rows.size());
  for (const TextTable::Row& row : table->rows) {
    auto get = [&](const char* role) {
      const auto it = index.find(role);
      return it == index.end() ? std::string() : text::trim(row.values[static_cast<std::size_t>(it->second)]);
    };
    PointRecord record;
    record.row = row.row;
    record.name = get("name");
    record.program = get("program");
    record.province = get("province");
    record.city = get("city");
    record.code = get("code");
    record.county = get("county");
    record.industry = get("industry");
    record.source = get("source");
    auto number = [&](const char* role, std::optional<double>& target) {
      const std::string value = get(role);
      if (value.empty()) return;
      target = text::parseNumber(value);
      if (!target) report.warning(file, row.row, std::string("not a number in ") + role + ": '" + value + "' (left empty)");
    };
    number("lon", record.lon);
    number("lat", record.lat);
    number("weight", record.weight);
    if (!record.lon && !record.lat && row.x && row.y) {
      record.lon = row.x;
      record.lat = row.y;
    }
    if (const std::string year = get("year"); !year.empty()) {
      const std::optional<double> value = text::parseNumber(year);
      if (value && *value >= 1000 && *value <= 9999 && *value == static_cast<double>(static_cast<int>(*value))) {
        record.year = static_cast<int>(*value);
      } else {
        report.warning(file, row.row, "not a year: '" + year + "' (left empty)");
      }
    }
    if (record.industry.empty()) report.warning(file, row.row, "no industry given");
    out.records.push_back(std::move(record));
  }
  if (out.records.empty()) report.warning(file, 0, "the table has no rows");
  return out;
}

}  // namespace cb
