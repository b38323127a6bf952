// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scene/figure_spec.h"

#include <cpl_error.h>
#include <cpl_json.h>

#include <charconv>
#include <cmath>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

// The JSON written by toJson() (every key optional when read):
// {
//   "version": 1,
//   "page": {"preset": "double-column", "width_mm": 170, "height_mm": 0, "dpi": 300,
//            "margins_mm": {"top": 3, "right": 3, "bottom": 3, "left": 3}},
//   "map": {"extent": "all-china" | [minX, minY, maxX, maxY] (China Albers metres),
//           "highlight_city": "440300", "ellipses": true, "ellipse_groups": ["clusters"],
//           "prefecture_labels": false},
//   "furniture": {"title": "", "legend": true, "scale_bar": true, "north_arrow": true,
//                 "graticule": {"show": true, "step_deg": 0, "labels": true},
//                 "south_china_sea_inset": true, "note": ""},
//   "type": {"font_family": "Noto Sans CJK SC", "text_as_paths": false,
//            "title_size": "10pt", "label_size": "7pt", "note_size": "6.5pt"},
//   "lines": {"frame": "0.6pt", "prefectures": "0.2pt", "provinces": "0.5pt",
//             "graticule": "0.25pt", "ellipses": "1pt"},
//   "layers": { … a LayerStack, kept as it is … }
// }
// "preset" is read before the width and height, which override it.

namespace cb {
namespace {

constexpr int kVersion = 1;

std::string formatNumber(double v) {
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out.precision(10);
  out << v;
  return out.str();
}

/// Strict reading of one JSON object: every key must be known, every value of the right type.
class ObjectReader {
 public:
  ObjectReader(const CPLJSONObject& object, std::string source, std::string path)
      : mObject(object), mSource(std::move(source)), mPath(std::move(path)) {}

  using Handler = std::function<void(const CPLJSONObject&, const std::string& key)>;

  void read(const std::map<std::string, Handler>& handlers) const {
    if (mObject.GetType() != CPLJSONObject::Type::Object) fail(mPath, "expected an object");
    for (const CPLJSONObject& child : mObject.GetChildren()) {
      const std::string key = mPath.empty() ? child.GetName() : mPath + "." + child.GetName();
      const auto handler = handlers.find(child.GetName());
      if (handler == handlers.end()) fail(key, "unknown key");
      handler->second(child, key);
    }
  }

  [[noreturn]] void fail(const std::string& key, const std::string& what) const {
    throw FigureSpecError(mSource + ": key '" + (key.empty() ? std::string("(root)") : key) + "': " + what);
  }

  [[nodiscard]] ObjectReader child(const CPLJSONObject& object, const std::string& key) const {
    return {object, mSource, key};
  }

  bool boolean(const CPLJSONObject& v, const std::string& key) const {
    if (v.GetType() != CPLJSONObject::Type::Boolean) fail(key, "expected true or false, got " + v.Format(CPLJSONObject::PrettyFormat::Plain));
    return v.ToBool();
  }
  std::string string(const CPLJSONObject& v, const std::string& key) const {
    if (v.GetType() != CPLJSONObject::Type::String) fail(key, "expected a string, got " + v.Format(CPLJSONObject::PrettyFormat::Plain));
    return v.ToString();
  }
  double number(const CPLJSONObject& v, const std::string& key, double min, double max) const {
    const auto type = v.GetType();
    if (type != CPLJSONObject::Type::Integer && type != CPLJSONObject::Type::Long &&
        type != CPLJSONObject::Type::Double) {
      fail(key, "expected a number, got " + v.Format(CPLJSONObject::PrettyFormat::Plain));
    }
    const double value = v.ToDouble();
    if (!std::isfinite(value) || value < min || value > max) {
      fail(key, "expected a number from " + formatNumber(min) + " to " + formatNumber(max) + ", got " +
                    formatNumber(value));
    }
    return value;
  }
  PrintLength length(const CPLJSONObject& v, const std::string& key, double maxMm) const {
    PrintLength out;
    const std::string text = string(v, key);
    if (!PrintLength::parse(text, out) || out.toMm() > maxMm) {
      fail(key, "expected a length such as \"0.5pt\" or \"0.3mm\" (at most " + formatNumber(maxMm) +
                    " mm), got \"" + text + "\"");
    }
    return out;
  }

 private:
  CPLJSONObject mObject;
  std::string mSource;
  std::string mPath;
};

CPLJSONObject lengthsObject(const std::vector<std::pair<const char*, PrintLength>>& items) {
  CPLJSONObject object;
  for (const auto& [name, length] : items) object.Add(name, length.text());
  return object;
}

}  // namespace

std::string PrintLength::text() const { return formatNumber(value) + (unit == Unit::Pt ? "pt" : "mm"); }

bool PrintLength::parse(std::string_view text, PrintLength& out) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.size() < 3) return false;
  const std::string_view suffix = text.substr(text.size() - 2);
  Unit unit;
  if (suffix == "pt") {
    unit = Unit::Pt;
  } else if (suffix == "mm") {
    unit = Unit::Mm;
  } else {
    return false;
  }
  std::string number(text.substr(0, text.size() - 2));
  while (!number.empty() && number.back() == ' ') number.pop_back();
  double value = 0.0;
  const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (error != std::errc() || end != number.data() + number.size() || !(value > 0.0) || !std::isfinite(value)) {
    return false;
  }
  out = {value, unit};
  return true;
}

const std::vector<PagePreset>& pagePresets() {
  static const std::vector<PagePreset> presets = {
      {"single-column", 83.0, 0.0},
      {"double-column", 170.0, 0.0},
      {"a4-portrait", 210.0, 297.0},
      {"a4-landscape", 297.0, 210.0},
  };
  return presets;
}

bool FigureSpec::applyPreset(std::string_view preset) {
  for (const PagePreset& p : pagePresets()) {
    if (p.name == preset) {
      widthMm = p.widthMm;
      heightMm = p.heightMm;
      return true;
    }
  }
  return false;
}

bool operator==(const FigureSpec& a, const FigureSpec& b) {
  const auto sameBox = [](const Box2& x, const Box2& y) {
    return (x.isEmpty() && y.isEmpty()) ||
           (x.minX == y.minX && x.minY == y.minY && x.maxX == y.maxX && x.maxY == y.maxY);
  };
  return a.widthMm == b.widthMm && a.heightMm == b.heightMm && a.dpi == b.dpi && a.margins == b.margins &&
         a.allChina == b.allChina && (a.allChina || sameBox(a.extent, b.extent)) &&
         a.highlightCity == b.highlightCity && a.ellipses == b.ellipses && a.ellipseGroups == b.ellipseGroups &&
         a.prefectureLabels == b.prefectureLabels && a.title == b.title && a.legend == b.legend &&
         a.scaleBar == b.scaleBar && a.northArrow == b.northArrow && a.graticule == b.graticule &&
         a.graticuleStepDeg == b.graticuleStepDeg && a.graticuleLabels == b.graticuleLabels &&
         a.southChinaSeaInset == b.southChinaSeaInset && a.note == b.note && a.fontFamily == b.fontFamily &&
         a.textAsPaths == b.textAsPaths && a.titleSize == b.titleSize && a.labelSize == b.labelSize &&
         a.noteSize == b.noteSize && a.frameWidth == b.frameWidth &&
         a.prefectureLineWidth == b.prefectureLineWidth && a.provinceLineWidth == b.provinceLineWidth &&
         a.graticuleLineWidth == b.graticuleLineWidth && a.ellipseLineWidth == b.ellipseLineWidth &&
         a.layersJson == b.layersJson;
}

std::string FigureSpec::toJson() const {
  CPLJSONDocument document;
  CPLJSONObject root = document.GetRoot();
  root.Add("version", kVersion);

  CPLJSONObject page;
  page.Add("width_mm", widthMm);
  page.Add("height_mm", heightMm);
  page.Add("dpi", dpi);
  CPLJSONObject margin;
  margin.Add("top", margins.top);
  margin.Add("right", margins.right);
  margin.Add("bottom", margins.bottom);
  margin.Add("left", margins.left);
  page.Add("margins_mm", margin);
  root.Add("page", page);

  CPLJSONObject map;
  if (allChina || extent.isEmpty()) {
    map.Add("extent", "all-china");
  } else {
    CPLJSONArray box;
    for (double v : {extent.minX, extent.minY, extent.maxX, extent.maxY}) box.Add(v);
    map.Add("extent", box);
  }
  map.Add("highlight_city", highlightCity);
  map.Add("ellipses", ellipses);
  CPLJSONArray groups;
  for (const std::string& g : ellipseGroups) groups.Add(g);
  map.Add("ellipse_groups", groups);
  map.Add("prefecture_labels", prefectureLabels);
  root.Add("map", map);

  CPLJSONObject furniture;
  furniture.Add("title", title);
  furniture.Add("legend", legend);
  furniture.Add("scale_bar", scaleBar);
  furniture.Add("north_arrow", northArrow);
  CPLJSONObject grid;
  grid.Add("show", graticule);
  grid.Add("step_deg", graticuleStepDeg);
  grid.Add("labels", graticuleLabels);
  furniture.Add("graticule", grid);
  furniture.Add("south_china_sea_inset", southChinaSeaInset);
  furniture.Add("note", note);
  root.Add("furniture", furniture);

  CPLJSONObject type = lengthsObject({{"title_size", titleSize}, {"label_size", labelSize}, {"note_size", noteSize}});
  type.Add("font_family", fontFamily);
  type.Add("text_as_paths", textAsPaths);
  root.Add("type", type);
  root.Add("lines", lengthsObject({{"frame", frameWidth},
                                   {"prefectures", prefectureLineWidth},
                                   {"provinces", provinceLineWidth},
                                   {"graticule", graticuleLineWidth},
                                   {"ellipses", ellipseLineWidth}}));
  if (!layersJson.empty()) {
    CPLJSONDocument layers;
    if (layers.LoadMemory(layersJson)) root.Add("layers", layers.GetRoot());
  }
  return root.Format(CPLJSONObject::PrettyFormat::Pretty) + "\n";
}

FigureSpec FigureSpec::fromJson(std::string_view json, const std::string& source) {
  CPLJSONDocument document;
  // The reason GDAL would print goes into the error below instead.
  CPLPushErrorHandler(CPLQuietErrorHandler);
  const bool parsed = document.LoadMemory(std::string(json));
  CPLPopErrorHandler();
  if (!parsed) {
    throw FigureSpecError(source + ": not valid JSON");
  }
  FigureSpec spec;
  const ObjectReader root(document.GetRoot(), source, "");
  using H = ObjectReader::Handler;
  const auto flag = [&](bool& target) -> H {
    return [&root, &target](const CPLJSONObject& v, const std::string& key) { target = root.boolean(v, key); };
  };
  const auto text = [&](std::string& target) -> H {
    return [&root, &target](const CPLJSONObject& v, const std::string& key) { target = root.string(v, key); };
  };
  const auto num = [&](double& target, double min, double max) -> H {
    return [&root, &target, min, max](const CPLJSONObject& v, const std::string& key) {
      target = root.number(v, key, min, max);
    };
  };
  const auto len = [&](PrintLength& target, double maxMm) -> H {
    return [&root, &target, maxMm](const CPLJSONObject& v, const std::string& key) {
      target = root.length(v, key, maxMm);
    };
  };
  const auto object = [&](std::map<std::string, H> handlers) -> H {
    return [&root, handlers = std::move(handlers)](const CPLJSONObject& v, const std::string& key) {
      root.child(v, key).read(handlers);
    };
  };

  // The preset goes first so that explicit sizes in the same object win.
  const CPLJSONObject pageObject = document.GetRoot().GetObj("page");
  if (pageObject.IsValid() && pageObject.GetType() == CPLJSONObject::Type::Object) {
    const CPLJSONObject preset = pageObject.GetObj("preset");
    if (preset.IsValid() && !spec.applyPreset(root.string(preset, "page.preset"))) {
      std::string names;
      for (const PagePreset& p : pagePresets()) names += (names.empty() ? "" : ", ") + std::string(p.name);
      root.fail("page.preset", "unknown preset \"" + preset.ToString() + "\" (known: " + names + ")");
    }
  }

  root.read({
      {"version", [&](const CPLJSONObject& v, const std::string& key) {
         const double version = root.number(v, key, 1, 1000);
         if (version > kVersion) root.fail(key, "written by a newer version (" + formatNumber(version) + ")");
       }},
      {"page", object({
                   {"preset", [](const CPLJSONObject&, const std::string&) {}},
                   {"width_mm", num(spec.widthMm, 20.0, 2000.0)},
                   {"height_mm", [&](const CPLJSONObject& v, const std::string& key) {
                      spec.heightMm = root.number(v, key, 0.0, 2000.0);
                      if (spec.heightMm > 0.0 && spec.heightMm < 20.0) root.fail(key, "expected 0 (automatic) or at least 20 mm");
                    }},
                   {"dpi", num(spec.dpi, 50.0, 2400.0)},
                   {"margins_mm", object({{"top", num(spec.margins.top, 0.0, 100.0)},
                                          {"right", num(spec.margins.right, 0.0, 100.0)},
                                          {"bottom", num(spec.margins.bottom, 0.0, 100.0)},
                                          {"left", num(spec.margins.left, 0.0, 100.0)}})},
               })},
      {"map", object({
                  {"extent", [&](const CPLJSONObject& v, const std::string& key) {
                     if (v.GetType() == CPLJSONObject::Type::String) {
                       if (v.ToString() != "all-china") root.fail(key, "expected \"all-china\" or [minX, minY, maxX, maxY] in China Albers metres");
                       spec.allChina = true;
                       return;
                     }
                     if (v.GetType() != CPLJSONObject::Type::Array || v.ToArray().Size() != 4) {
                       root.fail(key, "expected \"all-china\" or [minX, minY, maxX, maxY] in China Albers metres");
                     }
                     const CPLJSONArray box = v.ToArray();
                     double c[4];
                     for (int i = 0; i < 4; ++i) c[i] = root.number(box[i], key + "[" + std::to_string(i) + "]", -2e7, 2e7);
                     if (!(c[2] > c[0] && c[3] > c[1])) root.fail(key, "the extent's maximum must exceed its minimum");
                     spec.allChina = false;
                     spec.extent = Box2{c[0], c[1], c[2], c[3]};
                   }},
                  {"highlight_city", text(spec.highlightCity)},
                  {"ellipses", flag(spec.ellipses)},
                  {"ellipse_groups", [&](const CPLJSONObject& v, const std::string& key) {
                     if (v.GetType() != CPLJSONObject::Type::Array) root.fail(key, "expected an array of group names");
                     spec.ellipseGroups.clear();
                     const CPLJSONArray groups = v.ToArray();
                     for (int i = 0; i < groups.Size(); ++i) {
                       spec.ellipseGroups.push_back(root.string(groups[i], key + "[" + std::to_string(i) + "]"));
                     }
                   }},
                  {"prefecture_labels", flag(spec.prefectureLabels)},
              })},
      {"furniture", object({
                        {"title", text(spec.title)},
                        {"legend", flag(spec.legend)},
                        {"scale_bar", flag(spec.scaleBar)},
                        {"north_arrow", flag(spec.northArrow)},
                        {"graticule", object({{"show", flag(spec.graticule)},
                                              {"step_deg", num(spec.graticuleStepDeg, 0.0, 90.0)},
                                              {"labels", flag(spec.graticuleLabels)}})},
                        {"south_china_sea_inset", flag(spec.southChinaSeaInset)},
                        {"note", text(spec.note)},
                    })},
      {"type", object({
                   {"font_family", text(spec.fontFamily)},
                   {"text_as_paths", flag(spec.textAsPaths)},
                   {"title_size", len(spec.titleSize, 30.0)},
                   {"label_size", len(spec.labelSize, 30.0)},
                   {"note_size", len(spec.noteSize, 30.0)},
               })},
      {"lines", object({
                    {"frame", len(spec.frameWidth, 5.0)},
                    {"prefectures", len(spec.prefectureLineWidth, 5.0)},
                    {"provinces", len(spec.provinceLineWidth, 5.0)},
                    {"graticule", len(spec.graticuleLineWidth, 5.0)},
                    {"ellipses", len(spec.ellipseLineWidth, 5.0)},
                })},
      {"layers", [&](const CPLJSONObject& v, const std::string& key) {
         if (v.GetType() != CPLJSONObject::Type::Object) root.fail(key, "expected an object (a layer stack)");
         spec.layersJson = v.Format(CPLJSONObject::PrettyFormat::Plain);
       }},
  });
  if (spec.fontFamily.empty()) root.fail("type.font_family", "must not be empty");
  return spec;
}

void FigureSpec::save(const std::filesystem::path& path) const {
  std::ofstream out(path, std::ios::binary);
  out << toJson();
  out.close();
  if (!out) throw FigureSpecError(path.string() + ": cannot write the figure spec");
}

FigureSpec FigureSpec::load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FigureSpecError(path.string() + ": cannot open the figure spec");
  std::ostringstream text;
  text << in.rdbuf();
  return fromJson(text.str(), path.string());
}

std::string standardMapNote(std::string_view approvalNumber) {
  return "注：该图基于自然资源部标准地图服务网站下载的审图号为" + std::string(approvalNumber) +
         "号的标准地图制作，底图无修改。";
}

}  // namespace cb
