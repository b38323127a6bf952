# Sanitizer and fuzzing builds (see README.md, "Hardening"). Both instrument every target of the
# build, so they live in their own build folders (build-asan, build-fuzz).
#
#   -DCLUSTERBELT_SANITIZE=address,undefined   AddressSanitizer and UBSan on everything; CTest
#                                              runs the whole suite under them
#   -DCLUSTERBELT_FUZZ=ON                      libFuzzer targets in tests/fuzz/ (clang only),
#                                              with address and undefined on as well
set(CLUSTERBELT_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address,undefined (empty: none)")
option(CLUSTERBELT_FUZZ "Build the libFuzzer targets of tests/fuzz (needs clang)" OFF)

set(CB_SANITIZERS "${CLUSTERBELT_SANITIZE}")
if(CLUSTERBELT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "CLUSTERBELT_FUZZ=ON needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
  endif()
  if(CB_SANITIZERS STREQUAL "")
    set(CB_SANITIZERS "address,undefined")
  endif()
  # Coverage for the fuzzer in every library; the fuzz executables add -fsanitize=fuzzer (main).
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(NOT CB_SANITIZERS STREQUAL "")
  # Frame pointers for readable stacks; UBSan findings stop the program, so a test cannot pass
  # over one. -O1 keeps the build quick and the stacks close to the source.
  add_compile_options(-fsanitize=${CB_SANITIZERS} -fno-omit-frame-pointer -fno-sanitize-recover=all -O1 -g)
  add_link_options(-fsanitize=${CB_SANITIZERS})
  # The run-time options (halt on the first finding, leak suppressions) are set by
  # tests/sanitizers/environment.sh, which packaging/test.sh --sanitize sources before CTest.
endif()
