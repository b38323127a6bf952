#!/usr/bin/env bash
# Runs clusterbelt-cli on every file of the bad-input corpus (tests/data/bad/manifest.tsv) of one
# kind, with every command that reads that kind, and checks each run:
#   - exit status 2 for an `error` line, 0 for a `warning` line (the data are usable, and the
#     output says what was wrong) and for an `ok` line (odd but sound data: nothing to say);
#   - the output (standard error, or standard output for `info`) names the file and matches the
#     manifest's message; `info` describes any source, so it only has to answer 0 or 2;
#   - no crash (signal, sanitizer report) and no hang (each run has TIMEOUT seconds);
#   - after a refusal, no output file is left behind, whole or half-written.
# Every failure is listed; the exit status is 1 when there was any.
#
#   run_corpus.sh CLI CORPUS_DIR SCRATCH KIND [TIMEOUT]
# SPDX-License-Identifier: GPL-3.0-or-later
set -uo pipefail
cli=$1 corpus=$2 scratch=$3 kind=$4 limit=${5:-60}
mkdir -p "$scratch"
failures=0 runs=0

fail() {
  echo "FAIL $*"
  failures=$((failures + 1))
}

# The commands that read a file of each kind; OUT is replaced by the output path of the run.
commands_for() {
  case $1 in
    boundaries)
      echo "info FILE"
      echo "export --what outcomes --boundaries FILE --out OUT.gpkg"
      # render exists when the CLI was built with Qt
      if "$cli" --help | grep -q "^  render "; then echo "render --boundaries FILE --out OUT.png --width 160 --height 120"; fi ;;
    table)
      echo "match --clusters FILE --no-pairs"
      echo "match --belts FILE --no-pairs"
      echo "export --what clusters --clusters FILE --out OUT.csv" ;;
    echarts)
      echo "import-echarts FILE OUT.gpkg" ;;
    spec)
      echo "figure --spec FILE --out OUT.png" ;;
    taxonomy)
      echo "match --taxonomy FILE --no-pairs" ;;
  esac
}

while IFS=$'\t' read -r file entry_kind expect message problem; do
  [[ $file == file || $entry_kind != "$kind" ]] && continue
  path=$corpus/$file
  name=$(basename "$file")
  while read -r template; do
    [[ -z $template ]] && continue
    run=$scratch/run
    rm -rf "$run" && mkdir -p "$run"
    read -r -a words <<< "$template"
    args=()
    for w in "${words[@]}"; do
      w=${w//FILE/$path}
      args+=("${w//OUT/$run/out}")
    done
    runs=$((runs + 1))
    timeout -k 5 "$limit" "$cli" "${args[@]}" > "$run.stdout" 2> "$run.stderr" < /dev/null
    code=$?
    what="$file [$problem]: clusterbelt-cli ${words[*]}"
    cat "$run.stderr" "$run.stdout" > "$run.all"
    if [[ $code -eq 124 || $code -eq 137 ]]; then
      fail "$what: no answer within $limit s"
      continue
    fi
    if [[ $code -ge 128 ]] || grep -qE "AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:" "$run.all"; then
      fail "$what: crashed (exit $code)"
      sed -n 1,20p "$run.stderr"
      continue
    fi
    want=2
    [[ $expect == warning || $expect == ok ]] && want=0
    if [[ ${words[0]} == info ]]; then
      [[ $code -eq 0 || $code -eq 2 ]] || fail "$what: exit $code, expected 0 or 2"
      [[ $expect == ok ]] || grep -qF -- "$name" "$run.all" || fail "$what: the output does not name the file"
      continue
    fi
    if [[ $code -ne $want ]]; then
      fail "$what: exit $code, expected $want"
      sed -n 1,8p "$run.stderr"
      continue
    fi
    [[ $expect == ok ]] && continue
    if ! grep -qF -- "$name" "$run.stderr"; then
      fail "$what: the message does not name the file"
      sed -n 1,8p "$run.stderr"
      continue
    fi
    if [[ -n $message ]] && ! grep -qE -- "$message" "$run.stderr"; then
      fail "$what: the message does not match /$message/"
      sed -n 1,8p "$run.stderr"
      continue
    fi
    if [[ $want -eq 2 ]] && [[ -n $(ls -A "$run") ]]; then
      fail "$what: refused, yet left $(ls -A "$run" | tr '\n' ' ')"
    fi
  done < <(commands_for "$kind")
done < "$corpus/manifest.tsv"

echo "$kind: $runs runs, $failures failures"
[[ $runs -gt 0 && $failures -eq 0 ]]
