#!/usr/bin/env bash
# Installs the Debian 12 packages Offprint needs to build, test and run, when they are missing.
# Idempotent and quiet when everything is there. Uses sudo when not run as root.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git python3
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n
    libqt6svg6 qt6-svg-dev
    libgumbo-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
    libicu-dev libsqlite3-dev sqlite3
    libgmime-3.0-dev libplist-dev libssl-dev libzip-dev epubcheck
    fonts-noto-cjk fonts-noto-core fonts-noto-color-emoji
    xvfb xauth
    appstream desktop-file-utils
    clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
