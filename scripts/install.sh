#!/bin/sh
# Installs archestra-tui under PREFIX (default ~/.local):
#   PREFIX/bin/archestra-tui
#   PREFIX/share/archestra-tui/themes/*.theme
#   PREFIX/share/man/man1/archestra-tui.1
#   PREFIX/share/bash-completion/completions/archestra-tui
#   PREFIX/share/zsh/site-functions/_archestra-tui
#   PREFIX/share/fish/vendor_completions.d/archestra-tui.fish
# Run it from an unpacked release (it sits beside the binary) or from a checkout, where it first
# builds the release binary with scripts/stage.sh (a Swift toolchain is needed there).
# Usage: install.sh [PREFIX]
set -eu
prefix=${1:-$HOME/.local}
here=$(cd "$(dirname "$0")" && pwd)

if [ -x "$here/archestra-tui" ] && [ -d "$here/themes" ]; then
  source=$here
elif [ -f "$here/../Package.swift" ]; then
  source=$(mktemp -d)
  trap 'rm -rf "$source"' EXIT
  version=$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' "$here/../Sources/archestra-tui/Build/BuildStamp.swift")
  "$here/stage.sh" "$version" "$source"
else
  echo "install.sh: run me from an unpacked archestra-tui release or from a checkout's scripts/ folder" >&2
  exit 1
fi

mkdir -p "$prefix/bin" "$prefix/share/archestra-tui/themes" "$prefix/share/man/man1" \
  "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
  "$prefix/share/fish/vendor_completions.d"
# Copy then rename, so that a running archestra-tui keeps its old binary instead of crashing.
cp "$source/archestra-tui" "$prefix/bin/.archestra-tui.new"
chmod 755 "$prefix/bin/.archestra-tui.new"
mv -f "$prefix/bin/.archestra-tui.new" "$prefix/bin/archestra-tui"
cp "$source"/themes/*.theme "$prefix/share/archestra-tui/themes/"
cp "$source/man/archestra-tui.1" "$prefix/share/man/man1/archestra-tui.1"
cp "$source/completions/archestra-tui.bash" "$prefix/share/bash-completion/completions/archestra-tui"
cp "$source/completions/_archestra-tui" "$prefix/share/zsh/site-functions/_archestra-tui"
cp "$source/completions/archestra-tui.fish" "$prefix/share/fish/vendor_completions.d/archestra-tui.fish"

echo "installed archestra-tui in $prefix/bin"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on your PATH; add it, e.g. export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
echo "zsh: add $prefix/share/zsh/site-functions to fpath (before compinit) for completions"
