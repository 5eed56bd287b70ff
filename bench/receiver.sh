# The webhook receiver of the benchmarks: nginx as the bench's own process (its config, pid and
# logs under $WORK/nginx, never the system's service), answering 204 to every delivery, so that a
# figure is Roster's cost and not the receiver's. Sourced by bench/run.sh and bench/webhook-overhead.sh.
#
#   start_receiver PORT   installs nginx from Debian's packages when missing, and starts it
#   received              the receiver's count of requests, each read of the count included
#   stop_receiver

start_receiver() {
  RECEIVER_PORT="$1"
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { apt-get install -y nginx >/dev/null 2>&1 \
    || { apt-get update >/dev/null && apt-get install -y nginx >/dev/null; }; }
  local dir="$WORK/nginx"
  mkdir -p "$dir"
  # /status (stub_status) counts the requests served, each read of it included.
  cat > "$dir/nginx.conf" <<EOF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy; fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi; scgi_temp_path $dir/scgi;
  server {
    listen 127.0.0.1:$RECEIVER_PORT; keepalive_requests 1000000;
    location = /status { stub_status; }
    location / { return 204; }
  }
}
EOF
  "$(command -v nginx || echo /usr/sbin/nginx)" -c "$dir/nginx.conf" -p "$dir"
}

received() { curl -sf "http://127.0.0.1:$RECEIVER_PORT/status" | awk 'NR == 3 {print $3}'; }

stop_receiver() { [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true; }
