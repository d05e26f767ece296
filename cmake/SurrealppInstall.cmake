# `cmake --install`: the runtime library `surreal` (exported as surrealpp::runtime) with its public headers, the
# generator CLI `surrealpp` (exported as surrealpp::surrealpp), SurrealGenerate.cmake and the package files, so that
# a separate project does
#
#   find_package(surrealpp REQUIRED)
#   surreal_generate(TARGET app_models SCHEMAS app.surql NAMESPACE app)
#   target_link_libraries(app PRIVATE app_models)          # or surrealpp::runtime alone
#
# Targets are named here rather than in their own folders, so the install layout is described in one place.
include_guard(GLOBAL)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(SURREALPP_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/surrealpp)

set_target_properties(surreal PROPERTIES EXPORT_NAME runtime)
install(TARGETS surreal EXPORT surrealppTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/runtime/include/surreal DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

if(TARGET surrealpp)
  install(TARGETS surrealpp EXPORT surrealppTargets RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(EXPORT surrealppTargets NAMESPACE surrealpp:: DESTINATION ${SURREALPP_INSTALL_CMAKEDIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/surrealppConfig.cmake.in
  ${PROJECT_BINARY_DIR}/surrealppConfig.cmake INSTALL_DESTINATION ${SURREALPP_INSTALL_CMAKEDIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/surrealppConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/surrealppConfig.cmake ${PROJECT_BINARY_DIR}/surrealppConfigVersion.cmake
              ${CMAKE_CURRENT_LIST_DIR}/SurrealGenerate.cmake
        DESTINATION ${SURREALPP_INSTALL_CMAKEDIR})
