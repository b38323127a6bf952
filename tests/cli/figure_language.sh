#!/usr/bin/env bash
# `clusterbelt-cli figure --lang zh_CN` paints the figure's texts in Simplified Chinese: the SVG
# holds the inset's name 南海诸岛, the legend's title 图例 and its Chinese classes as text, and the
# warning is in Chinese. Without --lang the figure is in English, whatever the system's language;
# a language without a translation is refused.
set -euo pipefail
cli=$1 data=$3 scratch=$4/figure_language
mkdir -p "$scratch"
rm -f "$scratch"/*
export CLUSTERBELT_DATA_DIR=$data QT_QPA_PLATFORM=offscreen

"$cli" figure --help | grep -q -- "--lang en|zh_CN" || { echo "--lang is not in the usage text"; exit 1; }

"$cli" figure --out "$scratch/zh.svg" --width-mm 170 --lang zh_CN 2>"$scratch/zh.err"
for text in ">南海诸岛<" ">图例<" "匹配结果（城市）" "相同行业"; do
  grep -q "$text" "$scratch/zh.svg" || { echo "the Chinese figure lacks $text"; exit 1; }
done
if grep -q "South China Sea Islands" "$scratch/zh.svg"; then echo "English left in the Chinese figure"; exit 1; fi
grep -q "南海断续线" "$scratch/zh.err" || { cat "$scratch/zh.err"; echo "the warning is not in Chinese"; exit 1; }

# The default is English even under a Chinese locale, so scripts give the same figure everywhere.
LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN "$cli" figure --out "$scratch/en.svg" --width-mm 170 2>/dev/null
grep -q ">South China Sea Islands<" "$scratch/en.svg" || { echo "the default figure is not in English"; exit 1; }
grep -q ">Legend<" "$scratch/en.svg" || { echo "the default legend is not in English"; exit 1; }
if grep -q "南海诸岛" "$scratch/en.svg"; then echo "Chinese in the default figure"; exit 1; fi

# The thematic map of `render` too: its legend in Chinese as pixels, so only the run is checked.
"$cli" render --out "$scratch/map.png" --width 400 --height 300 --thematic --lang zh_CN >/dev/null

set +e
"$cli" figure --out "$scratch/x.svg" --lang fr 2>"$scratch/bad.err"
code=$?
set -e
[[ $code -eq 2 ]] || { echo "expected exit 2 for --lang fr, got $code"; exit 1; }
grep -q "\-\-lang: no translation for 'fr'" "$scratch/bad.err" || { cat "$scratch/bad.err"; exit 1; }
echo ok
