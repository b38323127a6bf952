# Run-time options of the sanitizer build, for every process CTest starts:
#   source tests/sanitizers/environment.sh && cd build-asan && ctest
# Any finding stops the process with a non-zero status, so a test cannot pass over one.
# SPDX-License-Identifier: GPL-3.0-or-later
cb_sanitizer_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$cb_sanitizer_dir/lsan.supp:print_suppressions=0
unset cb_sanitizer_dir
