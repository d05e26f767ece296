# cmake -DGENERATOR=… -DCXX=… -DRUNTIME_INCLUDE=… -DWORK_DIR=… -DSCHEMAS="a.surql;b.surql" -P compile_generated.cmake
# For each schema: `surrealpp generate` into WORK_DIR/<stem>, then compile one translation unit that includes the
# umbrella header and names every table descriptor, with the strictest warnings, as errors. Then generate again
# and check that nothing changed (deterministic output, no rewrite).
foreach(schema IN LISTS SCHEMAS)
  get_filename_component(stem ${schema} NAME_WE)
  set(out ${WORK_DIR}/${stem})
  file(REMOVE_RECURSE ${out})
  execute_process(COMMAND ${GENERATOR} generate --out ${out} --namespace ${stem}_models ${schema}
                  RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "generate ${schema} failed:\n${output}")
  endif()
  file(GLOB headers ${out}/${stem}_models/*.hpp)
  set(hashes "")
  foreach(header IN LISTS headers)
    file(SHA256 ${header} hash)
    file(TIMESTAMP ${header} stamp "%s")
    list(APPEND hashes "${header}=${hash}@${stamp}")
  endforeach()
  file(WRITE ${out}/use_all.cpp "#include <${stem}_models/models.hpp>\nint main() { return 0; }\n")
  execute_process(COMMAND ${CXX} -std=c++20 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I${RUNTIME_INCLUDE} -I${out}
                          ${out}/use_all.cpp
                  RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "the code generated from ${schema} does not compile warning-free:\n${output}")
  endif()
  execute_process(COMMAND ${GENERATOR} generate --out ${out} --namespace ${stem}_models ${schema}
                  RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT output MATCHES "0 created, 0 updated")
    message(FATAL_ERROR "generating ${schema} again changed files: ${output}")
  endif()
  set(again "")
  foreach(header IN LISTS headers)
    file(SHA256 ${header} hash)
    file(TIMESTAMP ${header} stamp "%s")
    list(APPEND again "${header}=${hash}@${stamp}")
  endforeach()
  if(NOT hashes STREQUAL again)
    message(FATAL_ERROR "generating ${schema} again rewrote files")
  endif()
  message(STATUS "${schema}: generated and compiled with -Wpedantic -Werror")
endforeach()
