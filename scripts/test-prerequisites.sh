#!/usr/bin/env bash
# What `npm test` needs besides node_modules (run by `pretest`, and by .ci/run before `npm ci`): Debian's Chromium
# for the E2E tests, the CJK and Liberation fonts the documents are rendered with, LibreOffice and poppler to open
# and rasterise them, and PostgreSQL on 127.0.0.1:5432 (user postgres without a password, a database `test`) for
# the server's tests. Run as root, it installs what is missing with apt and starts PostgreSQL; otherwise it stops
# before any test and prints the one command to run. LDCS_SKIP_PREREQUISITES=1 skips the check (a developer who
# runs only unit tests on another system).
set -euo pipefail
[ "${LDCS_SKIP_PREREQUISITES:-}" = 1 ] && exit 0

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fonts=$(fc-list 2>/dev/null || true)
grep -qi 'Noto Sans CJK' <<<"$fonts" || need+=(fonts-noto-cjk)
grep -qi 'Noto Serif CJK' <<<"$fonts" || need+=(fonts-noto-cjk)
grep -qi 'Liberation Serif' <<<"$fonts" || need+=(fonts-liberation2)
grep -qi 'AR PL UKai' <<<"$fonts" || need+=(fonts-arphic-ukai)
command -v soffice >/dev/null || need+=(libreoffice-writer)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v fc-list >/dev/null || need+=(fontconfig)

pg_ok() { psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -tAc 'SELECT 1' >/dev/null 2>&1; }
pg_missing=0
if ! command -v psql >/dev/null; then
  need+=(postgresql)
  pg_missing=1
elif ! pg_ok; then
  pg_missing=1
  if ! command -v pg_lsclusters >/dev/null || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then need+=(postgresql); fi
fi

if [ "${#need[@]}" -eq 0 ] && [ "$pg_missing" = 0 ]; then
  if [ "$(psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'")" != 1 ]; then
    createdb -h 127.0.0.1 -U postgres test
  fi
  exit 0
fi

# Several checks can ask for the same package; install each once.
mapfile -t need < <(printf '%s\n' "${need[@]}" | sed '/^$/d' | sort -u)
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  {
    pg_note=""
    [ "$pg_missing" = 1 ] && pg_note=" (PostgreSQL 127.0.0.1:5432)"
    echo "测试需要的系统组件缺失 / missing test prerequisites: ${need[*]:-}${pg_note}"
    echo "请以 root 运行一次 / run once as root:"
    echo "  sudo bash scripts/test-prerequisites.sh"
  } >&2
  exit 1
fi

if [ "${#need[@]}" -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

# PostgreSQL: trust local TCP connections (the tests' own throwaway databases), start the cluster, create `test`.
if ! pg_ok; then
  pg_ver=$(pg_lsclusters -h | awk 'NR == 1 { print $1 }')
  if [ -z "$pg_ver" ]; then
    pg_ver=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    pg_createcluster "$pg_ver" main
  fi
  pg_hba="/etc/postgresql/$pg_ver/main/pg_hba.conf"
  # pg_hba.conf takes the first matching line, so trust goes on top.
  if ! grep -Eq '^host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$pg_hba"; then
    sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$pg_hba"
  fi
  pg_ctlcluster "$pg_ver" main start 2>/dev/null || pg_ctlcluster "$pg_ver" main reload
  for _ in $(seq 1 30); do pg_ok && break; sleep 1; done
  pg_ok || { echo "PostgreSQL is not reachable on 127.0.0.1:5432" >&2; exit 1; }
fi
if [ "$(psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'")" != 1 ]; then
  createdb -h 127.0.0.1 -U postgres test
fi
