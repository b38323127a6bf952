# Warning sets shared by the targets. core builds with -Werror; Qt targets keep warnings on
# without -Werror because Qt's own headers are outside our control across versions.
function(clusterbelt_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                         -Wno-sign-conversion)
endfunction()

function(clusterbelt_strict_warnings target)
  clusterbelt_warnings(${target})
  target_compile_options(${target} PRIVATE -Werror)
endfunction()
