"""gunicorn's settings for production: `gunicorn paijat.wsgi` reads this file by itself.

Every value can still be overridden on the command line or with GUNICORN_CMD_ARGS.
"""

import os

import gunicorn
import gunicorn.http.wsgi

# The `Server` header names no software or version to the world (the response module copies
# the name when it is imported, so both are set).
gunicorn.SERVER = gunicorn.http.wsgi.SERVER = "paijathamalaiset"

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
# A request that takes longer than this is a bug or an attack; the worker is replaced.
timeout = 30
graceful_timeout = 30
# Recycle workers now and then, so a slow leak never grows without bound.
max_requests = 2000
max_requests_jitter = 200
# Only the proxy on this host may set X-Forwarded-* (TRUSTED_PROXIES decides what the app
# believes of X-Forwarded-For).
forwarded_allow_ips = "127.0.0.1,::1"
# Bounds on the request line and headers (gunicorn's defaults, stated).
limit_request_line = 4094
limit_request_fields = 100
