# Our own code builds warning-free; third-party headers come in as SYSTEM includes so their warnings never count.
function(surrealpp_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
endfunction()
