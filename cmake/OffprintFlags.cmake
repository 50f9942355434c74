# offprint_flags: the compile and link flags of every target of this project (never global
# add_compile_options, so that third-party code built here, Qt's generated resource objects and
# try_compile checks keep their own). Every target links it PRIVATE.
#
#   OFFPRINT_WERROR    warnings are errors (ON in CI: the Makefile's test, test-asan and fuzz-build)
#   OFFPRINT_SANITIZE  AddressSanitizer + UndefinedBehaviorSanitizer (make test-asan, a Debug build)
#   OFFPRINT_FUZZ      libFuzzer instrumentation + ASan + UBSan (clang only, make fuzz-build)
#
# _GLIBCXX_ASSERTIONS (bounds checks in std::vector/string/span operator[], std::optional::operator*,
# front()/back() of empty containers, ...) is defined in Debug builds and in every sanitizer or fuzz
# build: a wrong index aborts there with the place named instead of reading past the end.
option(OFFPRINT_WERROR "Treat compiler warnings as errors" OFF)

add_library(offprint_flags INTERFACE)
target_compile_options(offprint_flags INTERFACE
    -Wall -Wextra -Wpedantic
    -Wnon-virtual-dtor     # a class with virtual functions deleted through a base pointer
    -Woverloaded-virtual   # an override that hides the other overloads of a base function
    -Wformat=2             # printf-style formats that are not literals
    -Wvla                  # variable-length arrays (not C++)
    -Wundef                # #if on an undefined macro
    $<$<BOOL:${OFFPRINT_WERROR}>:-Werror>)
target_compile_definitions(offprint_flags INTERFACE $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)

if(OFFPRINT_SANITIZE OR OFFPRINT_FUZZ)
    target_compile_definitions(offprint_flags INTERFACE _GLIBCXX_ASSERTIONS)
endif()
if(OFFPRINT_SANITIZE)
    target_compile_options(offprint_flags INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(offprint_flags INTERFACE -fsanitize=address,undefined)
endif()
if(OFFPRINT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "OFFPRINT_FUZZ needs clang (configure with -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang)")
    endif()
    target_compile_options(offprint_flags INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(offprint_flags INTERFACE -fsanitize=address,undefined)
endif()
