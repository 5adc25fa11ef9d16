#!/usr/bin/env bash
# Container smoke test: build the project's Dockerfile and run the image the way a self-hoster
# does. `make container-test`; CI runs it after the test suite, as root, on a fresh machine.
#
# Engine: Docker when a Docker engine answers (`docker info`), else podman, installed from the
# machine's Debian packages when missing and configured for these machines (runc + cgroupfs,
# ulimits, overlay storage). With podman, no registry image can be pulled, so the Python base
# image is built locally with debootstrap from the Debian mirror the machine already uses, and
# cached as a tarball between runs.
#
# Environment (all optional; not SITREP_*, which sitrep itself reads as settings):
#   CONTAINER_TEST_CACHE       cache for the base image tarball and podman's storage
#                              (default: ${XDG_CACHE_HOME:-$HOME/.cache}/sitrep)
#   CONTAINER_TEST_ENGINE      docker or podman (default: docker if `docker info` works)
#   CONTAINER_TEST_BASE_IMAGE  build on this image instead (with docker, default: the
#                              Dockerfile's own, the official Python image)
#   CONTAINER_TEST_BASE_SUITE  Debian suite of the local base image (default: the host's;
#                              bookworm has Python 3.11, trixie 3.13)
#   CONTAINER_TEST_IMAGE       tag of the image under test (default: localhost/sitrep:smoke-test)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
CACHE_DIR=${CONTAINER_TEST_CACHE:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/sitrep}
IMAGE=${CONTAINER_TEST_IMAGE:-localhost/sitrep:smoke-test}
RUN_ID=sitrep-smoke-$$
# shellcheck source=/dev/null
HOST_SUITE=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
BASE_RECIPE=1 # bump when the base image recipe below changes: invalidates the cached tarball

T0=$(date +%s.%N)
TIMINGS=()
FAILURES=0
PASSES=0
CLEANUP=()

log() { printf '\n== %s\n' "$*"; }
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    FAILURES=$((FAILURES + 1))
}
ok() {
    printf 'ok: %s\n' "$*"
    PASSES=$((PASSES + 1))
}
expect() { # expect WHAT-PASSED WHAT-FAILED COMMAND...
    local good=$1 bad=$2
    shift 2
    if "$@"; then ok "$good"; else fail "$bad"; fi
}
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
timed() { # timed LABEL COMMAND...: run, record how long it took
    local label=$1 start
    shift
    start=$(date +%s.%N)
    "$@"
    TIMINGS+=("$(printf '%-44s %6ss' "$label" "$(elapsed "$start")")")
}
cleanup() {
    local i
    for ((i = ${#CLEANUP[@]} - 1; i >= 0; i--)); do
        eval "${CLEANUP[i]}" >/dev/null 2>&1 || true
    done
}
trap cleanup EXIT


# --- engine -------------------------------------------------------------------------------------

pick_engine() {
    if [ -n "${CONTAINER_TEST_ENGINE:-}" ]; then
        ENGINE=$CONTAINER_TEST_ENGINE
    elif command -v docker >/dev/null && timeout 20 docker info >/dev/null 2>&1; then
        ENGINE=docker
    else
        ENGINE=podman
    fi
    echo "engine: $ENGINE"
}

install_podman() {
    local wanted=(podman runc debootstrap uidmap netavark aardvark-dns iptables) missing=() p
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "packages present: ${wanted[*]}"
        return
    fi
    echo "installing: ${missing[*]}"
    apt-get -o DPkg::Lock::Timeout=300 update -qq
    env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
        "${missing[@]}" >/dev/null
}

configure_podman() {
    # What works on these CI machines: crun fails on their mixed cgroup v1/v2 setup (runc with
    # cgroupfs does not), root cannot raise the default ulimits, overlay is ~4x faster than vfs.
    # Storage is kept in the cache folder so that image layers survive between runs.
    local conf=$CACHE_DIR/podman
    mkdir -p "$conf/storage" "$conf/run"
    cat >"$conf/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"

[network]
network_backend = "netavark"
EOF
    cat >"$conf/storage.conf" <<EOF
[storage]
driver = "overlay"
graphroot = "$conf/storage"
runroot = "$conf/run"
EOF
    export CONTAINERS_CONF=$conf/containers.conf
    export CONTAINERS_STORAGE_CONF=$conf/storage.conf
    podman version --format 'podman {{.Client.Version}}'
}

# --- the local Python base image (podman: no registry) -----------------------------------------

debian_mirror() {
    # The first Debian archive the machine's apt uses for SUITE (deb822 .sources or one-line
    # lists), so that the base image comes from wherever the host gets its packages.
    local suite=$1 f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk -v suite="$suite" '
            function flush() {
                if (deb && uri != "" && (" " suites " ") ~ (" " suite " ")) { print uri; found = 1; exit }
                deb = 0; uri = ""; suites = ""
            }
            /^[ \t]*$/ { flush(); next }
            /^Types:/ { deb = ($0 ~ /[ \t]deb([ \t]|$)/) }
            /^URIs:/ { uri = $2 }
            /^Suites:/ { sub(/^Suites:[ \t]*/, ""); suites = $0 }
            END { if (!found) flush() }' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        awk -v suite="$suite" '$1 == "deb" {
            i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
            if ($(i + 1) == suite) { print $i; exit } }' "$f"
    done
}

build_base_image() {
    local suite=$1 tag=$2 tarball=$3 mirror rootfs
    # a suite the host does not use (CONTAINER_TEST_BASE_SUITE=trixie) comes from the host's archive
    mirror=$(debian_mirror "$suite" | head -n 1)
    [ -n "$mirror" ] || mirror=$(debian_mirror "$HOST_SUITE" | head -n 1)
    if [ -z "$mirror" ]; then
        echo "no Debian mirror for '$suite' in /etc/apt/sources.list(.d); set CONTAINER_TEST_BASE_SUITE" >&2
        return 1
    fi
    rootfs=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-rootfs.XXXXXX")
    CLEANUP+=("rm -rf '$rootfs'")
    echo "debootstrap $suite from the host's mirror"
    debootstrap --variant=minbase \
        --include=python3,python3-venv,python3-pip,python-is-python3,ca-certificates \
        "$suite" "$rootfs" "$mirror" >"$rootfs.log" 2>&1 || {
        tail -n 30 "$rootfs.log" >&2
        return 1
    }
    rm -f "$rootfs.log"
    # pip inside the image installs into a virtualenv; Debian's marker would refuse even that
    # for `pip install` run before the venv exists, so it goes, as in the official image.
    find "$rootfs/usr/lib" -maxdepth 2 -name EXTERNALLY-MANAGED -delete
    # Package traffic may go through a proxy whose CA is only in the host's trust store.
    if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
        cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/"
    fi
    chroot "$rootfs" update-ca-certificates >/dev/null
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    tar -C "$rootfs" -c . | podman import \
        --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'ENV LANG=C.UTF-8' \
        --change 'ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt' \
        --change 'CMD ["python3"]' - "$tag" >/dev/null
    podman save -o "$tarball.part" "$tag"
    mv "$tarball.part" "$tarball"
}

base_image() {
    local suite tag tarball
    suite=${CONTAINER_TEST_BASE_SUITE:-$HOST_SUITE}
    tag=localhost/sitrep-python-base:$suite-r$BASE_RECIPE
    tarball=$CACHE_DIR/python-base-$suite-r$BASE_RECIPE.tar
    BASE_IMAGE=$tag
    if podman image exists "$tag"; then
        echo "base image $tag: present"
    elif [ -f "$tarball" ]; then
        echo "base image $tag: loading the cached tarball"
        podman load -q -i "$tarball" >/dev/null
    else
        build_base_image "$suite" "$tag" "$tarball"
    fi
}

# --- the checks ---------------------------------------------------------------------------------

build_image() { # build_image TAG CONTEXT
    local args=(build -t "$1" "$2")
    [ "$ENGINE" = podman ] && args+=(--format docker) # keeps HEALTHCHECK in the image
    [ -n "${BASE_IMAGE:-}" ] && args+=(--build-arg "BASE_IMAGE=$BASE_IMAGE")
    "$ENGINE" "${args[@]}" >"$CACHE_DIR/build.log" 2>&1 || {
        tail -n 40 "$CACHE_DIR/build.log" >&2
        return 1
    }
}

# The image's health check needs the bot (`sitrep run`); for one-off commands it is turned off
# (podman would also try to schedule it with systemd timers, which these machines do not have).
run_image() { "$ENGINE" run --no-healthcheck "$@"; }

layers() { "$ENGINE" image inspect --format '{{range .RootFS.Layers}}{{println .}}{{end}}' "$1" | grep .; }

check_image_config() {
    local user health entry
    user=$("$ENGINE" image inspect --format '{{.Config.User}}' "$IMAGE")
    entry=$("$ENGINE" image inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' "$IMAGE")
    health=$("$ENGINE" image inspect --format '{{if .Config.Healthcheck}}{{json .Config.Healthcheck.Test}}{{end}}' "$IMAGE")
    case $user in "" | 0 | 0:* | root | root:*) fail "image runs as root (User='$user')" ;; *) ok "runs as user $user" ;; esac
    expect "entrypoint and command: $entry" "entrypoint/cmd: $entry" \
        [ "$entry" = '["sitrep"] ["run"]' ]
    expect "health check: $health" "health check: '$health'" \
        [ "$health" = '["CMD","sitrep","health"]' ]
    if "$ENGINE" image inspect --format '{{range .Config.Env}}{{println .}}{{end}}' "$IMAGE" |
        grep -q '^TELEGRAM_BOT_TOKEN='; then
        fail "a token is baked into the image"
    fi
}

check_demo() {
    local out
    out=$(run_image --rm "$IMAGE" demo) || {
        fail "sitrep demo exited $?"
        return
    }
    if grep -q '^Displacement rising — Syria: 280,000 displaced' <<<"$out"; then
        ok "demo printed the rising-displacement alert ($(grep -c . <<<"$out") lines)"
    else
        fail "demo output lacks the rising-displacement alert:"
        printf '%s\n' "$out" >&2
    fi
}

check_config() {
    local out conf
    out=$(run_image --rm "$IMAGE" check-config)
    expect "storage on the volume: /data/sitrep.db" "storage path: $(grep '^path' <<<"$out")" \
        grep -q '^path = "/data/sitrep.db"$' <<<"$out"
    grep -q 'TELEGRAM_BOT_TOKEN: not set' <<<"$out" || fail "check-config without a token: $out"
    # a mounted config folder replaces the image's
    conf=$(mktemp -d)
    CLEANUP+=("rm -rf '$conf'")
    printf '[log]\nlevel = "DEBUG"\n' >"$conf/sitrep.toml"
    chmod -R a+rX "$conf"
    out=$(run_image --rm -v "$conf:/app/config:ro" "$IMAGE" check-config)
    expect "a mounted /app/config is used" "mounted config ignored: $out" \
        grep -q '^level = "DEBUG"$' <<<"$out"
}

check_volume() {
    # The state lives on the volume: replaying the seed feed again into the same database,
    # from a new container, finds nothing new.
    local volume=$RUN_ID-data first second
    "$ENGINE" volume create "$volume" >/dev/null
    CLEANUP+=("$ENGINE volume rm -f $volume")
    first=$(run_image --rm -i -v "$volume:/data" "$IMAGE" replay --db /data/sitrep.db /dev/stdin \
        <"$ROOT/seeds/feed.xml") || fail "first replay exited $?"
    second=$(run_image --rm -i -v "$volume:/data" "$IMAGE" replay --db /data/sitrep.db /dev/stdin \
        <"$ROOT/seeds/feed.xml") || fail "second replay exited $?"
    if grep -q '^Displacement rising' <<<"$first" && [ -z "$second" ]; then
        ok "volume keeps the state: first replay $(grep -c '^  ' <<<"$first") alerts, second none"
    else
        fail "volume persistence: first replay:"$'\n'"$first"$'\n'"second replay:"$'\n'"$second"
    fi
    local owner out
    owner=$(run_image --rm -v "$volume:/data" --entrypoint stat "$IMAGE" -c '%u:%g %n' /data/sitrep.db)
    ok "database on the volume: $owner"
    out=$(run_image --rm -v "$volume:/data" "$IMAGE" backup /data/backup.db) || true
    expect "online backup on the volume: $out" "sitrep backup: $out" \
        grep -q '^backed up /data/sitrep.db to /data/backup.db' <<<"$out"
    out=$(run_image --rm -v "$volume:/data" "$IMAGE" backup --db /data/backup.db /data/sitrep.db) || true
    expect "restore on the volume: $out" "restore with sitrep backup: $out" \
        grep -q '^backed up /data/backup.db to /data/sitrep.db' <<<"$out"
}

check_sigterm() {
    # A busy sitrep (a replay waiting on a feed server on the host that never answers) is
    # stopped with SIGTERM: it must exit at once with 143, not be killed after the grace period.
    local dir port name
    dir=$(mktemp -d)
    CLEANUP+=("rm -rf '$dir'")
    python3 - "$dir" <<'EOF' &
import pathlib, socket, sys, time
server = socket.create_server(("127.0.0.1", 0))
pathlib.Path(sys.argv[1], "port").write_text(str(server.getsockname()[1]))
conn, _ = server.accept()
conn.recv(65536)
pathlib.Path(sys.argv[1], "requested").touch()
time.sleep(300)
EOF
    CLEANUP+=("kill $!")
    for _ in $(seq 50); do
        if [ -f "$dir/port" ]; then break; fi
        sleep 0.1
    done
    port=$(cat "$dir/port")
    name=$RUN_ID-term
    run_image -d --name "$name" --network host -e SITREP_FEEDS_TIMEOUT=300 "$IMAGE" \
        replay "http://127.0.0.1:$port/feed.xml" >/dev/null
    CLEANUP+=("$ENGINE rm -f -v $name")
    for _ in $(seq 300); do
        if [ -f "$dir/requested" ]; then break; fi
        sleep 0.1
    done
    [ -f "$dir/requested" ] || {
        fail "the container never requested the feed: $("$ENGINE" logs "$name" 2>&1 | tail -5)"
        return
    }
    expect_clean_stop "$name" 143
}

check_layers() {
    # A code change must not reinstall the dependencies: build a copy of the context with one
    # changed source file; every layer up to the code's must be shared with the image.
    local ctx tag shared total a b
    ctx=$(mktemp -d)
    CLEANUP+=("rm -rf '$ctx'")
    tar -C "$ROOT" -c Dockerfile .dockerignore pyproject.toml README.md bot storage seeds config |
        tar -C "$ctx" -x
    echo "# changed by the container smoke test" >>"$ctx/bot/__init__.py"
    tag=$IMAGE-codechange
    build_image "$tag" "$ctx"
    CLEANUP+=("$ENGINE rmi -f $tag")
    mapfile -t a < <(layers "$IMAGE")
    mapfile -t b < <(layers "$tag")
    total=${#a[@]}
    shared=0
    while [ "$shared" -lt "$total" ] && [ "${a[shared]}" = "${b[shared]:-}" ]; do
        shared=$((shared + 1))
    done
    # the last three layers are the code, its install and config/; all below are shared
    if [ "$shared" -eq $((total - 3)) ]; then
        ok "code change: $shared of $total layers reused (dependencies not reinstalled)"
    else
        fail "code change: only $shared of $total layers reused"
    fi
}

find_compose() {
    # Docker's compose plugin with Docker; with podman, podman-compose (from PyPI, in a
    # virtualenv in the cache folder: Debian's is too old for `env_file: required: false`).
    if [ "$ENGINE" = docker ]; then
        docker compose version >/dev/null 2>&1 && COMPOSE=(docker compose) || COMPOSE=()
        return
    fi
    local venv=$CACHE_DIR/podman-compose
    if [ ! -x "$venv/bin/podman-compose" ]; then
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet --disable-pip-version-check 'podman-compose>=1.1' \
            >"$CACHE_DIR/pip.log" 2>&1 || {
            tail -n 20 "$CACHE_DIR/pip.log" >&2
            rm -rf "$venv"
            COMPOSE=()
            return
        }
    fi
    COMPOSE=("$venv/bin/podman-compose")
}

check_compose() {
    # (its `run` allocates a terminal: lines end in \r\n)
    # compose.yaml as a self-hoster uses it, in a folder of its own (the image under test in
    # place of the one compose would build): first without .env, then with a token in it.
    local dir out project=$RUN_ID-compose
    find_compose
    if [ ${#COMPOSE[@]} -eq 0 ]; then
        echo "NOT COVERED: no compose command for $ENGINE"
        return
    fi
    dir=$(mktemp -d)
    CLEANUP+=("rm -rf '$dir'")
    cp -r "$ROOT/config" "$dir/"
    chmod -R a+rX "$dir/config"
    grep -q '^    image: sitrep:latest$' "$ROOT/compose.yaml" || {
        fail "compose.yaml: no 'image: sitrep:latest' line to point at the image under test"
        return
    }
    sed "s|^    image: sitrep:latest\$|    image: $IMAGE|" "$ROOT/compose.yaml" >"$dir/compose.yaml"
    CLEANUP+=("(cd '$dir' && ${COMPOSE[*]} -p $project down -v)")
    out=$(cd "$dir" && "${COMPOSE[@]}" -p "$project" run --rm sitrep demo 2>/dev/null | tr -d '\r') || true
    expect "compose run --rm sitrep demo, no .env: the alerts" \
        "compose run --rm sitrep demo without .env: $out" \
        grep -q '^Displacement rising — Syria' <<<"$out"
    printf 'TELEGRAM_BOT_TOKEN=123456:not-a-real-token\n' >"$dir/.env"
    sed -i 's/^level = "INFO"$/level = "WARNING"/' "$dir/config/sitrep.toml"
    out=$(cd "$dir" && "${COMPOSE[@]}" -p "$project" run --rm sitrep check-config 2>/dev/null | tr -d '\r') || true
    if grep -q 'TELEGRAM_BOT_TOKEN: set' <<<"$out" && grep -q '^level = "WARNING"$' <<<"$out" &&
        ! grep -q 'not-a-real-token' <<<"$out"; then
        ok "compose: token from .env (not printed), config/ mounted"
    else
        fail "compose with .env: $out"
    fi
}

# --- sitrep run: the bot against the fake Telegram server ---------------------------------------

# The outside world of `sitrep run` on the host (host networking): the fake Telegram Bot API
# server from the test suite and a feed server, both on 127.0.0.1, driven by tests/smokedriver.py
# with the project's virtualenv (`make test` has made it; `make install` otherwise).
DRIVER=()
driver() { "${DRIVER[@]}" call "$DRIVER_DIR" "$@"; }

start_driver() {
    local py=$ROOT/.venv/bin/python
    if ! "$py" -c 'import aiohttp' 2>/dev/null; then
        make -C "$ROOT" install >"$CACHE_DIR/install.log" 2>&1 || {
            tail -n 20 "$CACHE_DIR/install.log" >&2
            return 1
        }
    fi
    DRIVER=("$py" "$ROOT/tests/smokedriver.py")
    DRIVER_DIR=$(mktemp -d)
    CLEANUP+=("rm -rf '$DRIVER_DIR'")
    # it stops by itself after --lifetime seconds if this script dies without stopping it
    "${DRIVER[@]}" serve "$DRIVER_DIR" --lifetime 600 >"$DRIVER_DIR/driver.log" 2>&1 &
    CLEANUP+=("kill $!")
    for _ in $(seq 100); do
        if [ -f "$DRIVER_DIR/servers.env" ]; then break; fi
        sleep 0.1
    done
    [ -f "$DRIVER_DIR/servers.env" ] || {
        cat "$DRIVER_DIR/driver.log" >&2
        return 1
    }
    # TOKEN, API_URL, FEED_URL, GONE_URL, ADMIN, CONTROL_PORT
    # shellcheck source=/dev/null
    . "$DRIVER_DIR/servers.env"
}

without_timer_noise() { # COMMAND...: run it, without podman's systemd complaints on stderr
    # podman schedules a container's HEALTHCHECK with systemd timers; without systemd (these
    # machines) `run` and `stop` log errors about it and go on. check_health runs it by hand.
    local errs code=0
    errs=$(mktemp)
    "$@" 2>"$errs" || code=$?
    grep -v 'unable to get systemd connection' "$errs" >&2 || true
    rm -f "$errs"
    return "$code"
}

start_bot() { # start_bot NAME: `sitrep run` (the image's command) in a new container, detached
    without_timer_noise "$ENGINE" run -d --name "$1" --network host \
        -v "$BOT_VOLUME:/data" -v "$BOT_CONFIG:/app/config:ro" \
        -e TELEGRAM_BOT_TOKEN="$TOKEN" -e SITREP_TELEGRAM_API_URL="$API_URL" \
        -e SITREP_TELEGRAM_ADMINS="$ADMIN" \
        -e SITREP_FEEDS_ALLOW_PRIVATE_ADDRESSES=true -e SITREP_FEEDS_MIN_INTERVAL=1 \
        "$IMAGE" >/dev/null
    CLEANUP+=("$ENGINE rm -f -v $1")
}

expect_clean_stop() { # expect_clean_stop NAME CODE: SIGTERM; exit CODE within 10s, no traceback
    local start took code
    start=$(date +%s.%N)
    without_timer_noise "$ENGINE" stop -t 20 "$1" >/dev/null
    took=$(elapsed "$start")
    code=$("$ENGINE" inspect --format '{{.State.ExitCode}}' "$1")
    if [ "$code" = "$2" ] && awk -v t="$took" 'BEGIN { exit !(t < 10) }'; then
        ok "$1 stopped (SIGTERM): exit code $2 after ${took}s"
    else
        fail "$1 stopped (SIGTERM): exit code $code after ${took}s ($2 within 10s expected)"
        "$ENGINE" logs "$1" 2>&1 | tail -n 20 >&2
    fi
    if "$ENGINE" logs "$1" 2>&1 | grep -q Traceback; then
        fail "$1: traceback in the logs"
        "$ENGINE" logs "$1" 2>&1 | grep -A 20 Traceback | head -n 40 >&2
    fi
}

stop_bot() { # stop_bot NAME: a clean stop (exit 0), and never the token in the logs
    expect_clean_stop "$1" 0
    # the Bot API's URLs carry the token: it must never be logged
    if "$ENGINE" logs "$1" 2>&1 | grep -qF "$TOKEN"; then fail "$1: the bot token is in the logs"; fi
}

check_health() { # check_health NAME: `sitrep health` in the running container exits 0
    local out code=1
    # the poller's heartbeat is written when a poll cycle ends: give the first one a moment
    for _ in $(seq 20); do
        out=$("$ENGINE" exec "$1" sitrep health 2>&1) && code=0 && break
        sleep 1
    done
    expect "sitrep health: $out" "sitrep health exited non-zero: $out" [ "$code" = 0 ]
    if [ "$ENGINE" = podman ]; then
        # runs the image's HEALTHCHECK by hand (podman schedules it only through systemd)
        out=$(podman healthcheck run "$1" 2>&1) && code=0 || code=$?
        expect "podman healthcheck run: exit 0${out:+ ($out)}" \
            "podman healthcheck run: exit $code: $out" [ "$code" = 0 ]
    fi
}

check_run() {
    local name start first api cold out alerts
    start_driver || {
        fail "the fake Telegram and feed servers did not start"
        return
    }
    BOT_VOLUME=$RUN_ID-bot-data
    "$ENGINE" volume create "$BOT_VOLUME" >/dev/null
    CLEANUP+=("$ENGINE volume rm -f $BOT_VOLUME")
    # a config folder of the self-hoster's: the image's sitrep.toml, feeds on the host
    BOT_CONFIG=$(mktemp -d)
    CLEANUP+=("rm -rf '$BOT_CONFIG'")
    cp "$ROOT/config/sitrep.toml" "$BOT_CONFIG/"
    printf '[[feed]]\nname = "sudan"\nurl = "%s"\ninterval = 1\n\n[[feed]]\nname = "gone"\nurl = "%s"\ninterval = 1\n' \
        "$FEED_URL" "$GONE_URL" >"$BOT_CONFIG/feeds.toml"
    chmod -R a+rX "$BOT_CONFIG"

    # 1. cold start: container start to the first feed poll
    name=$RUN_ID-bot
    start=$(date +%s.%N)
    start_bot "$name"
    if ! first=$(driver first-poll 60) || ! api=$(driver first-api-call 5); then
        fail "sitrep run never polled the feed: $("$ENGINE" logs "$name" 2>&1 | tail -n 20)"
        return
    fi
    cold=$(awk -v a="$start" -v b="$first" 'BEGIN { printf "%.1f", b - a }')
    ok "cold start: container start to the first Bot API call $(awk -v a="$start" -v b="$api" \
        'BEGIN { printf "%.1f", b - a }')s, to the first feed poll ${cold}s"
    TIMINGS+=("$(printf '%-44s %6ss' "cold start: container start to first poll" "$cold")")

    # 2. a user subscribes; a new item in the feed reaches them; the admin hears of the 410 feed
    out=$(driver subscribe 2001) || true
    expect "/subscribe answered: $out" "/subscribe: $out" grep -q '^Subscribed' <<<"$out"
    driver add-item >/dev/null || fail "the driver could not add an item to the feed"
    if out=$(driver wait-sent 2001 "Displacement rising — Sudan" 1 60); then
        ok "alert received: $(head -n 1 <<<"$out")"
    else
        fail "no alert reached the subscriber: $(driver sent)"
    fi
    if out=$(driver wait-sent "$ADMIN" gone 1 30); then
        ok "admin told: $(head -n 1 <<<"$out")"
    else
        fail "the admin was not told about the 410 feed: $(driver sent)"
    fi

    # 3. health, then a clean stop
    check_health "$name"
    stop_bot "$name"

    # 4. a new container on the same volume: still subscribed, nothing sent twice
    name=$RUN_ID-bot2
    start_bot "$name"
    driver add-item >/dev/null || fail "the driver could not add an item to the feed"
    if out=$(driver wait-sent 2001 "Displacement rising — Sudan" 2 60); then
        ok "after a restart, the next alert reached the subscriber without a new /subscribe"
    else
        fail "after a restart, no new alert: $(driver sent)"
    fi
    alerts=$(driver sent 2001)
    if [ "$(grep -c . <<<"$alerts")" = 3 ] && [ "$(sort <<<"$alerts" | uniq -d)" = "" ] &&
        [ "$(driver sent "$ADMIN" | grep -c .)" = 1 ]; then
        ok "nothing re-sent after the restart (subscriber: 1 reply and 2 alerts, admin: 1 notice)"
    else
        fail "after the restart: to the subscriber:"$'\n'"$alerts"$'\n'"to the admin: $(driver sent "$ADMIN")"
    fi
    check_health "$name"
    stop_bot "$name"
    out=$(driver problems)
    [ -z "$out" ] || fail "the fake Bot API server refused what Telegram would: $out"
    driver stop >/dev/null
}

image_size() {
    local bytes
    bytes=$("$ENGINE" image inspect --format '{{.Size}}' "$IMAGE")
    awk -v b="$bytes" 'BEGIN { printf "%.0f MB", b / 1e6 }'
}

# --- main ----------------------------------------------------------------------------------------

mkdir -p "$CACHE_DIR"
log "engine"
pick_engine
if [ "$ENGINE" = podman ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "without a Docker engine this test installs and runs podman as root: sudo $0" >&2
        exit 2
    fi
    timed "install packages (when missing)" install_podman
    configure_podman
    log "base image"
    timed "base image (build, load or present)" base_image
else
    BASE_IMAGE=${CONTAINER_TEST_BASE_IMAGE:-}
fi
BASE_IMAGE=${CONTAINER_TEST_BASE_IMAGE:-${BASE_IMAGE:-}}

log "build $IMAGE${BASE_IMAGE:+ on $BASE_IMAGE}"
timed "build the image" build_image "$IMAGE" "$ROOT"
check_image_config

log "sitrep demo"
timed "run: sitrep demo (cold container)" check_demo
log "config"
check_config
log "volume"
timed "volume: two replays in new containers" check_volume
log "SIGTERM"
timed "SIGTERM stop of a busy container" check_sigterm
log "compose"
timed "compose: run --rm sitrep demo, check-config" check_compose
log "sitrep run"
timed "sitrep run: alerts, health, stop, restart" check_run
log "layers"
timed "rebuild after a code change" check_layers

[ "$ENGINE" = podman ] && podman image prune -f >/dev/null 2>&1 || true

log "summary ($ENGINE)"
printf '%s\n' "${TIMINGS[@]}"
printf '%-44s %6ss\n' "total" "$(elapsed "$T0")"
printf 'image %s: %s%s\n' "$IMAGE" "$(image_size)" "${BASE_IMAGE:+ (base $BASE_IMAGE)}"
# The last line is the plain count CI reads ("N passed, N failed"): this script runs last in
# .ci/run, after pytest's own summary.
echo "container-test: $PASSES passed, $FAILURES failed"
[ "$FAILURES" -eq 0 ]
