#!/usr/bin/env bash
# Restores a backup of etc/scripts/backup.sh into a new database (and the blob folder, if the backup has one).
#   etc/scripts/restore.sh BACKUP_DIR --database NAME [--blobs DIR] [--owner ROLE] [--replace] [--verify]
#   --owner    the new database's owner (default locallife, the schema owner)
#   --replace  drop NAME first if it exists (otherwise an existing database is refused)
#   --verify   compare every table's row count with the backup's manifest (exact for a backup of a quiet database)
# Connects like backup.sh (PGHOST / PGPORT / PGUSER, default the local superuser). The roles the dump names
# (locallife, locallife_app, locallife_reader) must exist on the server; ownership, grants and the row-level security
# policies come back as they were. Run the migrator afterwards when the backup is older than the release.
set -euo pipefail

[[ $# -ge 1 ]] || { echo "usage: $0 BACKUP_DIR --database NAME [--blobs DIR] [--replace] [--verify]" >&2; exit 2; }
backup="$1"; shift
db="" blobs="" owner=locallife replace=false verify=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --database) db="$2"; shift 2 ;;
    --blobs) blobs="$2"; shift 2 ;;
    --owner) owner="$2"; shift 2 ;;
    --replace) replace=true; shift ;;
    --verify) verify=true; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -n "$db" ]] || { echo "--database is required" >&2; exit 2; }
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-${LOCALLIFE_PG_PORT:-55432}}" PGUSER="${PGUSER:-postgres}"
log() { echo "[restore] $*" >&2; }

(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || { log "checksums do not match: the backup is damaged"; exit 1; }
started=$SECONDS

exists="$(psql -X -A -t --no-password -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")"
if [[ "$exists" == 1 ]]; then
  $replace || { log "database $db exists (use --replace to drop it)"; exit 1; }
  dropdb --no-password --force "$db"
fi
createdb --no-password --owner "$owner" "$db"
pg_restore --exit-on-error --no-password --jobs 2 -d "$db" "$backup/database.dump"
log "database $db restored in $((SECONDS - started)) s"

if $verify; then
  actual="$(mktemp)"; trap 'rm -f "$actual"' EXIT
  psql -X -q -A -t -F $'\t' --no-password -d "$db" -v ON_ERROR_STOP=1 >"$actual" -f "$(dirname "${BASH_SOURCE[0]}")/backup-rows.sql"
  if ! diff -u "$backup/rows.tsv" "$actual" >&2; then log "row counts differ from the backup's"; exit 1; fi
  log "verified: $(wc -l <"$actual") tables, $(awk -F'\t' '{ n += $2 } END { print n + 0 }' "$actual") rows as in the backup"
fi

if [[ -f "$backup/blobs.tar.gz" ]]; then
  [[ -n "$blobs" ]] || { log "the backup has blobs: give --blobs DIR to restore them"; exit 1; }
  mkdir -p "$blobs"
  tar -C "$blobs" -xzf "$backup/blobs.tar.gz"
  log "blobs restored into $blobs"
fi
