// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project_io.h"

#include <cpl_error.h>
#include <cpl_json.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <random>
#include <system_error>

#include "core/crs/crs.h"
#include "core/util/text.h"
#include "core/stats/sde_json.h"

#if defined(_WIN32)
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace cb {
namespace {

constexpr const char* kFormat = "clusterbelt-project";

// kMigrations[v - 1] turns a schema-v document into schema v + 1, in place; a change of the format
// adds one here and bumps kSchemaVersion.
using Migration = void (*)(CPLJSONObject& root);
/// 1 → 2: row filters were added; a version-1 document has none, so nothing changes.
void addRowFilters(CPLJSONObject& /*root*/) {}
constexpr std::array<Migration, Project::kSchemaVersion - 1> kMigrations{&addRowFilters};

std::filesystem::path absoluteNormal(const std::filesystem::path& path) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(path, error);
  if (error) absolute = path;
  return absolute.lexically_normal();
}

// ---- writing -------------------------------------------------------------------------------

// '/'-separated on every platform, so a project saved on Windows opens on Linux and back.
std::string genericUtf8(const std::filesystem::path& path) {
  const std::u8string text = path.generic_u8string();
  return std::string(text.begin(), text.end());
}

CPLJSONObject pathObject(const std::string& path, const std::filesystem::path& folder) {
  CPLJSONObject out;
  if (path.empty()) {
    out.Add("path", "");  // the bundled data
    return out;
  }
  const std::filesystem::path absolute = absoluteNormal(pathFromUtf8(path));
  const std::filesystem::path relative = absolute.lexically_relative(absoluteNormal(folder));
  if (relative.empty()) {  // another drive or root: only an absolute path can name it
    out.Add("path", genericUtf8(absolute));
    return out;
  }
  // Relative first, so a folder moved or shared as a whole still works; the absolute path is a
  // fallback for a project file moved on its own.
  out.Add("path", genericUtf8(relative));
  out.Add("absolutePath", genericUtf8(absolute));
  return out;
}

// json-c writes '/' as "\/", which is valid JSON but makes every path hard to read and edit by
// hand. Each escape sequence is taken as a whole, so an escaped backslash is never split.
std::string withPlainSlashes(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '\\' && i + 1 < json.size()) {
      if (json[i + 1] != '/') out += json[i];
      out += json[++i];
    } else {
      out += json[i];
    }
  }
  return out;
}

CPLJSONObject sourceObject(const DataSource& source, const std::filesystem::path& folder) {
  CPLJSONObject out = pathObject(source.path, folder);
  CPLJSONObject columns;
  for (const auto& [role, column] : source.mapping) columns.Add(role, column);
  out.Add("columns", columns);
  if (!source.filters.empty()) {
    CPLJSONArray where;
    for (const RowFilter& filter : source.filters) {
      CPLJSONObject item;
      item.Add("column", filter.column);
      CPLJSONArray values;
      for (const std::string& v : filter.values) values.Add(v);
      item.Add("values", values);
      where.Add(item);
    }
    out.Add("where", where);
  }
  return out;
}

}  // namespace

std::string projectToJson(const Project& project, const std::filesystem::path& folder) {
  CPLJSONObject root;
  root.Add("format", kFormat);
  root.Add("schemaVersion", Project::kSchemaVersion);

  const AnalysisInputs& in = project.inputs;
  CPLJSONObject inputs;
  inputs.Add("boundaries", pathObject(in.boundaries, folder));
  inputs.Add("clusters", sourceObject(in.clusters, folder));
  inputs.Add("belts", sourceObject(in.belts, folder));
  inputs.Add("taxonomy", pathObject(in.taxonomy, folder));
  inputs.Add("sde", sdeOptionsToJson(in.sde));
  inputs.Add("cumulativeYears", in.cumulativeYears);
  CPLJSONArray manual;
  for (const ManualPlacement& m : in.manual) {
    CPLJSONObject placement;
    placement.Add("kind", m.kind == PointKind::Cluster ? "cluster" : "belt");
    placement.Add("row", static_cast<GInt64>(m.row));
    placement.Add("code", m.code);
    manual.Add(placement);
  }
  inputs.Add("manualPlacements", manual);
  root.Add("inputs", inputs);

  if (project.view.isValid()) {
    CPLJSONObject view;
    view.Add("crs", std::string(crs::kChinaAlbers));
    view.Add("centreX", project.view.centre.x);
    view.Add("centreY", project.view.centre.y);
    view.Add("metresPerPixel", project.view.metresPerPixel);
    root.Add("view", view);
  }
  if (!project.layers.empty()) {
    const CPLJSONObject layers = project.layersJson();
    if (!layers.IsValid() || layers.GetType() != CPLJSONObject::Type::Object) {
      throw ProjectError("the map's layers are not a JSON object");
    }
    root.Add("layers", layers);
  }
  CPLJSONDocument document;
  document.SetRoot(root);
  return withPlainSlashes(document.SaveAsString());
}

namespace {

// ---- reading -------------------------------------------------------------------------------

/// Typed access to the fields of the document with errors that name the file and the field.
class FieldReader {
 public:
  FieldReader(std::string file, std::filesystem::path folder, LoadedProject& out)
      : mFile(std::move(file)), mFolder(std::move(folder)), mOut(out) {}

  [[noreturn]] void fail(const std::string& field, const std::string& problem) const {
    throw ProjectError(mFile + ": " + field + " " + problem);
  }

  CPLJSONObject object(const CPLJSONObject& parent, const std::string& name, const std::string& field,
                       bool required) const {
    const CPLJSONObject value = parent.GetObj(name);
    if (!value.IsValid()) {
      if (required) fail(field, "is missing");
      return value;
    }
    if (value.GetType() != CPLJSONObject::Type::Object) fail(field, "is not a JSON object");
    return value;
  }

  std::string string(const CPLJSONObject& parent, const std::string& name, const std::string& field) const {
    const CPLJSONObject value = parent.GetObj(name);
    if (!value.IsValid() || value.GetType() == CPLJSONObject::Type::Null) return {};
    if (value.GetType() != CPLJSONObject::Type::String) fail(field, "is not a text");
    return value.ToString();
  }

  std::optional<long long> integer(const CPLJSONObject& parent, const std::string& name,
                                   const std::string& field) const {
    const CPLJSONObject value = parent.GetObj(name);
    if (!value.IsValid()) return std::nullopt;
    if (value.GetType() != CPLJSONObject::Type::Integer && value.GetType() != CPLJSONObject::Type::Long) {
      fail(field, "is not an integer");
    }
    return static_cast<long long>(value.ToLong());
  }

  std::optional<double> number(const CPLJSONObject& parent, const std::string& name, const std::string& field) const {
    const CPLJSONObject value = parent.GetObj(name);
    if (!value.IsValid()) return std::nullopt;
    const auto type = value.GetType();
    if (type != CPLJSONObject::Type::Double && type != CPLJSONObject::Type::Integer &&
        type != CPLJSONObject::Type::Long) {
      fail(field, "is not a number");
    }
    return value.ToDouble();
  }

  std::optional<bool> boolean(const CPLJSONObject& parent, const std::string& name, const std::string& field) const {
    const CPLJSONObject value = parent.GetObj(name);
    if (!value.IsValid()) return std::nullopt;
    if (value.GetType() != CPLJSONObject::Type::Boolean) fail(field, "is not true or false");
    return value.ToBool();
  }

  /// A path object {path, absolutePath} resolved against the project's folder.
  std::string path(const CPLJSONObject& parent, const std::string& name, const std::string& field) const {
    const CPLJSONObject value = object(parent, name, field, false);
    if (!value.IsValid()) return {};
    const std::string stored = string(value, "path", field + ".path");
    if (stored.empty()) return {};
    const std::filesystem::path given = pathFromUtf8(stored);
    if (given.is_absolute()) return checkedSource(field, stored, given.lexically_normal());
    // ClusterBelt writes a relative path only for a file below the folders the project shares
    // with it; one climbing above the root of the file system is a path made to wander.
    if (climbsAboveRoot(mFolder, given)) fail(field, "names '" + stored + "', which climbs above the root folder");
    const std::filesystem::path resolved = absoluteNormal(mFolder / given);
    std::error_code error;
    if (!std::filesystem::exists(resolved, error)) {
      const std::string absolute = string(value, "absolutePath", field + ".absolutePath");
      if (!absolute.empty() && std::filesystem::exists(pathFromUtf8(absolute), error)) {
        const std::string found = pathToUtf8(pathFromUtf8(absolute).lexically_normal());
        mOut.notes.push_back(field + ": '" + stored + "' is not next to the project; using " + found);
        return checkedSource(field, absolute, pathFromUtf8(found));
      }
    }
    return checkedSource(field, stored, resolved);
  }

  /// `path` as UTF-8, unless it is a device, a pipe or a socket (or lies in /dev, /proc, /sys):
  /// reading /dev/zero or /dev/stdin as a table would never end.
  std::string checkedSource(const std::string& field, const std::string& stored,
                            const std::filesystem::path& path) const {
    const std::string text = pathToUtf8(path);
    for (const char* system : {"/dev/", "/proc/", "/sys/"}) {
      if (text.rfind(system, 0) == 0) fail(field, "names '" + stored + "', a system device, not a data file");
    }
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(path, error);
    if (!error && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status) &&
        !std::filesystem::is_directory(status)) {
      fail(field, "names '" + stored + "', which is a device, a pipe or a socket, not a data file");
    }
    return text;
  }

  static bool climbsAboveRoot(const std::filesystem::path& folder, const std::filesystem::path& relative) {
    long depth = 0;
    for (const auto& part : absoluteNormal(folder).relative_path()) depth += part.empty() ? 0 : 1;
    for (const auto& part : relative) {
      if (part == "..") {
        if (--depth < 0) return true;
      } else if (part != "." && !part.empty()) {
        ++depth;
      }
    }
    return false;
  }

  /// The optional "where" array of a source: [{"column": …, "values": [ … ]}, …].
  void readFilters(const CPLJSONObject& value, const std::string& field, RowFilters& out) const {
    const CPLJSONObject where = value.GetObj("where");
    if (!where.IsValid()) return;
    if (where.GetType() != CPLJSONObject::Type::Array) fail(field + ".where", "is not a list");
    const CPLJSONArray items = value.GetArray("where");
    for (int i = 0; i < items.Size(); ++i) {
      const std::string at = field + ".where[" + std::to_string(i) + "]";
      const CPLJSONObject item = items[i];
      RowFilter filter;
      filter.column = item.GetString("column");
      const CPLJSONArray values = item.GetArray("values");
      if (filter.column.empty() || !values.IsValid() || values.Size() == 0) {
        fail(at, "needs a column and a list of values");
      }
      for (int k = 0; k < values.Size(); ++k) filter.values.push_back(values[k].ToString());
      out.push_back(std::move(filter));
    }
  }

  DataSource source(const CPLJSONObject& parent, const std::string& name, const std::string& field) const {
    DataSource out;
    out.path = path(parent, name, field);
    const CPLJSONObject value = object(parent, name, field, false);
    if (!value.IsValid()) return out;
    readFilters(value, field, out.filters);
    const CPLJSONObject columns = object(value, "columns", field + ".columns", false);
    if (!columns.IsValid()) return out;
    for (const CPLJSONObject& child : columns.GetChildren()) {
      const std::string role = child.GetName();
      if (std::find(pointRoles().begin(), pointRoles().end(), role) == pointRoles().end()) {
        fail(field + ".columns", "names an unknown role '" + role + "'");
      }
      if (child.GetType() != CPLJSONObject::Type::String) fail(field + ".columns." + role, "is not a text");
      out.mapping[role] = child.ToString();
    }
    return out;
  }

 private:
  std::string mFile;
  std::filesystem::path mFolder;
  LoadedProject& mOut;
};

void readInputs(const FieldReader& read, const CPLJSONObject& root, AnalysisInputs& in) {
  const CPLJSONObject inputs = read.object(root, "inputs", "inputs", true);
  in.boundaries = read.path(inputs, "boundaries", "inputs.boundaries");
  in.clusters = read.source(inputs, "clusters", "inputs.clusters");
  in.belts = read.source(inputs, "belts", "inputs.belts");
  in.taxonomy = read.path(inputs, "taxonomy", "inputs.taxonomy");

  if (const CPLJSONObject sde = read.object(inputs, "sde", "inputs.sde", false); sde.IsValid()) {
    const std::string method = read.string(sde, "method", "inputs.sde.method");
    if (!method.empty()) {
      const std::optional<SdeMethod> parsed = parseSdeMethod(method);
      if (!parsed) read.fail("inputs.sde.method", "is not a known ellipse method: '" + method + "'");
      in.sde.method = *parsed;
    }
    if (const auto k = read.integer(sde, "k", "inputs.sde.k")) {
      if (*k < 1 || *k > 3) read.fail("inputs.sde.k", "must be 1, 2 or 3");
      in.sde.k = static_cast<int>(*k);
    }
    if (const auto p = read.number(sde, "p", "inputs.sde.p")) {
      if (!(*p > 0.0 && *p < 1.0)) read.fail("inputs.sde.p", "must lie between 0 and 1");
      in.sde.p = *p;
    }
  }

  in.cumulativeYears = read.boolean(inputs, "cumulativeYears", "inputs.cumulativeYears").value_or(false);

  const CPLJSONObject manual = inputs.GetObj("manualPlacements");
  if (!manual.IsValid()) return;
  if (manual.GetType() != CPLJSONObject::Type::Array) read.fail("inputs.manualPlacements", "is not a JSON array");
  const CPLJSONArray list = manual.ToArray();
  for (int i = 0; i < list.Size(); ++i) {
    const std::string field = "inputs.manualPlacements[" + std::to_string(i) + "]";
    const CPLJSONObject entry = list[i];
    if (entry.GetType() != CPLJSONObject::Type::Object) read.fail(field, "is not a JSON object");
    ManualPlacement placement;
    const std::string kind = read.string(entry, "kind", field + ".kind");
    if (kind == "cluster") {
      placement.kind = PointKind::Cluster;
    } else if (kind == "belt") {
      placement.kind = PointKind::Belt;
    } else {
      read.fail(field + ".kind", "must be \"cluster\" or \"belt\"");
    }
    const auto row = read.integer(entry, "row", field + ".row");
    if (!row) read.fail(field + ".row", "is missing");
    placement.row = *row;
    placement.code = read.string(entry, "code", field + ".code");
    if (placement.code.empty()) read.fail(field + ".code", "is missing");
    in.manual.push_back(std::move(placement));
  }
}

}  // namespace

LoadedProject projectFromJson(const std::string& text, const std::filesystem::path& folder, const std::string& file) {
  CPLJSONDocument document;
  std::string parseError;
  {
    // json-c's message is shown to the user in the ProjectError, not on stderr.
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
    const bool parsed = document.LoadMemory(std::string(text::stripBom(text)));
    if (!parsed) parseError = CPLGetLastErrorMsg();
    CPLPopErrorHandler();
    if (!parsed) {
      throw ProjectError(file + ": not a valid JSON file, perhaps truncated or damaged (" +
                         (parseError.empty() ? std::string("unreadable") : parseError) + ")");
    }
  }
  CPLJSONObject root = document.GetRoot();
  if (!root.IsValid() || root.GetType() != CPLJSONObject::Type::Object ||
      root.GetString("format") != kFormat) {
    throw ProjectError(file + ": not a ClusterBelt project (no \"format\": \"" + kFormat + "\")");
  }

  LoadedProject out;
  const FieldReader read(file, folder, out);
  const std::optional<long long> version = read.integer(root, "schemaVersion", "schemaVersion");
  if (!version) read.fail("schemaVersion", "is missing");
  if (*version > Project::kSchemaVersion) {
    throw ProjectError(file + ": written by a newer version of ClusterBelt (project schema " +
                       std::to_string(*version) + "; this version reads up to schema " +
                       std::to_string(Project::kSchemaVersion) + "). Update ClusterBelt to open it.");
  }
  if (*version < 1) read.fail("schemaVersion", "is " + std::to_string(*version) + ", not a valid schema version");
  out.fileSchemaVersion = static_cast<int>(*version);
  for (long long v = *version; v < Project::kSchemaVersion; ++v) {
    kMigrations[static_cast<std::size_t>(v - 1)](root);
    out.notes.push_back("migrated from project schema " + std::to_string(v) + " to " + std::to_string(v + 1));
  }

  readInputs(read, root, out.project.inputs);

  if (const CPLJSONObject view = read.object(root, "view", "view", false); view.IsValid()) {
    const auto x = read.number(view, "centreX", "view.centreX");
    const auto y = read.number(view, "centreY", "view.centreY");
    const auto scale = read.number(view, "metresPerPixel", "view.metresPerPixel");
    if (x && y && scale) out.project.view = MapViewState{{*x, *y}, *scale};
  }
  if (const CPLJSONObject layers = read.object(root, "layers", "layers", false); layers.IsValid()) {
    out.project.setLayersJson(layers);
  }
  out.missing = out.project.missingFiles();
  return out;
}

void saveProject(const Project& project, const std::filesystem::path& file) {
  const std::string name = pathToUtf8(file);
  const std::filesystem::path target = absoluteNormal(file);
  const std::filesystem::path folder = target.parent_path();
  std::string text;
  try {
    text = projectToJson(project, folder);
  } catch (const ProjectError& e) {
    throw ProjectError(name + ": " + e.what());
  }

  // Same folder, so the rename stays on one file system and is atomic; hidden and unique, so two
  // saves at once do not write into each other.
  std::random_device random;
  std::string temporaryName = pathToUtf8(target.filename());
  temporaryName.insert(0, 1, '.');
  temporaryName.append(".tmp").append(std::to_string(random() % 1000000));
  const std::filesystem::path temporary = folder / pathFromUtf8(temporaryName);
  const auto failWith = [&](const std::string& problem) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw ProjectError(name + ": cannot be saved (" + problem + ")");
  };
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) failWith(std::string("cannot write in its folder: ") + std::strerror(errno));
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.flush();
    if (!out) failWith(std::string("writing failed: ") + std::strerror(errno));
  }
#if !defined(_WIN32)
  // The data must be on disk before the rename makes it the project, or a power cut could leave
  // an empty file under the project's name.
  if (const int fd = ::open(temporary.c_str(), O_RDONLY); fd >= 0) {
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced) failWith(std::string("writing failed: ") + std::strerror(errno));
  }
#endif
  std::error_code error;
  std::filesystem::rename(temporary, target, error);
  if (error) failWith(error.message());
}

LoadedProject loadProject(const std::filesystem::path& file) {
  const std::string name = pathToUtf8(file);
  std::error_code error;
  if (!std::filesystem::exists(file, error)) throw ProjectError(name + ": no such file");
  if (std::filesystem::is_directory(file, error)) throw ProjectError(name + ": is a folder, not a project file");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ProjectError(name + ": cannot be opened (" + std::strerror(errno) + ")");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw ProjectError(name + ": cannot be read (" + std::strerror(errno) + ")");
  if (text.empty()) throw ProjectError(name + ": the file is empty");
  return projectFromJson(text, absoluteNormal(file).parent_path(), name);
}

}  // namespace cb
