#!/usr/bin/env bash
# setup.sh - one idempotent, non-interactive set-up for a Debian 12 machine:
# installs the Debian packages frontline needs (only those missing), builds it
# with CMake into build/, fetches the pinned open data and prepares it.
#
#   scripts/setup.sh [--werror] [--no-apt] [--build-dir DIR] [--sanitize]
#
# Run it again and it does nothing twice.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

WERROR=OFF SANITIZE=OFF APT=1 BUILD=build BUILD_TYPE=RelWithDebInfo
while [ $# -gt 0 ]; do
  case "$1" in
    --werror) WERROR=ON ;;
    --sanitize) SANITIZE=ON ;;
    --no-apt) APT=0 ;;
    --build-dir) BUILD=$2; shift ;;
    --release) BUILD_TYPE=Release ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done

PACKAGES=(build-essential cmake pkg-config libgdal-dev libproj-dev libgeos-dev
  libcairo2-dev libpango1.0-dev libjansson-dev libutf8proc-dev nettle-dev libgif-dev libpng-dev
  check gdal-bin fonts-noto-core poppler-utils nodejs npm ca-certificates
  clang libclang-rt-14-dev valgrind postgresql postgresql-15-postgis-3)

step() { printf '== %s\n' "$*" >&2; }

if [ "$APT" = 1 ]; then
  missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # npm may come with nodejs from elsewhere: do not ask apt for it then.
  if command -v npm >/dev/null 2>&1; then
    missing=("${missing[@]/npm}")
    missing=("${missing[@]/nodejs}")
  fi
  read -r -a missing <<<"${missing[*]}"
  if [ ${#missing[@]} -gt 0 ]; then
    step "installing ${missing[*]}"
    SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

step "building in $BUILD"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DFL_WERROR="$WERROR" -DFL_SANITIZE="$SANITIZE" >/dev/null
cmake --build "$BUILD" -j"$(nproc)" >/dev/null

step "preparing data"
scripts/prepare-data.sh "$BUILD/frontline"
step "ready: $BUILD/frontline"
