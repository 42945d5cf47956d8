#!/usr/bin/env bash
# pg-cluster.sh - a private PostgreSQL + PostGIS server on loopback for the tests and
# benchmarks: a temporary data folder, a private port, trust authentication.
#
#   tests/pg-cluster.sh start DIR PORT   initdb DIR, start on 127.0.0.1:PORT, create
#                                        database 'frontline' with PostGIS; prints the
#                                        OGR datasource on stdout
#   tests/pg-cluster.sh stop DIR         stop it (the caller removes DIR)
#
# Exit 77 (the "skip" code) with a message on stderr when PostgreSQL or PostGIS is
# not installed (apt-get install postgresql postgresql-15-postgis-3). As root the
# server runs as the 'postgres' user, which PostgreSQL requires.
set -u
cmd=${1:-}; dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2; }
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "pg-cluster: PostgreSQL server not installed (apt-get install postgresql postgresql-15-postgis-3)" >&2
  exit 77
fi
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
start)
  port=${3:?port}
  ver=$(basename "$(dirname "$bin")")
  if ! ls /usr/share/postgresql/"$ver"/extension/postgis.control >/dev/null 2>&1; then
    echo "pg-cluster: PostGIS not installed for PostgreSQL $ver (apt-get install postgresql-$ver-postgis-3)" >&2
    exit 77
  fi
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "pg-cluster: no 'postgres' user to run the server as" >&2; exit 77; }
    chown postgres "$dir"; chmod 700 "$dir"
    # The server must reach its folder through the parents.
    p=$(dirname "$dir"); while [ "$p" != / ]; do chmod o+x "$p" 2>/dev/null; p=$(dirname "$p"); done
  fi
  as_pg "$bin/initdb" -N -D "$dir/data" -A trust -U postgres >"$dir/initdb.log" 2>&1 ||
    { echo "pg-cluster: initdb failed:" >&2; tail -5 "$dir/initdb.log" >&2; exit 1; }
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=50" start >/dev/null ||
    { echo "pg-cluster: server did not start:" >&2; tail -5 "$dir/server.log" >&2; exit 1; }
  psql=$(command -v psql || echo "$bin/psql")
  "$psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE DATABASE frontline" >/dev/null &&
  "$psql" -q -h 127.0.0.1 -p "$port" -U postgres -d frontline -c "CREATE EXTENSION postgis" >/dev/null ||
    { echo "pg-cluster: cannot create the database with PostGIS" >&2; as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null; exit 1; }
  echo "PG:host=127.0.0.1 port=$port user=postgres dbname=frontline"
  ;;
stop)
  [ -d "$dir/data" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1
  exit 0
  ;;
*)
  echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
