# offprint_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>])
# Builds one QtTest executable and registers it with CTest. Every test runs on the offscreen
# platform so that no display is needed, and gets the source and shared-data folders as
# environment variables (tests that need ../shared skip cleanly when it is absent).
function(offprint_add_test)
    cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE offprint_flags Qt6::Test ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;OFFPRINT_SOURCE_DIR=${PROJECT_SOURCE_DIR};OFFPRINT_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;OFFPRINT_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared;OFFPRINT_CLI=$<TARGET_FILE:offprint-cli>;QT_LOGGING_RULES=*.debug=false"
        TIMEOUT 600)
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
