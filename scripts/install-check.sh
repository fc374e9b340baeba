#!/usr/bin/env bash
# Installs as a new user would, from a fresh clone of this checkout, into a throw-away npm prefix,
# then runs the command from another folder:
#   1. `npm install -g .` in a clone with no node_modules and no dist/ (its prepare step builds);
#   2. `extract` on PATH, and `npx --no-install extract` (npm finds the global install);
#   3. `npm pack`, then `npx file:<tarball>` (what `npx news-extract` does once published).
# Usage: scripts/install-check.sh   (from the project root; about 30 s with a warm npm cache)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
git clone -q "$repo" "$tmp/fresh"
# Uncommitted work is part of what is checked: copy the working tree's tracked files over the clone.
(cd "$repo" && git ls-files -z | xargs -0 tar --ignore-failed-read -cf - 2>/dev/null) | (cd "$tmp/fresh" && tar -xf -)
[ ! -e "$tmp/fresh/dist" ] && [ ! -e "$tmp/fresh/node_modules" ] || { echo "install-check: the clone is not fresh"; exit 1; }
(cd "$tmp/fresh" && npm install -g . --prefix "$tmp/prefix" --no-audit --no-fund --loglevel=error 2>&1 | grep -v 'install-scripts' || true)
[ -x "$tmp/prefix/bin/extract" ] || { echo "install-check: npm install -g . installed no extract command"; exit 1; }
[ -e "$tmp/prefix/share/man/man1/extract.1" ] || { echo "install-check: npm install -g . installed no man page (share/man/man1/extract.1)"; exit 1; }
mkdir "$tmp/elsewhere" && cd "$tmp/elsewhere"
docs="$(PATH="$tmp/prefix/bin:$PATH" extract "$repo/seeds/" -f ndjson -q | grep -c '"type":"document"')"
[ "$docs" = 5 ] || { echo "install-check: extract seeds/ gave $docs documents, not 5"; exit 1; }
version="$(npm_config_prefix="$tmp/prefix" npx --no-install extract --version)"
pkg="$(cd "$tmp/fresh" && npm pack --silent --pack-destination "$tmp" | tail -1)"
packed="$(npx --yes "file:$tmp/$pkg" --version)"
[ "$version" = "$packed" ] || { echo "install-check: the global install says $version, the tarball $packed"; exit 1; }
npxdocs="$(npx --yes "file:$tmp/$pkg" "$repo/seeds/" -f ndjson -q | grep -c '"type":"document"')"
[ "$npxdocs" = 5 ] || { echo "install-check: npx file:$pkg seeds/ gave $npxdocs documents, not 5"; exit 1; }
echo "install-check: npm install -g . from a fresh clone (with its man page), extract on PATH (5 documents from seeds/), npx --no-install extract ($version), and npx file:$pkg ($packed; 5 documents from seeds/) from another folder"
