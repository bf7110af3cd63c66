# Shared by the start-/stop- scripts (sourced, not run): a service started in the background and known by its PID file.

# wait_ready PIDFILE LOG SECONDS NAME COMMAND...: polls COMMAND every 0.2 s until it succeeds; when the process dies or
# SECONDS pass, prints the log's last lines, stops the process, removes the PID file and exits 1.
wait_ready() {
  pidfile="$1" log="$2" tries=$(($3 * 5)) name="$4"
  shift 4
  i=0
  until "$@" >/dev/null 2>&1; do
    if ! kill -0 "$(cat "$pidfile")" 2>/dev/null || [ $i -ge $tries ]; then
      echo "$name did not start; last log lines:" >&2
      tail -n 20 "$log" >&2
      kill "$(cat "$pidfile")" 2>/dev/null || true
      rm -f "$pidfile"
      exit 1
    fi
    i=$((i + 1))
    sleep 0.2
  done
}

# stop_pid PIDFILE SECONDS: TERM the process, wait up to SECONDS for it to exit, then KILL it.
stop_pid() {
  pidfile="$1" tries=$(($2 * 5))
  [ -f "$pidfile" ] || return 0
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    i=0
    while kill -0 "$pid" 2>/dev/null; do
      if [ $i -ge $tries ]; then kill -KILL "$pid" 2>/dev/null || true; break; fi
      i=$((i + 1))
      sleep 0.2
    done
  fi
  rm -f "$pidfile"
}
