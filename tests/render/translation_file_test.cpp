// SPDX-License-Identifier: GPL-3.0-or-later
// The committed Simplified Chinese translation file: every message translated, and every
// translation keeps what the code relies on (placeholders, HTML tags, accelerators, file filters).
#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <algorithm>
#include <vector>

namespace {

struct Message {
  QString context, source, type;
  bool numerus = false;
  QStringList forms;  ///< the translation, or each numerus form
};

std::vector<Message> readTs(const QString& path, QString* language, QString* error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    *error = file.errorString();
    return {};
  }
  std::vector<Message> messages;
  QXmlStreamReader xml(&file);
  QString context;
  Message message;
  while (!xml.atEnd()) {
    if (xml.readNext() != QXmlStreamReader::StartElement) continue;
    const auto name = xml.name();
    if (name == QLatin1String("TS")) {
      *language = xml.attributes().value(QLatin1String("language")).toString();
    } else if (name == QLatin1String("name")) {
      context = xml.readElementText();
    } else if (name == QLatin1String("message")) {
      message = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
    } else if (name == QLatin1String("source")) {
      message.source = xml.readElementText();
    } else if (name == QLatin1String("translation")) {
      message.type = xml.attributes().value(QLatin1String("type")).toString();
      if (!message.numerus) {
        message.forms << xml.readElementText();
        messages.push_back(message);
      } else {
        while (xml.readNextStartElement()) message.forms << xml.readElementText();  // <numerusform>
        messages.push_back(message);
      }
    }
  }
  if (xml.hasError()) *error = xml.errorString();
  return messages;
}

/// The sorted matches of a pattern: placeholders and tags may move in a sentence, not change.
QStringList sortedMatches(const QString& text, const QRegularExpression& pattern) {
  QStringList found;
  for (auto it = pattern.globalMatch(text); it.hasNext();) found << it.next().captured(0);
  found.sort();
  return found;
}

const QRegularExpression kPlaceholder(QStringLiteral("%(n|L?[1-9][0-9]?)"));
const QRegularExpression kTag(QStringLiteral("</?[a-zA-Z][^>]*>"));
const QRegularExpression kFilterPattern(QStringLiteral("\\(\\*[^)]*\\)"));  // "(*.csv *.txt)"

/// Accelerator marks: an & before a character, not the && of a literal ampersand.
int accelerators(const QString& text) {
  int count = 0;
  for (qsizetype i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != QLatin1Char('&')) continue;
    if (text[i + 1] == QLatin1Char('&')) {
      ++i;
      continue;
    }
    ++count;
  }
  return count;
}

TEST(TranslationFile, EveryMessageIsTranslatedAndKeepsItsPlaceholders) {
  QString language, error;
  const std::vector<Message> messages =
      readTs(QStringLiteral(CB_SOURCE_DIR "/resources/translations/clusterbelt_zh_CN.ts"), &language, &error);
  ASSERT_TRUE(error.isEmpty()) << error.toStdString();
  EXPECT_EQ(language, QStringLiteral("zh_CN"));
  std::size_t current = 0;
  for (const Message& m : messages) {
    // Texts no longer in the code (kept by lupdate for reuse) are not compiled.
    if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) continue;
    ++current;
    const std::string where = (m.context + QStringLiteral(": ") + m.source).toStdString();
    EXPECT_NE(m.type, QStringLiteral("unfinished")) << where;
    ASSERT_FALSE(m.forms.isEmpty()) << where;
    if (m.numerus) {
      EXPECT_EQ(m.forms.size(), 1) << "Chinese has one plural form: " << where;
    }
    for (const QString& form : m.forms) {
      EXPECT_FALSE(form.trimmed().isEmpty()) << where;
      EXPECT_EQ(sortedMatches(form, kPlaceholder), sortedMatches(m.source, kPlaceholder)) << where;
      EXPECT_EQ(sortedMatches(form, kTag), sortedMatches(m.source, kTag)) << where;
      EXPECT_EQ(accelerators(form), accelerators(m.source)) << where;
      // File dialog filters: as many filters, with the same patterns, in the same order.
      EXPECT_EQ(form.count(QStringLiteral(";;")), m.source.count(QStringLiteral(";;"))) << where;
      QStringList patterns, sourcePatterns;
      for (auto it = kFilterPattern.globalMatch(form); it.hasNext();) patterns << it.next().captured(0);
      for (auto it = kFilterPattern.globalMatch(m.source); it.hasNext();) sourcePatterns << it.next().captured(0);
      EXPECT_EQ(patterns, sourcePatterns) << where;
    }
  }
  EXPECT_GT(current, 400U) << "the file lacks most of the application's texts";
}

TEST(TranslationFile, AcceleratorsFollowTheChineseTextAsInQtApplications) {
  // "文件(&F)", not "&文件": the key is a Latin letter after the text.
  QString language, error;
  const std::vector<Message> messages =
      readTs(QStringLiteral(CB_SOURCE_DIR "/resources/translations/clusterbelt_zh_CN.ts"), &language, &error);
  ASSERT_TRUE(error.isEmpty()) << error.toStdString();
  const QRegularExpression accelerator(QStringLiteral("\\(&[A-Z0-9]\\)(…)?$"));
  for (const Message& m : messages) {
    if (accelerators(m.source) == 0 || m.source.startsWith(QLatin1String("&%"))) continue;
    for (const QString& form : m.forms) {
      EXPECT_TRUE(accelerator.match(form).hasMatch()) << form.toStdString();
    }
  }
}

}  // namespace
