"""Fetch one web page the user asked for: the app's only network access.

:func:`fetch_bytes` is the one download path (pages here; feeds and documents reuse
it), with limits a hostile or broken server cannot get around:

* only http(s), also after redirects (urllib would follow a redirect to ftp://);
  no file:// or other handlers are installed at all; at most ``MAX_REDIRECTS``;
* one **overall deadline** for the whole download (connect, TLS, headers, body): a
  watchdog shuts the socket down when it passes, so a server trickling a byte every
  few seconds cannot hold the import;
* a size limit checked against ``Content-Length`` before reading and while reading;
* a body shorter than its ``Content-Length`` (or a broken chunked body) is refused,
  never imported cut short;
* a content-type check, and messages a person understands ("Could not reach
  example.org: connection refused"), never an errno dump.

The body is then parsed offline like a saved page.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import urllib.response
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import urljoin, urlsplit

from ..messages import Message
from ..models import ImportedArticle
from .decode import MAX_BYTES, decode_bytes
from .errors import ImportFailed

USER_AGENT = "Kutip/0.1 (+news reader; fetches a page on user request)"
DEADLINE = 30.0  # seconds for the whole download
MAX_REDIRECTS = 5
PAGE_TYPES = ("text/", "html", "xml")
ACCEPT = "text/html, text/plain;q=0.9"
_CHUNK = 64 * 1024


@dataclass
class Download:
    data: bytes
    url: str  # after redirects
    charset: str | None
    content_type: str


def check_url(url: str) -> str:
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        raise ImportFailed(Message("import.url-invalid", "not a valid web address: {url!r}",
                                   url=url)) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise ImportFailed(Message("import.url-scheme", "only http:// and https:// addresses "
                                   "can be fetched, not {url!r}", url=url))
    if not host:
        raise ImportFailed(Message("import.url-invalid", "not a valid web address: {url!r}",
                                   url=url))
    return url


def fetch_url(url: str, timeout: float = DEADLINE,
              should_cancel: Callable[[], bool] | None = None) -> ImportedArticle:
    """Download ``url`` (see :func:`fetch_bytes`) and extract the article."""
    return article_from_download(fetch_bytes(url, deadline=timeout, should_cancel=should_cancel),
                                 url)


def article_from_download(got: Download, url: str) -> ImportedArticle:
    """Extract the article from a finished download of ``url`` (offline)."""
    from . import _finish, _guard, bytes_hash

    def parse() -> ImportedArticle:
        text = decode_bytes(got.data, declared=got.charset)
        if got.content_type.startswith("text/plain"):
            from .news_text import parse_news_text

            art = parse_news_text(text)
        else:
            from .html_page import parse_html

            art = parse_html(text, url=got.url)
        art.url = art.url or got.url
        art = _finish(art, url.strip(), "url")
        art.original_hash = bytes_hash(got.data)
        return art

    return _guard(parse)


def download(url: str, timeout: float = DEADLINE, limit: int | None = None,
             accept: str = ACCEPT) -> tuple[bytes, str, str | None, str]:
    """``(body, final URL, charset, content type)``: :func:`fetch_bytes` as a tuple (feeds)."""
    got = fetch_bytes(url, deadline=timeout, max_bytes=limit, accept_header=accept)
    return got.data, got.url, got.charset, got.content_type


def fetch_bytes(url: str, deadline: float = DEADLINE, max_bytes: int | None = None,
                accept: tuple[str, ...] = PAGE_TYPES, accept_header: str = ACCEPT,
                should_cancel: Callable[[], bool] | None = None) -> Download:
    """Download ``url`` whole within ``deadline`` seconds, or raise ImportFailed saying why.

    ``accept`` lists content-type prefixes or fragments that are welcome (``accept_header``
    is what the request asks for); ``max_bytes`` defaults to ``MAX_BYTES`` (read when
    called, so it can be lowered at run time); ``should_cancel`` is asked between reads.
    """
    url = check_url(url)
    host = urlsplit(url).hostname or url
    limit = MAX_BYTES if max_bytes is None else max_bytes
    watch = _Watchdog(deadline)
    try:
        with watch:
            return _download(url, host, watch, limit, accept, accept_header, should_cancel)
    except ImportFailed:
        raise
    except Exception as e:  # noqa: BLE001 - every failure becomes one sentence
        if watch.answered and (watch.expired or isinstance(e, TimeoutError)):
            raise ImportFailed(Message(
                "net.stalled", "{host} did not send the whole page within {seconds:g} "
                "seconds; nothing was imported, try again later", host=host,
                seconds=deadline)) from None
        if watch.expired or isinstance(e, TimeoutError):
            raise ImportFailed(Message("net.timeout", "{host} did not answer within {seconds:g} "
                                       "seconds; try again later", host=host,
                                       seconds=deadline)) from None
        raise ImportFailed(_explain(e, host, deadline)) from None


def _download(url: str, host: str, watch: _Watchdog, limit: int, accept: tuple[str, ...],
              accept_header: str, should_cancel: Callable[[], bool] | None) -> Download:
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT, "Accept": accept_header, "Accept-Encoding": "identity"})
    with _opener(watch).open(request, timeout=watch.socket_timeout()) as response:
        watch.answered = True  # headers came: from now on a stall is a body cut short
        ctype = (response.headers.get_content_type() or "").lower()
        if ctype and not any(ctype.startswith(a) or a in ctype for a in accept):
            raise ImportFailed(Message("import.url-not-page", "not a web page (content type "
                                       "{type})", type=ctype))
        length = response.headers.get("Content-Length", "").strip()
        expected = int(length) if length.isdigit() else None
        if expected is not None and expected > limit:
            raise ImportFailed(Message("import.page-too-large", "page too large ({size}; the "
                                       "limit is {limit})", size=_mb(expected),
                                       limit=_mb(limit)))
        chunks, size = [], 0
        while True:
            if should_cancel and should_cancel():
                raise ImportFailed(Message("import.cancelled", "cancelled; nothing was imported"))
            if watch.expired:
                raise TimeoutError
            try:
                chunk = response.read1(_CHUNK)
            except http.client.IncompleteRead as e:
                raise ImportFailed(_cut_off(host, size + len(e.partial), expected)) from None
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise ImportFailed(Message("import.page-over-limit", "page too large (over "
                                           "{limit})", limit=_mb(limit)))
        if watch.expired:
            raise TimeoutError
        if expected is not None and size != expected:
            raise ImportFailed(_cut_off(host, size, expected))
        return Download(b"".join(chunks), response.geturl(),
                        response.headers.get_content_charset(), ctype)


def _cut_off(host: str, got: int, expected: int | None) -> str:
    if expected:
        return Message("net.cut-off-of", "the download from {host} was cut off ({got:,} of "
                       "{expected:,} bytes arrived); nothing was imported, try again",
                       host=host, got=got, expected=expected)
    return Message("net.cut-off", "the download from {host} was cut off ({got:,} bytes "
                   "arrived); nothing was imported, try again", host=host, got=got)


def _mb(n: int) -> str:
    if n >= 1024 * 1024:
        return Message("import.size-mb", "{mb} MB", mb=n // (1024 * 1024))
    return Message("import.size-bytes", "{n:,} bytes", n=n)


def _explain(error: BaseException, host: str, deadline: float) -> str:
    """One sentence for a person, from whatever urllib, http.client, ssl or socket raised."""
    if isinstance(error, urllib.error.HTTPError):
        if 300 <= error.code < 400:
            return Message("net.redirects", "{host} redirects too often (more than {limit} "
                           "times)", host=host, limit=MAX_REDIRECTS)
        return http_message(error.code, str(error.reason or ""))
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, str):
        return Message("net.unreachable-because", "{host} cannot be reached ({reason})",
                       host=host, reason=reason)
    if isinstance(reason, ConnectionResetError):
        return Message("net.reset", "{host} reset the connection; try again later", host=host)
    if isinstance(reason, (http.client.RemoteDisconnected, http.client.BadStatusLine)):
        return Message("net.closed", "{host} closed the connection without answering",
                       host=host)
    if isinstance(reason, http.client.HTTPException):
        return Message("net.bad-http", "{host} sent an answer that is not valid HTTP", host=host)
    return network_message(reason, host, deadline)


def http_message(code: int, reason: str = "") -> str:
    """An HTTP error status in plain words."""
    words = {401: Message("http.401", "the page needs a login (HTTP {code})", code=code),
             403: Message("http.403", "the site refuses access to this page (HTTP {code})",
                          code=code),
             404: Message("http.404", "the page was not found (the address may be wrong or the "
                          "page removed) (HTTP {code})", code=code),
             410: Message("http.410", "the page has been removed (HTTP {code})", code=code),
             429: Message("http.429", "the site asks to wait: too many requests (HTTP {code})",
                          code=code)}
    if code in words:
        return words[code]
    if code >= 500:
        return Message("http.5xx", "the site has a problem of its own; try again later (HTTP "
                       "{code})", code=code)
    if not reason:
        return Message("http.error", "the site answered with an error (HTTP {code})", code=code)
    return Message("http.error-reason", "the site answered with an error (HTTP {code} {reason})",
                   code=code, reason=reason)


def network_message(reason: object, host: str, timeout: float = 20) -> str:
    """Why a page could not be reached, in plain words (no errno, no exception names)."""
    if isinstance(reason, socket.gaierror):
        return Message("net.no-address", "the address {host} was not found: check its "
                       "spelling and that this computer is online", host=host)
    if isinstance(reason, ConnectionRefusedError):
        return Message("net.refused", "{host} refused the connection", host=host)
    if isinstance(reason, TimeoutError | socket.timeout):
        return Message("net.timeout", "{host} did not answer within {seconds:g} seconds; try "
                       "again later", host=host, seconds=timeout)
    if isinstance(reason, ssl.SSLCertVerificationError):
        return Message("net.certificate", "the secure connection to {host} could not be "
                       "trusted (certificate problem)", host=host)
    if isinstance(reason, ssl.SSLError):
        return Message("net.tls", "the secure connection to {host} failed", host=host)
    if isinstance(reason, OSError) and reason.errno in (101, 113):  # network/host unreachable
        return Message("net.offline", "{host} cannot be reached: is this computer online?",
                       host=host)
    return Message("net.unreachable", "{host} cannot be reached", host=host)


class _Watchdog:
    """Shuts down every socket of one download when its deadline passes."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.end = time.monotonic() + deadline
        self.expired = False
        self.answered = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(deadline, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.cancel()

    def socket_timeout(self) -> float:
        return max(0.05, min(self.end - time.monotonic(), self.deadline))

    def add(self, sock: socket.socket) -> socket.socket:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shutdown(sock)
        return sock

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shutdown(sock)

    def watched(self, connection: http.client.HTTPConnection) -> http.client.HTTPConnection:
        """``connection`` with every socket it opens handed to this watchdog as soon as it is
        connected, so the deadline can shut it down at any stage of the download."""
        # http.client opens its sockets through this (private, stable since Python 3.3)
        # attribute, which typeshed does not declare: hence getattr/setattr
        create: Callable[..., socket.socket] = getattr(connection, "_create_connection")  # noqa: B009
        watch = self

        def create_watched(*args: Any, **kwargs: Any) -> socket.socket:
            return watch.add(create(*args, **kwargs))

        setattr(connection, "_create_connection", create_watched)  # noqa: B010
        return connection


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def http_error_302(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                       headers: http.client.HTTPMessage) -> urllib.response.addinfourl | None:
        target = urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        if urlsplit(target).scheme.lower() not in ("http", "https"):
            raise ImportFailed(Message("net.redirect-scheme", "refusing redirect to a non-http "
                                       "address: {target}", target=target))
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener(watch: _Watchdog) -> urllib.request.OpenerDirector:
    class Http(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            def connect(host: str, /, **kwargs: Any) -> http.client.HTTPConnection:
                return watch.watched(http.client.HTTPConnection(host, **kwargs))

            return self.do_open(connect, req)

    class Https(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            def connect(host: str, /, **kwargs: Any) -> http.client.HTTPConnection:
                # no context given: HTTPSConnection makes the default one, as the
                # handler itself would (certificates and host names verified)
                return watch.watched(http.client.HTTPSConnection(host, **kwargs))

            return self.do_open(connect, req)

    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), Http(), Https(),
                    urllib.request.HTTPDefaultErrorHandler(), _HttpOnlyRedirects(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener
