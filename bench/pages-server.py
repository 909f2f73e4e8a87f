#!/usr/bin/env python3
"""Serves a built site folder the way GitHub Pages does, for measuring pages in a browser.

usage: bench/pages-server.py DIR PORT   (binds 127.0.0.1)

Like GitHub Pages: a folder's index.html at its address (`/essays/x` redirects to `/essays/x/`), the
site's own 404.html with status 404 for anything missing, gzip for text when the browser accepts it
(HTML, CSS, JavaScript, JSON, XML, SVG), `Cache-Control: max-age=600`, and correct types. Without gzip
a browser would download several times the bytes a reader does, and Lighthouse's simulated
throttling would charge every page for it. Stdlib only; one thread per request.
"""
import gzip
import http.server
import os
import sys

COMPRESSED = ("text/", "application/javascript", "application/json", "application/xml", "application/atom+xml", "image/svg+xml")


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as browsers and Pages use
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".js": "application/javascript", ".json": "application/json", ".xml": "application/xml",
                      ".webp": "image/webp", ".svg": "image/svg+xml", ".html": "text/html; charset=utf-8",
                      ".css": "text/css; charset=utf-8"}

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and not self.path.split("?", 1)[0].endswith("/"):
            return super().send_head()  # the 301 to the folder's address with a slash
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        status = 200
        if not os.path.isfile(path):
            path, status = os.path.join(self.directory, "404.html"), 404
        with open(path, "rb") as f:
            body = f.read()
        kind = self.guess_type(path)
        if kind.startswith(COMPRESSED) and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, compresslevel=6, mtime=0)
            encoded = True
        else:
            encoded = False
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if encoded:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return _Body(body)


class _Body:
    """What send_head returns: something copyfile can read and close."""

    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def main():
    folder, port = sys.argv[1], int(sys.argv[2])
    handler = lambda *a, **k: PagesHandler(*a, directory=folder, **k)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
