#!/usr/bin/env python3
# Regenerates the bad-input corpus into a scratch folder and compares it with the committed one,
# file by file. SQLite files differ only in the bytes where SQLite writes its own version number
# (offsets 92-99 of the header), which are left out of the comparison.
#   check_corpus.py CORPUS_DIR SCRATCH_DIR
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import subprocess
import sys

corpus, scratch = sys.argv[1], sys.argv[2]
shutil.rmtree(scratch, ignore_errors=True)
subprocess.run([sys.executable, os.path.join(corpus, "make_corpus.py"), scratch], check=True)


def files(root):
    out = set()
    for folder, _, names in os.walk(root):
        for name in names:
            out.add(os.path.relpath(os.path.join(folder, name), root))
    return out - {"make_corpus.py", "README.md"}


def same(a, b):
    with open(a, "rb") as fa, open(b, "rb") as fb:
        x, y = fa.read(), fb.read()
    if x[:16] == b"SQLite format 3\0" and len(x) == len(y) and len(x) > 100:
        return x[:92] + x[100:] == y[:92] + y[100:]
    return x == y


committed, made = files(corpus), files(scratch)
problems = ["only in the repository: " + f for f in sorted(committed - made)]
problems += ["not committed: " + f for f in sorted(made - committed)]
problems += ["differs: " + f for f in sorted(committed & made) if not same(os.path.join(corpus, f), os.path.join(scratch, f))]
for p in problems:
    print(p)
if problems:
    print("run: python3 tests/data/bad/make_corpus.py (and commit the files it makes)")
    sys.exit(1)
print("%d files as the script makes them" % len(made))
