#!/usr/bin/env bash
# CI's release check, run by .ci/run after the test suite. One release build (scripts/release.sh)
# serves every check: the tarball's contents and checksum, no Swift runtime needed (ldd), --version,
# a 5 s headless run against the simulator from outside the checkout with an empty HOME, and
# install.sh into a temporary prefix (themes found, man page renders, completions parse).
# Usage: scripts/ci-release-check.sh
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"

work=$(mktemp -d /tmp/archestra-release-check.XXXXXX)
socket="archestra-release-check-$$"
sim_pid=
cleanup() {
  tmux -L "$socket" kill-server 2>/dev/null
  [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

passed=0
failed=0
check() { # check DESCRIPTION COMMAND...: runs COMMAND, counts and prints the outcome
  local description=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok    $description"
  else
    failed=$((failed + 1))
    echo "FAIL  $description"
  fi
}
contains() { grep -qF -- "$2" <<<"$1" || { echo "  expected '$2' in:"; sed 's/^/  | /' <<<"$1"; return 1; }; }

version=$(sed -n 's/^## \[\([0-9][^]]*\)\].*/\1/p' CHANGELOG.md | head -n 1)
name=archestra-tui-$version-linux-x86_64
echo "release check for $version"

# --- release.sh refuses a version without a CHANGELOG entry, before building anything.
refusal=$(scripts/release.sh 0.0.0-not-in-changelog "$work/refused" 2>&1)
check "release.sh refuses a version CHANGELOG.md does not name" \
  test $? -ne 0 -a ! -e "$work/refused/archestra-tui-0.0.0-not-in-changelog-linux-x86_64.tar.gz"
check "... and says why" contains "$refusal" "CHANGELOG.md has no entry for 0.0.0-not-in-changelog"

# --- the one release build.
started=$(date +%s)
if ! scripts/release.sh "$version" "$work/dist" > "$work/release.log" 2>&1; then
  tail -n 40 "$work/release.log"
  echo "0 passed, 1 failed: scripts/release.sh $version did not finish"
  exit 1
fi
echo "release.sh took $(( $(date +%s) - started )) s ($(grep ' took ' "$work/release.log" | paste -sd, - | sed 's/,/, /g'))"

# --- install.sh from the checkout, checked at the end: it stages again and finds the build above up to
# date, so it runs beside the checks of the tarball below. The simulator's path is read first, while
# SwiftPM's build folder is free.
empty_home=$work/home
outside=$work/outside
mkdir -p "$empty_home" "$outside"
sim=$(swift build --show-bin-path)/archestra-sim
checkout_prefix=$work/checkout-prefix
checkout_started=$(date +%s)
(cd "$outside" && "$root/scripts/install.sh" "$checkout_prefix" > "$work/checkout-install.log" 2>&1; echo $? > "$work/checkout-install.status") &
checkout_install=$!

# --- tarball: checksum and contents.
check "checksum file verifies the tarball" bash -c "cd '$work/dist' && sha256sum --check --status '$name.tar.gz.sha256'"
listing=$(tar -tzf "$work/dist/$name.tar.gz" | sed "s|^$name/||" | grep -v '/$' | grep -v '^$' | sort | tr '\n' ' ')
# Every theme of the checkout ships, by file and by name (as `info` lists them).
theme_files=$(cd themes && ls *.theme | sort | sed 's|^|themes/|' | tr '\n' ' ')
theme_names=$(cd themes && ls *.theme | sort | sed 's|\.theme$||' | paste -sd, - | sed 's/,/, /g')
expected="CHANGELOG.md LICENSE README.md archestra-tui completions/_archestra-tui completions/archestra-tui.bash completions/archestra-tui.fish install.sh man/archestra-tui.1 $theme_files"
check "tarball holds binary, install.sh, themes, man page, completions and docs" contains "$listing" "$expected"
check "tarball holds nothing else" test "$listing" = "$expected"

tar -C "$work" -xzf "$work/dist/$name.tar.gz"
release=$work/$name
bin=$release/archestra-tui
echo "binary: $(stat -c %s "$bin") bytes stripped; tarball: $(stat -c %s "$work/dist/$name.tar.gz") bytes"

# --- no Swift runtime on the target.
needed=$(ldd "$bin" 2>&1)
echo "$needed" | sed 's/^/  ldd: /'
check "ldd: no libswift* or libFoundation* needed" bash -c "! grep -qE 'libswift|libFoundation|lib_Foundation|libdispatch' <<<'$needed'"
check "ldd: every library it needs is present" bash -c "! grep -q 'not found' <<<'$needed'"

# --- --version, from a folder outside the checkout with an empty HOME.
commit=$(git rev-parse --short=12 HEAD)
version_text=$(cd "$outside" && env -i HOME="$empty_home" PATH=/usr/bin:/bin "$bin" --version)
check "--version names the version" contains "$version_text" "archestra-tui $version"
check "--version names the commit" contains "$version_text" "commit: $commit"
check "--version names the API generations" contains "$version_text" "API generations: 1.2"

# --- 5 s headless run against the simulator (debug build is enough for the server).
[ -x "$sim" ] || swift build --product archestra-sim > "$work/sim-build.log" 2>&1
"$sim" --port 0 --traffic-interval 1 > "$work/sim.log" 2>&1 &
sim_pid=$!
for _ in $(seq 100); do grep -q listening "$work/sim.log" && break; sleep 0.1; done
url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/sim.log" | head -n 1)
check "simulator started" test -n "$url"
tmux -L "$socket" -f /dev/null new-session -d -x 120 -y 40 \
  "cd '$outside' && env -i HOME='$empty_home' PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 \
   ARCHESTRA_API_KEY=arch_demo_key_0123456789 '$bin' --base-url '$url' --refresh 1; echo \$? > '$work/exit-status'; sleep 30"
sleep 5
screen=$(tmux -L "$socket" capture-pane -p -t 0)
check "the dashboard drew its header in 5 s" contains "$screen" " archestra-tui "
check "... and reached the simulator" contains "$screen" "connected"
tmux -L "$socket" send-keys -t 0 q
for _ in $(seq 50); do [ -s "$work/exit-status" ] && break; sleep 0.1; done
check "q quits with status 0" test "$(cat "$work/exit-status" 2>/dev/null)" = 0
check "it wrote its log under the empty HOME" test -s "$empty_home/.local/state/archestra-tui/archestra-tui.log"
tmux -L "$socket" kill-server 2>/dev/null

# --- install.sh from the unpacked release into a temporary prefix.
prefix=$work/prefix
install_output=$("$release/install.sh" "$prefix" 2>&1)
check "install.sh installs into PREFIX" test -x "$prefix/bin/archestra-tui"
info=$(cd "$outside" && env -i HOME="$empty_home" PATH=/usr/bin:/bin "$prefix/bin/archestra-tui" info --theme high-contrast)
check "the installed binary finds its themes in the prefix" \
  contains "$info" "themes:      $prefix/share/archestra-tui/themes (install prefix): $theme_names"
check "... and loads one from there" \
  contains "$info" "theme:       high-contrast ($prefix/share/archestra-tui/themes/high-contrast.theme)"
beside=$(cd "$outside" && env -i HOME="$empty_home" PATH=/usr/bin:/bin "$bin" info)
check "the unpacked binary finds the themes beside it" \
  contains "$beside" "themes:      $release/themes (next to the binary): $theme_names"
rm -rf "$release/themes"
bare=$(cd "$outside" && env -i HOME="$empty_home" PATH=/usr/bin:/bin "$bin" info)
check "without any themes folder info says the built-in default is used" \
  contains "$bare" "no theme folder found; the built-in default theme is used"
manual=$(MANWIDTH=80 man -l "$prefix/share/man/man1/archestra-tui.1" 2>&1 | col -b)
check "man -l renders the installed page" contains "$manual" "archestra-tui"
check "... with the dashboard's options" contains "$manual" "--demo"
bash_completion=$prefix/share/bash-completion/completions/archestra-tui
check "bash -n accepts the bash completion" bash -n "$bash_completion"
# What bash offers after `archestra-tui dashboard --de<Tab>`, asked of the installed script itself.
offered=$(bash -c 'source "$1"; COMP_WORDS=(archestra-tui dashboard --de); COMP_CWORD=2
  COMP_LINE="archestra-tui dashboard --de"; COMP_POINT=${#COMP_LINE}
  _archestra-tui archestra-tui --de dashboard; printf "%s\n" "${COMPREPLY[@]}"' _ "$bash_completion" 2>&1)
check "bash completes the dashboard's options" contains "$offered" "--demo-generation"
if command -v zsh >/dev/null; then
  check "zsh -n accepts the zsh completion" zsh -n "$prefix/share/zsh/site-functions/_archestra-tui"
fi
fish_completion=$prefix/share/fish/vendor_completions.d/archestra-tui.fish
check "the fish completion is installed" test -s "$fish_completion"
if command -v fish >/dev/null; then
  fish_offered=$(HOME="$empty_home" fish --no-config -c "source '$fish_completion'; complete -C 'archestra-tui '" 2>&1)
  check "fish completes the subcommands" contains "$fish_offered" "info"
fi
check "install.sh said where it put the binary" contains "$install_output" "installed archestra-tui in $prefix/bin"

# --- install.sh from the checkout: builds (reusing the release build above), then installs the same files.
wait "$checkout_install"
echo "install.sh from the checkout took $(( $(date +%s) - checkout_started )) s ($(grep ' took ' "$work/checkout-install.log" | paste -sd, - | sed 's/,/, /g'))"
check "install.sh from the checkout installs" test "$(cat "$work/checkout-install.status")" = 0 -a -x "$checkout_prefix/bin/archestra-tui"
[ "$(cat "$work/checkout-install.status")" = 0 ] || tail -n 20 "$work/checkout-install.log"
checkout_version=$(env -i HOME="$empty_home" PATH=/usr/bin:/bin "$checkout_prefix/bin/archestra-tui" --version 2>&1)
check "... a binary stamped with this commit" contains "$checkout_version" "commit: $commit"
checkout_info=$(env -i HOME="$empty_home" PATH=/usr/bin:/bin "$checkout_prefix/bin/archestra-tui" info 2>&1)
check "... that finds its themes in that prefix" contains "$checkout_info" "$checkout_prefix/share/archestra-tui/themes (install prefix)"
check "... with the man page and completions" test -s "$checkout_prefix/share/man/man1/archestra-tui.1" \
  -a -s "$checkout_prefix/share/bash-completion/completions/archestra-tui"
check "the build stamp is back to the development text" \
  grep -q 'unknown (development build)' "$root/Sources/archestra-tui/Build/BuildStamp.swift"

echo "release-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
