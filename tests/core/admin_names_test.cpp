// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/admin_names.h"

#include <gtest/gtest.h>

namespace cb {
namespace {

TEST(AdminNames, ShortensEverySuffixKind) {
  EXPECT_EQ(shortAdminName("深圳市"), "深圳");
  EXPECT_EQ(shortAdminName("阿克苏地区"), "阿克苏");
  EXPECT_EQ(shortAdminName("锡林郭勒盟"), "锡林郭勒");
  EXPECT_EQ(shortAdminName("延边朝鲜族自治州"), "延边");
  EXPECT_EQ(shortAdminName("黔东南苗族侗族自治州"), "黔东南");
  EXPECT_EQ(shortAdminName("伊犁哈萨克自治州"), "伊犁");
  EXPECT_EQ(shortAdminName("海西蒙古族藏族自治州"), "海西");
  EXPECT_EQ(shortAdminName("克孜勒苏柯尔克孜自治州"), "克孜勒苏");
  EXPECT_EQ(shortAdminName("神农架林区"), "神农架");
  EXPECT_EQ(shortAdminName("香港特别行政区"), "香港");
  EXPECT_EQ(shortAdminName("广西壮族自治区"), "广西");
  EXPECT_EQ(shortAdminName("白沙黎族自治县"), "白沙");
}

TEST(AdminNames, KeepsNamesThatWouldBecomeOneCharacter) {
  EXPECT_EQ(shortAdminName("忠县"), "忠县");
  EXPECT_EQ(shortAdminName("沙市"), "沙市");
}

TEST(AdminNames, NamesProvincesAndLevels) {
  EXPECT_EQ(provinceFullName("440300"), "广东省");
  EXPECT_EQ(provinceFullName("65"), "新疆维吾尔自治区");
  EXPECT_EQ(provinceFullName("99"), "");
  EXPECT_EQ(prefectureLevel("110000"), "municipality");
  EXPECT_EQ(prefectureLevel("810000"), "SAR");
  EXPECT_EQ(prefectureLevel("710000"), "Taiwan");
  EXPECT_EQ(prefectureLevel("429004"), "county-level");
  EXPECT_EQ(prefectureLevel("440300"), "prefecture");
}

}  // namespace
}  // namespace cb
