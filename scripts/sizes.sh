#!/usr/bin/env bash
# Prints the release bundle's file sizes, raw and gzip -9, so size is watched from the first day.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-dist}"
[ -d "$dir" ] || { echo "no $dir/: run trunk build --release first" >&2; exit 1; }
printf '%-48s %10s %10s\n' "file" "raw" "gzip"
total_raw=0; total_gz=0
while IFS= read -r f; do
  case "$f" in *.gz|*.br) continue ;; esac
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "${f#"$dir"/}" "$raw" "$gz"
done < <(find "$dir" -type f | sort)
printf '%-48s %10d %10d\n' "TOTAL" "$total_raw" "$total_gz"
