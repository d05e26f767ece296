# cmake -DTEMPLATE_DIR=… -DOUTPUT=… -P embed_templates.cmake
# Writes a C++ file defining surrealpp::emit::cpp::embedded_templates() with every TEMPLATE_DIR/*.mustache as a byte
# array (bytes, not a string literal: templates hold quotes, backslashes and `)"` freely). Sorted by name, so the
# output is the same on every machine; the file is rewritten only when it changes.
file(GLOB templates RELATIVE ${TEMPLATE_DIR} ${TEMPLATE_DIR}/*.mustache)
list(SORT templates)
set(arrays "")
set(entries "")
set(index 0)
foreach(template IN LISTS templates)
  string(REGEX REPLACE "\\.mustache$" "" name ${template})
  file(READ ${TEMPLATE_DIR}/${template} hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n    "
         bytes "${bytes}")
  string(APPEND arrays "// ${template}\nconst unsigned char kTemplate${index}[] = {\n    ${bytes}0};\n")
  string(APPEND entries "    {\"${name}\", std::string_view(reinterpret_cast<const char*>(kTemplate${index}), ${size})},\n")
  math(EXPR index "${index} + 1")
endforeach()
set(content "// Generated from templates/cpp/ by embed_templates.cmake. Do not edit.
#include \"emit/cpp/embedded_templates.hpp\"

namespace surrealpp::emit::cpp {
namespace {

${arrays}
const EmbeddedTemplate kTemplates[] = {
${entries}};

}  // namespace

std::span<const EmbeddedTemplate> embedded_templates() { return kTemplates; }

}  // namespace surrealpp::emit::cpp
")
if(EXISTS ${OUTPUT})
  file(READ ${OUTPUT} old)
endif()
if(NOT old STREQUAL content)
  file(WRITE ${OUTPUT} "${content}")
endif()
