# surreal_generate(TARGET <name> SCHEMAS <file>... NAMESPACE <ns> [OUTPUT_DIR <dir>] [TEMPLATES <dir>]
#                  [DECIMAL_AS_DOUBLE])
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
# The generator is the `surrealpp` target of this build (surrealpp as a sub-project) or the imported
# `surrealpp::surrealpp` of an installed package (find_package(surrealpp)).
include_guard(GLOBAL)

function(surreal_generate)
  cmake_parse_arguments(ARG "DECIMAL_AS_DOUBLE" "TARGET;NAMESPACE;OUTPUT_DIR;TEMPLATES" "SCHEMAS" ${ARGN})
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
  # that changed); the fixed ones are always there. models.cpp is one file per schema (not one per table) for
  # that reason: the library's sources must be known before the first generation.
  string(REPLACE "::" "/" namespace_dir ${ARG_NAMESPACE})
  set(header_dir ${ARG_OUTPUT_DIR}/${namespace_dir})
  set(source ${header_dir}/models.cpp)
  file(GLOB previous_headers ${header_dir}/*.hpp)
  set(byproducts ${header_dir}/models.hpp ${header_dir}/fwd.hpp ${header_dir}/support.hpp ${source}
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

  # models.cpp is rewritten only when its content changes (a byproduct, not an output): an edit that touches no
  # codec does not recompile it.
  add_library(${ARG_TARGET} STATIC ${source})
  set_source_files_properties(${source} PROPERTIES GENERATED TRUE)
  target_include_directories(${ARG_TARGET} PUBLIC ${ARG_OUTPUT_DIR})
  target_link_libraries(${ARG_TARGET} PUBLIC ${runtime})
  target_compile_features(${ARG_TARGET} PUBLIC cxx_std_20)
  add_dependencies(${ARG_TARGET} ${ARG_TARGET}_generate)
endfunction()
