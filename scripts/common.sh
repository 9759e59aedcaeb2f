# Shared by scripts/run and scripts/test: install what is missing, then build.
# Debian bookworm packages only (docs/architecture.md, "Dependencies").

CASEBOOK_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libsqlite3-dev libspdlog-dev catch2 libcsv-dev libxlsxwriter-dev libsodium-dev libcli11-dev libmstch-dev
)

# Only the tests need these: clang for the libFuzzer targets (GCC has no libFuzzer) and its
# sanitizer runtime.
CASEBOOK_TEST_PACKAGES=(clang libclang-rt-14-dev unzip poppler-utils)

# casebook_install_missing [PACKAGE...]: the build's packages and these, when not installed.
casebook_install_missing() {
  local missing=()
  for package in "${CASEBOOK_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# casebook_build PRESET: configure (once) and build with that CMake preset.
casebook_build() {
  local preset="$1"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
}
