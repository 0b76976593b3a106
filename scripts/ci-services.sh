#!/usr/bin/env bash
# Start the services the test suite needs: a real PostgreSQL server (Debian's package) for the
# shared-newsroom tests. Meant to be *sourced* (by .ci/run, or by hand:
# `source scripts/ci-services.sh`): it exports NEWSDESK_TEST_POSTGRES_URL and never exits the
# calling shell. Idempotent and quick when the server already runs. When PostgreSQL cannot be
# installed or started it says so and leaves the variable unset, so those tests are skipped.

_nd_pg_say() { echo "ci-services: $*" >&2; }

_nd_pg_setup() {
  local user=newsdesk password=newsdesk db=newsdesk_test
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
      _nd_pg_say "PostgreSQL is not installed and cannot be installed here"
      return 1
    fi
    _nd_pg_say "installing PostgreSQL (Debian package)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || return 1
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null || return 1
  fi
  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  [[ -n $version ]] || { _nd_pg_say "no PostgreSQL version found"; return 1; }
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$version main"; then
    pg_createcluster "$version" main >/dev/null || return 1
  fi
  local port status
  port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
  status=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}')
  if [[ $status != online* ]]; then
    pg_ctlcluster "$version" main start >/dev/null 2>&1 || {
      _nd_pg_say "could not start the PostgreSQL cluster $version/main"
      return 1
    }
  fi
  local i
  for i in $(seq 1 50); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 0.2
  done
  pg_isready -q -h 127.0.0.1 -p "$port" || { _nd_pg_say "PostgreSQL does not answer"; return 1; }
  local psql=(runuser -u postgres -- psql -q -X -v ON_ERROR_STOP=1 -p "$port" -d postgres)
  if [[ $("${psql[@]}" -tAc "SELECT 1 FROM pg_roles WHERE rolname='$user'") != 1 ]]; then
    "${psql[@]}" -c "CREATE ROLE $user LOGIN CREATEDB PASSWORD '$password'" || return 1
  fi
  # the server's default durability: a save reported as stored survives a crash of the server
  "${psql[@]}" -c "ALTER ROLE $user RESET synchronous_commit" || return 1
  if [[ $("${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname='$db'") != 1 ]]; then
    "${psql[@]}" -c "CREATE DATABASE $db OWNER $user" || return 1
  fi
  export NEWSDESK_TEST_POSTGRES_URL="postgresql+psycopg://$user:$password@127.0.0.1:$port/$db"
  _nd_pg_say "PostgreSQL $version on 127.0.0.1:$port (NEWSDESK_TEST_POSTGRES_URL set)"
}

_nd_pg_setup || _nd_pg_say "PostgreSQL unavailable: the PostgreSQL tests will be skipped"
unset -f _nd_pg_setup _nd_pg_say
