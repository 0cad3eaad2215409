#!/usr/bin/env bash
# Tries a command as on a fresh machine of this project's kind (no browser, no CJK font), without
# touching the browsers others on this machine use: in a private mount namespace, /usr/bin is
# overlaid with whiteouts for chromium, firefox(-esr), WebKitWebDriver, Xvfb and fc-list, and `apt-get` on PATH is a stand-in
# that logs what it was asked and "installs" by putting the hidden files back inside the namespace
# only. Needs root (unshare, mount). Usage: sudo bash scripts/fresh-machine/try.sh 'npm ci && npm test'
set -euo pipefail
[ "$(id -u)" -eq 0 ] || { echo "try.sh needs root (mount namespace)"; exit 1; }
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/upper" "$work/overlay-work" "$work/stash" "$work/bin"
hidden=(chromium chromium-browser google-chrome firefox-esr firefox WebKitWebDriver Xvfb fc-list)
for name in "${hidden[@]}"; do
  [ -e "/usr/bin/$name" ] && cp -a "/usr/bin/$name" "$work/stash/"
  mknod "$work/upper/$name" c 0 0
done
cp "$here/apt-get" "$work/bin/apt-get"
chmod +x "$work/bin/apt-get"
export FRESH_STASH="$work/stash" FRESH_LOG="$work/apt.log"
status=0
env -u CHROME_PATH -u FIREFOX_PATH -u PLAYWRIGHT_BROWSERS_PATH PATH="$work/bin:$PATH" \
  unshare -m --propagation private bash -c "
    mount -t overlay overlay -o lowerdir=/usr/bin,upperdir=$work/upper,workdir=$work/overlay-work /usr/bin
    for name in ${hidden[*]}; do [ ! -e /usr/bin/\$name ] || { echo 'try.sh: failed to hide' \$name; exit 1; }; done
    echo 'try.sh: chromium, firefox-esr, WebKitWebDriver, Xvfb and fc-list hidden'
    $1" || status=$?
echo "try.sh: apt-get was called as:"; sed 's/^/  /' "$work/apt.log" 2>/dev/null || echo '  (never)'
exit $status
