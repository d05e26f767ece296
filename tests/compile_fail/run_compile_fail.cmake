# Runs one compile-fail case: `cmake -DCOMPILER=… -DFLAGS=… -DSOURCE=… -DCASE=n -DEXPECT=regex -P run_compile_fail.cmake`.
# Case 0 (the positive control) must compile. Any other case must fail to compile, and the compiler's diagnostics
# must match EXPECT, so that a case failing for an unrelated reason (a typo, a missing include) does not pass.
separate_arguments(flag_list UNIX_COMMAND "${FLAGS}")
# LC_ALL=C: plain ASCII quotes in the diagnostics, whatever the user's locale.
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C LANG=C ${COMPILER} ${flag_list} -DCOMPILE_FAIL_CASE=${CASE} -fsyntax-only ${SOURCE}
  RESULT_VARIABLE result
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
if(CASE EQUAL 0)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "the positive control does not compile:\n${err}")
  endif()
  message(STATUS "positive control compiles")
  return()
endif()
if(result EQUAL 0)
  message(FATAL_ERROR "case ${CASE} compiled, but it must not")
endif()
if(NOT err MATCHES "${EXPECT}")
  message(FATAL_ERROR "case ${CASE} failed to compile, but not because of `${EXPECT}`:\n${err}")
endif()
# The error must be on the case's own line, not somewhere else in the file.
if(NOT err MATCHES "typed_query_cases.cpp:[0-9]+:[0-9]+: error")
  message(FATAL_ERROR "case ${CASE}: no error reported in typed_query_cases.cpp itself:\n${err}")
endif()
message(STATUS "case ${CASE} is rejected: matched `${EXPECT}`")
