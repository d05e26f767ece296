# surreal_generate(TARGET <name> SCHEMAS <file>... NAMESPACE <ns> [OUTPUT_DIR <dir>] [TEMPLATES <dir>]
#                  [DECIMAL_AS_DOUBLE] [SOURCE_FILES <n>])
#
# Creates the static library <name>: the C++ models, codecs and table descriptors that `surrealpp generate` makes
# from the schema files (the headers, and models.cpp with every codec and JSON reviver definition, compiled once
# here), plus the runtime (surrealpp::runtime) they need. Link it and include <ns/models.hpp>
# (`a::b` -> <a/b/models.hpp>), or one table's header <ns/user.hpp>.
#
#   surreal_generate(TARGET app_models SCHEMAS schemas/app.surql NAMESPACE app)
#   target_link_libraries(server PRIVATE app_models)
#
# The headers are regenerated only when a schema file or the generator changes, and the generator rewrites only
# the headers whose content changed, so an edit to one table recompiles only what includes that table.
#
# SOURCE_FILES <n> (default 1) splits the definitions into models.cpp, models_1.cpp … models_<n-1>.cpp: for
# large schemas, whose single models.cpp takes long and much memory to compile (100 tables: about 34 s and
# 1.2 GB at -O2). The files compile in parallel, and an edit to one table recompiles only its file.
#
# The generator is the `surrealpp` target of this build (surrealpp as a sub-project) or the imported
# `surrealpp::surrealpp` of an installed package (find_package(surrealpp)).
include_guard(GLOBAL)

function(surreal_generate)
  cmake_parse_arguments(ARG "DECIMAL_AS_DOUBLE" "TARGET;NAMESPACE;OUTPUT_DIR;TEMPLATES;SOURCE_FILES" "SCHEMAS"
                        ${ARGN})
  if(NOT ARG_TARGET)
    message(FATAL_ERROR "surreal_generate: TARGET is required")
  endif()
  if(NOT ARG_SCHEMAS)
    message(FATAL_ERROR "surreal_generate(${ARG_TARGET}): SCHEMAS is required")
  endif()
  if(NOT ARG_NAMESPACE)
    message(FATAL_ERROR "surreal_generate(${ARG_TARGET}): NAMESPACE is required")
  endif()
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "surreal_generate(${ARG_TARGET}): unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT ARG_OUTPUT_DIR)
    set(ARG_OUTPUT_DIR ${CMAKE_CURRENT_BINARY_DIR}/${ARG_TARGET})
  endif()
  if(NOT DEFINED ARG_SOURCE_FILES)
    set(ARG_SOURCE_FILES 1)
  endif()
  if(NOT ARG_SOURCE_FILES MATCHES "^[1-9][0-9]*$" OR ARG_SOURCE_FILES GREATER 1024)
    message(FATAL_ERROR "surreal_generate(${ARG_TARGET}): SOURCE_FILES must be a number from 1 to 1024, not "
                        "'${ARG_SOURCE_FILES}'")
  endif()

  if(TARGET surrealpp)
    set(generator surrealpp)
  elseif(TARGET surrealpp::surrealpp)
    set(generator surrealpp::surrealpp)
  else()
    message(FATAL_ERROR "surreal_generate(${ARG_TARGET}): no surrealpp generator: add_subdirectory(surrealpp) with "
                        "SURREALPP_BUILD_GENERATOR=ON, or find_package(surrealpp) an installed one")
  endif()
  if(TARGET surreal)
    set(runtime surreal)
  else()
    set(runtime surrealpp::runtime)
  endif()

  set(schemas "")
  foreach(schema IN LISTS ARG_SCHEMAS)
    get_filename_component(schema ${schema} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
    list(APPEND schemas ${schema})
  endforeach()
  set(options "")
  if(ARG_SOURCE_FILES GREATER 1)
    list(APPEND options --source-files ${ARG_SOURCE_FILES})
  endif()
  if(ARG_DECIMAL_AS_DOUBLE)
    list(APPEND options --decimal-as-double)
  endif()
  set(template_files "")
  if(ARG_TEMPLATES)
    get_filename_component(ARG_TEMPLATES ${ARG_TEMPLATES} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
    list(APPEND options --templates ${ARG_TEMPLATES})
    file(GLOB template_files ${ARG_TEMPLATES}/*.mustache)
  endif()

  # Which headers a schema yields is known only once it is parsed. The files a previous run wrote are declared as
  # byproducts, so that Ninja looks at them again after regenerating (it then rebuilds only what includes a header
  # that changed); the fixed ones are always there. The definitions are a fixed number of files (not one per
  # table) for that reason: the library's sources must be known before the first generation.
  string(REPLACE "::" "/" namespace_dir ${ARG_NAMESPACE})
  set(header_dir ${ARG_OUTPUT_DIR}/${namespace_dir})
  set(sources ${header_dir}/models.cpp)
  if(ARG_SOURCE_FILES GREATER 1)
    math(EXPR last "${ARG_SOURCE_FILES} - 1")
    foreach(index RANGE 1 ${last})
      list(APPEND sources ${header_dir}/models_${index}.cpp)
    endforeach()
  endif()
  file(GLOB previous_headers ${header_dir}/*.hpp)
  set(byproducts ${header_dir}/models.hpp ${header_dir}/fwd.hpp ${header_dir}/support.hpp ${sources}
                 ${previous_headers})
  list(REMOVE_DUPLICATES byproducts)

  set(stamp ${ARG_OUTPUT_DIR}/.surreal_generate.${ARG_TARGET}.stamp)
  add_custom_command(
    OUTPUT ${stamp}
    BYPRODUCTS ${byproducts}
    COMMAND ${generator} generate --quiet --out ${ARG_OUTPUT_DIR} --namespace ${ARG_NAMESPACE} ${options} ${schemas}
    COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
    DEPENDS ${schemas} ${generator} ${template_files}
    COMMENT "Generating C++ for ${ARG_NAMESPACE} from ${ARG_SCHEMAS}"
    VERBATIM)
  add_custom_target(${ARG_TARGET}_generate DEPENDS ${stamp})

  # The sources are rewritten only when their content changes (byproducts, not outputs): an edit that touches no
  # codec does not recompile them.
  add_library(${ARG_TARGET} STATIC ${sources})
  set_source_files_properties(${sources} PROPERTIES GENERATED TRUE)
  target_include_directories(${ARG_TARGET} PUBLIC ${ARG_OUTPUT_DIR})
  target_link_libraries(${ARG_TARGET} PUBLIC ${runtime})
  target_compile_features(${ARG_TARGET} PUBLIC cxx_std_20)
  add_dependencies(${ARG_TARGET} ${ARG_TARGET}_generate)
endfunction()
