#!/usr/bin/env bash
# Backs up LocalLife: the database (pg_dump, custom format) and, if given, the blob store's folder (the FileSystem
# provider's path, or s3rver's data folder), with a manifest: every table's row count and the files' SHA-256 sums.
#   etc/scripts/backup.sh [--database locallife] [--blobs DIR] [--out /var/backups/locallife]
# Prints the backup folder it wrote (OUT/DATABASE-YYYYMMDDTHHMMSSZ) as its last line.
#
# Connects with libpq's PGHOST / PGPORT / PGUSER / PGPASSWORD (default: the server etc/scripts/services.sh starts, as
# its superuser). The role must not be bound by row-level security: every tenant's rows are dumped, and pg_dump refuses
# to dump a table whose policies would hide rows. In production use a role made for it:
#   CREATE ROLE locallife_backup LOGIN BYPASSRLS IN ROLE pg_read_all_data PASSWORD '…';
# The dump is one consistent snapshot; the row counts are taken right after it, so on a busy database they may be a
# little higher than what the dump holds (restore.sh --verify is exact on a quiet one). For point-in-time recovery
# see the README (WAL archiving).
set -euo pipefail

db=locallife blobs="" out=/var/backups/locallife
while [[ $# -gt 0 ]]; do
  case "$1" in
    --database) db="$2"; shift 2 ;;
    --blobs) blobs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: $0 [--database NAME] [--blobs DIR] [--out DIR]" >&2; exit 2 ;;
  esac
done
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-${LOCALLIFE_PG_PORT:-55432}}" PGUSER="${PGUSER:-postgres}"
log() { echo "[backup] $*" >&2; }

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
dir="$out/$db-$stamp"
mkdir -p "$dir"
started=$SECONDS

pg_dump --format=custom --compress=6 --no-password --file "$dir/database.dump" "$db"
log "database $db: $(du -h "$dir/database.dump" | cut -f1) in $((SECONDS - started)) s"

psql -X -q -A -t -F $'\t' --no-password -d "$db" -v ON_ERROR_STOP=1 >"$dir/rows.tsv" -f "$(dirname "${BASH_SOURCE[0]}")/backup-rows.sql"
log "rows: $(awk -F'\t' '{ n += $2 } END { print n + 0 }' "$dir/rows.tsv") in $(wc -l <"$dir/rows.tsv") tables"

if [[ -n "$blobs" ]]; then
  [[ -d "$blobs" ]] || { log "no blob folder $blobs"; exit 1; }
  tar -C "$blobs" -czf "$dir/blobs.tar.gz" .
  log "blobs: $(find "$blobs" -type f | wc -l) files from $blobs"
fi

{
  echo "database=$db"
  echo "server_version=$(psql -X -A -t --no-password -d "$db" -c 'SHOW server_version')"
  echo "taken_at=$stamp"
  echo "blobs=${blobs:+yes}"
} >"$dir/manifest.txt"
(cd "$dir" && sha256sum database.dump rows.tsv manifest.txt $( [[ -f blobs.tar.gz ]] && echo blobs.tar.gz ) >SHA256SUMS)
log "done in $((SECONDS - started)) s"
echo "$dir"
