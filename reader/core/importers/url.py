"""Fetch one web page the user asked for: the app's only network access.

Only http(s), also after redirects (urllib would follow a redirect to ftp://);
no file:// or other handlers are installed at all.  The body is capped at
MAX_BYTES and then parsed offline like a saved page.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urljoin, urlsplit

from ..models import ImportedArticle
from .decode import MAX_BYTES, decode_bytes
from .errors import ImportFailed

USER_AGENT = "Kutip/0.1 (+news reader; fetches a page on user request)"


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def http_error_302(self, req, fp, code, msg, headers):
        target = urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        if urlsplit(target).scheme.lower() not in ("http", "https"):
            raise ImportFailed(f"refusing redirect to a non-http address: {target}")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener() -> urllib.request.OpenerDirector:
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(),
                    urllib.request.HTTPSHandler(), urllib.request.HTTPDefaultErrorHandler(),
                    _HttpOnlyRedirects(), urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def check_url(url: str) -> str:
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise ImportFailed(f"only http:// and https:// addresses can be fetched, not {url!r}")
    if not parts.hostname:
        raise ImportFailed(f"not a valid web address: {url!r}")
    return url


def fetch_url(url: str, timeout: float = 20) -> ImportedArticle:
    """Download ``url`` (http/https only, at most MAX_BYTES) and extract the article."""
    url = check_url(url)
    data, final_url, charset, ctype = download(url, timeout)
    from . import _finish, _guard

    def parse() -> ImportedArticle:
        text = decode_bytes(data, declared=charset)
        if ctype.startswith("text/plain"):
            from .news_text import parse_news_text

            art = parse_news_text(text)
        else:
            from .html_page import parse_html

            art = parse_html(text, url=final_url)
        art.url = art.url or final_url
        return _finish(art, url, "url")

    return _guard(parse)


def http_message(code: int, reason: str = "") -> str:
    """An HTTP error status in plain words."""
    words = {401: "the page needs a login", 403: "the site refuses access to this page",
             404: "the page was not found (the address may be wrong or the page removed)",
             410: "the page has been removed", 429: "the site asks to wait: too many requests"}
    if code in words:
        return f"{words[code]} (HTTP {code})"
    if code >= 500:
        return f"the site has a problem of its own; try again later (HTTP {code})"
    return f"the site answered with an error (HTTP {code} {reason})".replace(" )", ")")


def network_message(reason, host: str, timeout: float = 20) -> str:
    """Why a page could not be reached, in plain words (no errno, no exception names)."""
    import socket
    import ssl

    if isinstance(reason, socket.gaierror):
        return (f"the address {host} was not found: check its spelling and that this "
                "computer is online")
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection"
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"{host} did not answer within {timeout:g} seconds; try again later"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"the secure connection to {host} could not be trusted (certificate problem)"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection to {host} failed"
    if isinstance(reason, OSError) and reason.errno in (101, 113):  # network/host unreachable
        return f"{host} cannot be reached: is this computer online?"
    return f"{host} cannot be reached"


def download(url: str, timeout: float = 20, limit: int | None = None,
             accept: str = "text/html, text/plain;q=0.9") -> tuple[bytes, str, str | None, str]:
    """``(body, final URL, charset, content type)`` of ``url``, with the limits and the
    one-line messages every download shares (pages and feeds). ``limit`` is in bytes
    (default ``MAX_BYTES``)."""
    url = check_url(url)
    limit = MAX_BYTES if limit is None else limit
    try:
        return _download(url, timeout, limit, accept)
    except ImportFailed:
        raise
    except urllib.error.HTTPError as e:
        raise ImportFailed(http_message(e.code, e.reason)) from None
    except urllib.error.URLError as e:
        raise ImportFailed(network_message(e.reason, urlsplit(url).hostname or url,
                                           timeout)) from None
    except TimeoutError:
        raise ImportFailed(f"the server did not answer within {timeout:g} seconds; "
                           "try again later") from None
    except (OSError, ValueError) as e:
        raise ImportFailed(f"download failed: {e}") from None


def _download(url: str, timeout: float, limit: int,
              accept: str = "text/html, text/plain;q=0.9") -> tuple[bytes, str, str | None, str]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": accept})
    with _opener().open(request, timeout=timeout) as response:
        ctype = (response.headers.get_content_type() or "").lower()
        if ctype and not (ctype.startswith("text/") or "html" in ctype or "xml" in ctype):
            raise ImportFailed(f"not a web page (content type {ctype})")
        length = response.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > limit:
            raise ImportFailed(f"page too large ({int(length) // (1024 * 1024)} MB; "
                               f"the limit is {limit // (1024 * 1024)} MB)")
        data = response.read(limit + 1)
        if len(data) > limit:
            raise ImportFailed(f"page too large (over {limit // (1024 * 1024)} MB)")
        return data, response.geturl(), response.headers.get_content_charset(), ctype
