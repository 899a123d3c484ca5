#!/usr/bin/env bash
# A private MariaDB server for the test suite, without systemd.
#
#   mariadb-fixture.sh start DIR   wipe DIR, initialise a data directory in it,
#                                  start mariadbd on a free 127.0.0.1 port and
#                                  write DIR/port and DIR/env
#   mariadb-fixture.sh stop DIR    shut the server down and remove DIR
#   mariadb-fixture.sh restart DIR start a killed server again (same data, port)
#
# UC_MARIADB_EXTRA_ARGS: more mariadbd options, split at spaces (e.g. the
# --ssl-ca/--ssl-cert/--ssl-key of a TLS test's own server).
#
# Tests connect over TCP as user `uc` (password in DIR/env); root can connect
# through the socket named in DIR/env without a password.
set -euo pipefail

readonly TEST_USER=uc
readonly TEST_PASSWORD=uc-test-password

die() {
    echo "mariadb-fixture: $*" >&2
    exit 1
}

usage() {
    die "usage: $0 start|stop|restart DIR"
}

[[ $# -eq 2 ]] || usage
action=$1
dir=$2
[[ -n $dir && $dir != / ]] || die "refusing to use '$dir' as the fixture directory"

for tool in mariadbd mariadb-install-db mariadb-admin mariadb; do
    command -v "$tool" >/dev/null 2>&1 || [[ -x /usr/sbin/$tool ]] ||
        die "$tool not found (install mariadb-server)"
done
PATH=$PATH:/usr/sbin:/usr/local/sbin

# The unix socket path must fit in sun_path (108 bytes); fall back to /tmp.
socket_path() {
    local sock=$1/sock
    if ((${#sock} > 100)); then
        sock=/tmp/uc-mariadb-$(printf '%s' "$1" | md5sum | cut -c1-12).sock
    fi
    printf '%s\n' "$sock"
}

# Is the process in PIDFILE alive and a mariadbd?
server_pid() {
    local pidfile=$1/pid pid
    [[ -s $pidfile ]] || return 1
    pid=$(<"$pidfile")
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    grep -q mariadbd "/proc/$pid/comm" 2>/dev/null || return 1
    # A killed server may linger as a zombie where nothing reaps orphans.
    [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]] || return 1
    printf '%s\n' "$pid"
}

stop_server() {
    local d=$1 sock pid i
    [[ -d $d ]] || return 0
    sock=$(socket_path "$d")
    if pid=$(server_pid "$d"); then
        mariadb-admin --no-defaults --socket="$sock" --user=root \
            --connect-timeout=2 shutdown >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < 100; ++i)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "mariadb-fixture: mariadbd $pid did not stop in 10 s; killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
            sleep 0.2
        fi
    fi
    rm -f "$sock"
    rm -rf "$d"
}

# Starts mariadbd on data dir $1/data and port $2 in the background; sets pid.
launch_server() {
    local d=$1 port=$2 user sock
    user=$(id -un)
    sock=$(socket_path "$d")
    rm -f "$d/pid" "$d/err.log"
    # Its own temporary folder: a clean-up of /tmp by anything else on the
    # machine must not delete the server's temporary tables under it.
    mkdir -p "$d/tmp"
    # setsid + all descriptors redirected: ctest must not wait on it.
    setsid nohup mariadbd --no-defaults --datadir="$d/data" --user="$user" \
        --socket="$sock" --port="$port" --bind-address=127.0.0.1 \
        --pid-file="$d/pid" --log-error="$d/err.log" --tmpdir="$d/tmp" \
        --skip-name-resolve --skip-log-bin --innodb-buffer-pool-size=64M \
        --innodb-flush-log-at-trx-commit=2 --max-connections=500 \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
        ${UC_MARIADB_EXTRA_ARGS:-} \
        </dev/null >/dev/null 2>&1 &
    pid=$!
}

# Waits up to 30 s for the server in $1 to answer; 0 when it does.
wait_for_server() {
    local d=$1 sock i
    sock=$(socket_path "$d")
    for ((i = 0; i < 300; ++i)); do
        mariadb-admin --no-defaults --socket="$sock" --user=root \
            --connect-timeout=1 ping >/dev/null 2>&1 && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# Starts a stopped or killed server again on its data and port (crash
# recovery included), for the fault-injection tests.
restart_server() {
    local d=$1
    [[ -s $d/port ]] || die "no server was started in $d"
    server_pid "$d" >/dev/null && die "the server in $d is still running"
    launch_server "$d" "$(<"$d/port")"
    wait_for_server "$d" || { cat "$d/err.log" >&2; die "mariadbd did not restart"; }
    echo "$pid" >"$d/pid.restarted"
    echo "mariadb-fixture: restarted (pid $pid)"
}

port_in_use() {
    # A successful connect means something listens there.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_server() {
    local d=$1 user sock port pid attempt i
    user=$(id -un)

    stop_server "$d" # a stale directory from an earlier (crashed) run
    mkdir -p "$d"
    d=$(cd "$d" && pwd)
    sock=$(socket_path "$d")
    rm -f "$sock"

    if ! mariadb-install-db --no-defaults --datadir="$d/data" --user="$user" \
        --auth-root-authentication-method=normal --skip-test-db \
        >"$d/install.log" 2>&1; then
        cat "$d/install.log" >&2
        die "mariadb-install-db failed"
    fi

    for ((attempt = 1; attempt <= 10; ++attempt)); do
        port=$((20000 + RANDOM % 40001))
        port_in_use "$port" && continue

        launch_server "$d" "$port"

        for ((i = 0; i < 300; ++i)); do
            if mariadb-admin --no-defaults --socket="$sock" --user=root \
                --connect-timeout=1 ping >/dev/null 2>&1; then
                break
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done

        if kill -0 "$pid" 2>/dev/null &&
            mariadb-admin --no-defaults --socket="$sock" --user=root ping >/dev/null 2>&1; then
            break
        fi
        if kill -0 "$pid" 2>/dev/null; then
            kill -KILL "$pid" 2>/dev/null || true
            cat "$d/err.log" >&2 2>/dev/null || true
            die "mariadbd did not answer within 30 s"
        fi
        if grep -qiE 'bind on tcp/ip port|address already in use' "$d/err.log" 2>/dev/null; then
            echo "mariadb-fixture: port $port taken, retrying" >&2
            pid=
            continue
        fi
        cat "$d/err.log" >&2 2>/dev/null || true
        die "mariadbd exited during start-up"
    done
    [[ -n ${pid:-} ]] || die "no free port found after 10 attempts"
    [[ -s $d/pid ]] || echo "$pid" >"$d/pid"

    mariadb --no-defaults --socket="$sock" --user=root <<SQL || die "creating user $TEST_USER failed"
CREATE USER '$TEST_USER'@'127.0.0.1' IDENTIFIED BY '$TEST_PASSWORD';
CREATE USER '$TEST_USER'@'localhost' IDENTIFIED BY '$TEST_PASSWORD';
CREATE USER '$TEST_USER'@'%' IDENTIFIED BY '$TEST_PASSWORD';
GRANT ALL ON *.* TO '$TEST_USER'@'127.0.0.1' WITH GRANT OPTION;
GRANT ALL ON *.* TO '$TEST_USER'@'localhost' WITH GRANT OPTION;
GRANT ALL ON *.* TO '$TEST_USER'@'%' WITH GRANT OPTION;
FLUSH PRIVILEGES;
SQL

    cat >"$d/env" <<ENV
UC_TEST_MARIADB_HOST=127.0.0.1
UC_TEST_MARIADB_PORT=$port
UC_TEST_MARIADB_USER=$TEST_USER
UC_TEST_MARIADB_PASSWORD=$TEST_PASSWORD
UC_TEST_MARIADB_SOCKET=$sock
ENV
    echo "$port" >"$d/port"
    echo "mariadb-fixture: MariaDB (pid $(<"$d/pid")) listening on 127.0.0.1:$port, data in $d"
}

case $action in
start) start_server "$dir" ;;
restart) restart_server "$dir" ;;
stop)
    stop_server "$dir"
    echo "mariadb-fixture: stopped, $dir removed"
    ;;
*) usage ;;
esac
