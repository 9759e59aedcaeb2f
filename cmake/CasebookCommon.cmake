# One INTERFACE target carries the language level, warnings and Qt safety defines for
# every Casebook target, so no target can drift from the house rules (docs/architecture.md).
add_library(casebook_common INTERFACE)
target_compile_features(casebook_common INTERFACE cxx_std_20)
target_compile_options(casebook_common INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
  $<$<BOOL:${CASEBOOK_WERROR}>:-Werror>)
target_compile_definitions(casebook_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  QT_NO_KEYWORDS)
