# cmake -DGENERATOR=… -DCXX=… -DRUNTIME_INCLUDE=… -DWORK_DIR=… -DSCHEMAS="a.surql;b.surql" -P compile_generated.cmake
# For each schema: `surrealpp generate` into WORK_DIR/<stem>, then compile one translation unit that includes the
# umbrella header, and the generated models.cpp (the codec definitions), with the strictest warnings, as errors.
# Then generate again and check that nothing changed (deterministic output, no rewrite). Last, generate with the
# definitions split into 3 files (--source-files 3) and compile each file on its own.
foreach(schema IN LISTS SCHEMAS)
  get_filename_component(stem ${schema} NAME_WE)
  set(out ${WORK_DIR}/${stem})
  file(REMOVE_RECURSE ${out})
  execute_process(COMMAND ${GENERATOR} generate --out ${out} --namespace ${stem}_models ${schema}
                  RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "generate ${schema} failed:\n${output}")
  endif()
  file(GLOB headers ${out}/${stem}_models/*.hpp ${out}/${stem}_models/*.cpp)
  set(hashes "")
  foreach(header IN LISTS headers)
    file(SHA256 ${header} hash)
    file(TIMESTAMP ${header} stamp "%s")
    list(APPEND hashes "${header}=${hash}@${stamp}")
  endforeach()
  file(WRITE ${out}/use_all.cpp "#include <${stem}_models/models.hpp>\nint main() { return 0; }\n")
  foreach(source ${out}/use_all.cpp ${out}/${stem}_models/models.cpp)
    execute_process(COMMAND ${CXX} -std=c++20 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I${RUNTIME_INCLUDE}
                            -I${out} ${source}
                    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT status EQUAL 0)
      message(FATAL_ERROR "the code generated from ${schema} does not compile warning-free (${source}):\n${output}")
    endif()
  endforeach()
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
  set(split ${WORK_DIR}/${stem}_split)
  file(REMOVE_RECURSE ${split})
  execute_process(COMMAND ${GENERATOR} generate --quiet --source-files 3 --out ${split} --namespace ${stem}_models
                          ${schema}
                  RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "generate --source-files 3 ${schema} failed:\n${output}")
  endif()
  foreach(source models.cpp models_1.cpp models_2.cpp)
    execute_process(COMMAND ${CXX} -std=c++20 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I${RUNTIME_INCLUDE}
                            -I${split} ${split}/${stem}_models/${source}
                    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT status EQUAL 0)
      message(FATAL_ERROR "${source} of ${schema} split in 3 does not compile on its own:\n${output}")
    endif()
  endforeach()
  message(STATUS "${schema}: generated and compiled with -Wpedantic -Werror, whole and split in 3")
endforeach()
