"""A local mirror of news sites, served on 127.0.0.1: the demo and the tests crawl it.

A mirror answers `GET /HOST/PATH?QUERY` with the saved copy of
`https://HOST/PATH?QUERY` (see `kenews crawl --mirror`). `fixture_routes()`
builds the route table from the sample pages every site ships in
`spiders/fixtures/<site>/`, whose `meta.json` maps each file to its real URL.

Run it by hand: `python -m aggregator.mirror --port 8800`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

FIXTURES = Path(__file__).resolve().parent.parent / "spiders" / "fixtures"

CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml; charset=utf-8",
                 ".json": "application/json", ".txt": "text/plain; charset=utf-8"}


def route_key(url: str) -> str:
    parts = urlsplit(url)
    key = parts.netloc + (parts.path or "/")
    return key + (f"?{parts.query}" if parts.query else "")


def fixture_routes(sites=None, root: Path = FIXTURES) -> dict[str, Path]:
    """Route key → file, from every site's `meta.json` (or only the named sites')."""
    routes: dict[str, Path] = {}
    for meta in sorted(root.glob("*/meta.json")):
        if sites and meta.parent.name not in sites:
            continue
        for filename, url in json.loads(meta.read_text(encoding="utf-8")).items():
            routes[route_key(url)] = meta.parent / filename
    return routes


class MirrorServer:
    """Serve a route table on 127.0.0.1 in a background thread; `url` is its base URL."""

    def __init__(self, routes: dict[str, Path | bytes], port: int = 0):
        self.routes = dict(routes)
        handler = type("MirrorHandler", (_Handler,), {"server_routes": self.routes})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "MirrorServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    server_routes: dict = {}

    def do_GET(self):
        key = self.path.lstrip("/")
        target = self.server_routes.get(key) or self.server_routes.get(key.split("?", 1)[0])
        if target is None:
            self.send_error(404, "not in the mirror")
            return
        if isinstance(target, Path):
            body, suffix = target.read_bytes(), target.suffix
        else:
            body, suffix = target, ".html"
        # Like any static server: an ETag, and 304 when the client already holds this version.
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("ETag", etag)
        self.send_header("Content-Type", CONTENT_TYPES.get(suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # the crawl's own log says what was fetched
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve every site's sample pages as a local mirror.")
    parser.add_argument("--port", type=int, default=8800)
    args = parser.parse_args()
    server = MirrorServer(fixture_routes(), port=args.port)
    print(f"mirror of {len(server.routes)} pages at {server.url}", flush=True)
    server.httpd.serve_forever()


if __name__ == "__main__":
    main()
