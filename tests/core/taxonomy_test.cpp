// SPDX-License-Identifier: GPL-3.0-or-later
// The default taxonomy (data/taxonomy): one example per group, every industry string of the
// bundled lists and the common 1688 belt categories placed, the matching rule, and bad files.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "core/io/point_table_reader.h"
#include "core/taxonomy/taxonomy.h"

namespace {

const std::filesystem::path kSource(CB_SOURCE_DIR);

const cb::Taxonomy& taxonomy() {
  static const cb::Taxonomy t = [] {
    cb::LoadReport report;
    auto loaded = cb::Taxonomy::load(kSource / "data/taxonomy", report);
    EXPECT_TRUE(loaded.has_value()) << report.toText();
    EXPECT_TRUE(report.messages().empty()) << report.toText();
    return std::move(*loaded);
  }();
  return t;
}

std::set<std::string> groupsOf(const std::string& text) {
  const auto ids = taxonomy().ids(taxonomy().classify(text).groups);
  return {ids.begin(), ids.end()};
}

TEST(Taxonomy, EveryDefaultGroupHasAnExample) {
  const std::map<std::string, std::string> examples = {
      {"ic_components", "集成电路"},          {"display", "新型显示器件"},
      {"electronic_devices", "手机"},           {"networks_internet", "物联网"},
      {"software_it", "软件和信息服务"},      {"ai", "智能语音"},
      {"smart_equipment", "机器人及智能制造"}, {"special_machinery", "工程机械"},
      {"aerospace", "中小航空发动机"},        {"rail_transit", "轨道交通装备"},
      {"marine_equipment", "海工装备和高技术船舶"}, {"electrical_equipment", "电气"},
      {"home_appliances", "小家电"},            {"lighting", "灯饰"},
      {"automotive", "汽配"},                   {"new_energy_vehicles", "新能源汽车"},
      {"two_wheelers", "电动车"},               {"new_energy", "光伏"},
      {"new_materials", "纳米新材料"},          {"biomedicine", "生物医药"},
      {"medical_devices", "高端医疗器械"},      {"energy_saving_environment", "节能环保"},
      {"digital_creative", "动漫"},             {"chemicals", "化工"},
      {"cosmetics", "美妆"},                    {"textiles", "家纺"},
      {"apparel", "童装"},                      {"footwear", "女鞋"},
      {"leather_luggage", "箱包"},              {"furniture", "住宅家具"},
      {"ceramics_building", "陶瓷"},            {"hardware", "五金"},
      {"metals", "钢铁"},                       {"toys", "玩具"},
      {"stationery_sports", "文化办公"},        {"jewellery_accessories", "珠宝"},
      {"eyewear", "眼镜"},                      {"household_goods", "小商品"},
      {"food", "乳制品"},                       {"paper_printing", "包装"},
      {"instruments", "仪器仪表"}};
  std::set<std::string> defined;
  for (const cb::IndustryGroup& g : taxonomy().groups()) {
    defined.insert(g.id);
    EXPECT_FALSE(g.nameZh.empty()) << g.id;
    EXPECT_FALSE(g.sei2018.empty() && g.gbt4754.empty()) << g.id << " is not grounded in a classification";
  }
  std::set<std::string> tested;
  for (const auto& [group, text] : examples) {
    tested.insert(group);
    EXPECT_EQ(groupsOf(text).count(group), 1u) << text << " should be in " << group;
  }
  EXPECT_EQ(defined, tested) << "every default group needs an example here";
}

TEST(Taxonomy, ReadsClusterAndBeltIndustriesSensibly) {
  EXPECT_EQ(groupsOf("新一代信息通信"), (std::set<std::string>{"networks_internet", "electronic_devices"}));
  EXPECT_EQ(groupsOf("超高清视频和智能家电"), (std::set<std::string>{"display", "electronic_devices", "home_appliances"}));
  EXPECT_EQ(groupsOf("生物医药及高端医疗器械"), (std::set<std::string>{"biomedicine", "medical_devices"}));
  EXPECT_EQ(groupsOf("智能移动终端"), (std::set<std::string>{"electronic_devices"}));
  EXPECT_EQ(groupsOf("袜业"), (std::set<std::string>{"apparel", "textiles"}));
  EXPECT_EQ(groupsOf("云药(生物医药)"), (std::set<std::string>{"biomedicine"}));
  EXPECT_EQ(groupsOf("先进结构材料（钛及钛合金）"), (std::set<std::string>{"new_materials", "metals"}));
}

TEST(Taxonomy, LongestKeywordWins) {
  // 新能源汽车 is one keyword: it does not also count as 新能源 (new_energy).
  EXPECT_EQ(groupsOf("新能源汽车"), (std::set<std::string>{"new_energy_vehicles", "automotive"}));
  EXPECT_EQ(groupsOf("新能源"), (std::set<std::string>{"new_energy"}));
  const cb::Classification c = taxonomy().classify("电力及新能源高端装备");
  EXPECT_EQ(c.keywords, (std::vector<std::string>{"电力", "新能源", "高端装备"}));
  EXPECT_EQ(groupsOf(" ＬＥＤ 灯具 "), (std::set<std::string>{"ic_components", "lighting"}));
}

TEST(Taxonomy, PlacesEveryBundledIndustryString) {
  for (const auto& [file, kind] : {std::pair{"data/clusters/national_clusters.csv", cb::PointKind::Cluster},
                                   std::pair{"data/belts/online_belts.csv", cb::PointKind::Belt}}) {
    cb::LoadReport report;
    const auto table = cb::readPointTable(kSource / file, kind, {}, report);
    ASSERT_TRUE(table.has_value()) << report.toText();
    for (const cb::PointRecord& r : table->records) {
      EXPECT_TRUE(taxonomy().classify(r.industry).placed()) << file << " row " << r.row << ": " << r.industry;
    }
  }
}

TEST(Taxonomy, PlacesCommon1688BeltCategories) {
  const std::map<std::string, std::string> categories = {
      {"服装", "apparel"},   {"女装", "apparel"},        {"童装", "apparel"},       {"箱包", "leather_luggage"},
      {"鞋", "footwear"},    {"家具", "furniture"},      {"五金", "hardware"},      {"玩具", "toys"},
      {"小家电", "home_appliances"}, {"陶瓷", "ceramics_building"}, {"眼镜", "eyewear"}, {"袜子", "apparel"},
      {"灯饰", "lighting"},  {"小商品", "household_goods"}, {"电子", "electronic_devices"}, {"汽配", "automotive"},
      {"内衣", "apparel"},   {"饰品", "jewellery_accessories"}, {"工艺品", "jewellery_accessories"},
      {"文具", "stationery_sports"}, {"卫浴", "ceramics_building"}, {"电线电缆", "electrical_equipment"},
      {"家纺", "textiles"},  {"羽绒服", "apparel"},      {"户外用品", "stationery_sports"}, {"锁具", "hardware"},
      {"厨具", "hardware"},  {"茶叶", "food"},           {"假发", "jewellery_accessories"},
      {"化妆品", "cosmetics"}, {"3C数码", "electronic_devices"}, {"电动自行车", "two_wheelers"},
      {"模具", "special_machinery"}, {"包装", "paper_printing"}, {"塑料制品", "household_goods"}};
  for (const auto& [text, group] : categories) {
    EXPECT_EQ(groupsOf(text).count(group), 1u) << text << " should be in " << group;
  }
}

TEST(Taxonomy, ReportsWhatItCannotPlace) {
  EXPECT_FALSE(taxonomy().classify("").placed());
  EXPECT_FALSE(taxonomy().classify("旅游").placed());
  EXPECT_FALSE(taxonomy().classify("????").placed());
}

TEST(Taxonomy, SimilarityIsSymmetricAndNeverReflexive) {
  const auto& t = taxonomy();
  for (std::size_t a = 0; a < t.groups().size(); ++a) {
    EXPECT_FALSE(t.similarTo(a).test(a)) << t.groups()[a].id;
    for (std::size_t b = 0; b < t.groups().size(); ++b) {
      EXPECT_EQ(t.similarTo(a).test(b), t.similarTo(b).test(a));
    }
  }
  const auto apparel = static_cast<std::size_t>(t.groupIndex("apparel"));
  EXPECT_TRUE(t.similarTo(apparel).test(static_cast<std::size_t>(t.groupIndex("footwear"))));
  EXPECT_FALSE(t.similarTo(apparel).test(static_cast<std::size_t>(t.groupIndex("biomedicine"))));
}

TEST(Taxonomy, BadFilesAreReported) {
  const auto dir = std::filesystem::temp_directory_path() / "cb_taxonomy_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "industry_groups.csv") << "id,name_zh\nshoes,鞋\nshoes,重复\n";
  std::ofstream(dir / "industry_keywords.csv") << "keyword,groups\n鞋,shoes\n包,bags\n,shoes\n";
  std::ofstream(dir / "similar_groups.csv") << "group_a,group_b\nshoes,shoes\n";
  cb::LoadReport report;
  const auto t = cb::Taxonomy::load(dir, report);
  ASSERT_TRUE(t.has_value()) << report.toText();
  EXPECT_EQ(t->groups().size(), 1u);
  EXPECT_EQ(t->keywordCount(), 1u);
  EXPECT_EQ(report.count(cb::LoadMessage::Severity::Warning), 4u) << report.toText();
  EXPECT_NE(report.toText().find("unknown group 'bags'"), std::string::npos) << report.toText();

  cb::LoadReport missing;
  EXPECT_FALSE(cb::Taxonomy::load(dir / "nowhere", missing).has_value());
  EXPECT_TRUE(missing.hasErrors());
  std::filesystem::remove_all(dir);
}

}  // namespace
