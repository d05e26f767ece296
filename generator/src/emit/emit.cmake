# The C++ generator (library surrealpp_emit): included at the end of generator/CMakeLists.txt. Its templates live in
# templates/cpp/ and are compiled in: a build step turns them into a C++ file of byte arrays, redone when a template
# changes.
set(SURREALPP_TEMPLATE_DIR ${PROJECT_SOURCE_DIR}/templates/cpp)
file(GLOB SURREALPP_TEMPLATES CONFIGURE_DEPENDS ${SURREALPP_TEMPLATE_DIR}/*.mustache)
set(SURREALPP_EMBEDDED_TEMPLATES ${CMAKE_CURRENT_BINARY_DIR}/emit/embedded_templates.cpp)
add_custom_command(
  OUTPUT ${SURREALPP_EMBEDDED_TEMPLATES}
  COMMAND ${CMAKE_COMMAND} -DTEMPLATE_DIR=${SURREALPP_TEMPLATE_DIR} -DOUTPUT=${SURREALPP_EMBEDDED_TEMPLATES}
          -P ${CMAKE_CURRENT_LIST_DIR}/cpp/embed_templates.cmake
  DEPENDS ${SURREALPP_TEMPLATES} ${CMAKE_CURRENT_LIST_DIR}/cpp/embed_templates.cmake
  COMMENT "Embedding the C++ generator's templates"
  VERBATIM)

file(GLOB SURREALPP_EMIT_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp ${CMAKE_CURRENT_LIST_DIR}/cpp/*.cpp)
add_library(surrealpp_emit STATIC ${SURREALPP_EMIT_SOURCES} ${SURREALPP_EMBEDDED_TEMPLATES})
add_library(surrealpp::emit ALIAS surrealpp_emit)
target_include_directories(surrealpp_emit
  PUBLIC $<BUILD_INTERFACE:${CMAKE_CURRENT_LIST_DIR}/../../include>
  PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
target_include_directories(surrealpp_emit SYSTEM PRIVATE ${MUSTACHE_INCLUDE_DIR})
target_link_libraries(surrealpp_emit PUBLIC surrealpp_schema)
surrealpp_warnings(surrealpp_emit)

if(TARGET surrealpp)
  target_link_libraries(surrealpp PRIVATE surrealpp_emit)
endif()
