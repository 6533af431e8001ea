# Border's private PostgreSQL: a cluster of this checkout's own, on a loopback port of its own.
# Sourced by ./border; every function is safe to call twice.

BORDER_PG_PORT=${BORDER_PG_PORT:-54329}
BORDER_PG_USER=border
BORDER_PG_PASSWORD=border-local-only
BORDER_PG_OS_USER=borderpg

# Where the cluster lives. As root the server runs as $BORDER_PG_OS_USER, which cannot reach a checkout
# under a private directory (root's home is 0700), so its data goes under /var/lib/border, one directory
# per checkout path. Otherwise (and for a cluster already made in .pgdata/) it stays in the checkout.
pg_data_dir() {
  if [ -n "${BORDER_PG_DATA:-}" ]; then echo "$BORDER_PG_DATA"
  elif [ -f "$BORDER_ROOT/.pgdata/cluster/PG_VERSION" ] || [ "$(id -u)" -ne 0 ]; then echo "$BORDER_ROOT/.pgdata"
  else echo "/var/lib/border/$(printf '%s' "$BORDER_ROOT" | sha256sum | cut -c1-16)"
  fi
}
BORDER_PG_DATA=$(pg_data_dir)

# One line saying why and what to do, then a non-zero exit: ./border stops here.
pg_fail() {
  echo "border: $1" >&2
  exit 1
}

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    echo "PostgreSQL server not found; installing Debian's postgresql package..." >&2
    as_root apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$dir"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# initdb refuses to run as root, so as root the server runs as an unprivileged system user.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    id "$BORDER_PG_OS_USER" >/dev/null 2>&1 ||
      useradd --system --no-create-home --shell /usr/sbin/nologin "$BORDER_PG_OS_USER"
    (cd / && runuser -u "$BORDER_PG_OS_USER" -- "$@")
  else
    "$@"
  fi
}

pg_url() {
  echo "Host=127.0.0.1;Port=$BORDER_PG_PORT;Database=${1:-border};Username=$BORDER_PG_USER;Password=$BORDER_PG_PASSWORD"
}

pg_is_running() {
  [ -f "$BORDER_PG_DATA/cluster/postmaster.pid" ] &&
    as_pg "$(pg_bin_dir)/pg_ctl" -D "$BORDER_PG_DATA/cluster" status >/dev/null 2>&1
}

pg_init() {
  local bin; bin=$(pg_bin_dir)
  [ -f "$BORDER_PG_DATA/cluster/PG_VERSION" ] && return 0
  mkdir -p "$BORDER_PG_DATA/run" 2>/dev/null ||
    pg_fail "cannot create $BORDER_PG_DATA for PostgreSQL's data; set BORDER_PG_DATA to a writable directory, or ConnectionStrings__Border to use your own PostgreSQL."
  echo "$BORDER_ROOT" > "$BORDER_PG_DATA/checkout"
  if [ "$(id -u)" -eq 0 ]; then as_pg true; chown -R "$BORDER_PG_OS_USER" "$BORDER_PG_DATA"; fi
  as_pg test -w "$BORDER_PG_DATA" ||
    pg_fail "user $(as_pg id -un) cannot write $BORDER_PG_DATA (a parent directory is closed to it); set BORDER_PG_DATA to a directory it can reach, or ConnectionStrings__Border to use your own PostgreSQL."
  local pwfile="$BORDER_PG_DATA/pwfile"
  (umask 077; echo "$BORDER_PG_PASSWORD" > "$pwfile")
  if [ "$(id -u)" -eq 0 ]; then chown "$BORDER_PG_OS_USER" "$pwfile"; fi
  if ! as_pg "$bin/initdb" -D "$BORDER_PG_DATA/cluster" -U "$BORDER_PG_USER" --pwfile="$pwfile" \
      --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$BORDER_PG_DATA/initdb.log" 2>&1; then
    rm -rf "$pwfile" "$BORDER_PG_DATA/cluster"
    pg_fail "initdb failed ($(grep -m1 'error' "$BORDER_PG_DATA/initdb.log" || tail -n1 "$BORDER_PG_DATA/initdb.log")); see $BORDER_PG_DATA/initdb.log, or set ConnectionStrings__Border to use your own PostgreSQL."
  fi
  rm -f "$pwfile"
}

pg_start() {
  pg_init
  if pg_is_running; then return 0; fi
  local bin; bin=$(pg_bin_dir)
  # Another checkout's private server may hold the port: same user and password, so use it as it is.
  if PGPASSWORD=$BORDER_PG_PASSWORD PGCONNECT_TIMEOUT=3 "$bin/psql" -h 127.0.0.1 -p "$BORDER_PG_PORT" -U "$BORDER_PG_USER" \
      -d postgres -tAc "SELECT 1" >/dev/null 2>&1; then
    echo "Using the Border PostgreSQL already running on 127.0.0.1:$BORDER_PG_PORT (another checkout's)" >&2
    pg_create_database border
    return 0
  fi
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$BORDER_PG_PORT"; then
    pg_fail "port $BORDER_PG_PORT is taken by another PostgreSQL; set BORDER_PG_PORT to a free port."
  fi
  # synchronous_commit=off: a crash may lose the last moments of work but never corrupts; fine for a private database.
  as_pg "$bin/pg_ctl" -D "$BORDER_PG_DATA/cluster" -l "$BORDER_PG_DATA/server.log" -w -t 60 \
    -o "-p $BORDER_PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$BORDER_PG_DATA/run -c max_connections=400 -c synchronous_commit=off -c shared_buffers=256MB" \
    start >/dev/null ||
    pg_fail "PostgreSQL did not start ($(tail -n1 "$BORDER_PG_DATA/server.log" 2>/dev/null)); see $BORDER_PG_DATA/server.log."
  pg_create_database border
  echo "PostgreSQL is running on 127.0.0.1:$BORDER_PG_PORT (data in $BORDER_PG_DATA)" >&2
}

pg_create_database() {
  local bin; bin=$(pg_bin_dir)
  local exists
  exists=$(PGPASSWORD=$BORDER_PG_PASSWORD "$bin/psql" -h 127.0.0.1 -p "$BORDER_PG_PORT" -U "$BORDER_PG_USER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$1'")
  [ "$exists" = 1 ] || PGPASSWORD=$BORDER_PG_PASSWORD "$bin/psql" -h 127.0.0.1 -p "$BORDER_PG_PORT" -U "$BORDER_PG_USER" \
    -d postgres -qc "CREATE DATABASE \"$1\"" >/dev/null
}

pg_stop() {
  pg_is_running || { echo "PostgreSQL is not running" >&2; return 0; }
  as_pg "$(pg_bin_dir)/pg_ctl" -D "$BORDER_PG_DATA/cluster" -m fast -w stop >/dev/null
  echo "PostgreSQL stopped" >&2
}

pg_status() {
  if pg_is_running; then echo "running on 127.0.0.1:$BORDER_PG_PORT (data in $BORDER_PG_DATA)"; else echo "stopped"; fi
}
