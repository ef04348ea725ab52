//! Records for the 3xx codes.

use super::types::*;

pub static CODES: &[Status] = &[
    Status {
        code: 300,
        name: "Multiple Choices",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.4.1"),
        }),
        summary: "Several representations exist; the client should pick one.",
        meaning: "The target resource has more than one representation, each with its own URI, and \
                  the server lists them so that the user or user agent can choose (reactive \
                  negotiation, RFC 9110 §12.2). For methods other than HEAD the server SHOULD send \
                  content describing the alternatives (RFC 9110 §15.4.1), but there is no standard \
                  format for that list, so automatic selection is unreliable. If the server has a \
                  preferred choice it SHOULD name it in Location, which a user agent MAY follow.",
        use_when: &[
            "A document exists in several formats or languages and the server cannot or will not pick one for the client, so it lists the alternatives with their URIs.",
            "A short or ambiguous identifier matches several resources and you prefer to offer the candidates rather than guess.",
        ],
        avoid: &[
            "Sending 300 when the server could choose from Accept or Accept-Language: negotiate proactively and send 200 with Vary instead.",
            "Sending 300 without a list of alternatives in the body: the client cannot learn the choices; include links, and Location for a preferred one.",
            "Counting on clients to choose for you: if one answer should simply win, redirect to it with 302 or 307 (301 or 308 if permanent).",
        ],
        on_receipt: "Read the alternatives in the body, and Location if present for the server's \
                     preferred choice, then request the one you want. Do not expect every client to \
                     follow a 300 automatically; one that does not shows the body instead.",
        examples: &[Example {
            title: "A report available as HTML and PDF, HTML preferred",
            request: "GET /docs/annual-report HTTP/1.1\nHost: www.example.com\nAccept: */*",
            response: "HTTP/1.1 300 Multiple Choices\nLocation: /docs/annual-report.html\nContent-Type: text/html; charset=utf-8\nContent-Length: 138\n\n<p>Choose a format:</p>\n<ul>\n<li><a href=\"/docs/annual-report.html\">HTML</a></li>\n<li><a href=\"/docs/annual-report.pdf\">PDF</a></li>\n</ul>",
        }],
        headers: &[
            Header {
                name: "Location",
                usage: HeaderUsage::Should,
                why: "When the server has a preferred choice it should give that URI here, and a user agent may follow it automatically.",
                source: "RFC 9110 §15.4.1; RFC 9110 §10.2.2",
            },
            Header {
                name: "Accept",
                usage: HeaderUsage::Request,
                why: "Preferences the server could not or chose not to resolve on its own lead it to list the alternatives instead.",
                source: "RFC 9110 §12.5.1",
            },
        ],
        cache: Cache::Heuristic("RFC 9110 §15.1"),
        retry: "Not unchanged: the same request gets the same list; make a new request for one of the alternatives.",
        redirect: Some(Redirect {
            permanent: false,
            method: MethodRule::NotFollowedAutomatically,
        }),
        body: Body::Allowed,
        related: &[
            Related {
                code: 406,
                how: "No representation matches the request's Accept headers; 300 offers several that exist.",
            },
            Related {
                code: 302,
                how: "The server picked one target itself and sends the client there automatically.",
            },
            Related {
                code: 200,
                how: "The server negotiated and sent one representation directly, ideally with Vary.",
            },
        ],
        keywords: &[
            "several formats",
            "choose representation",
            "pick a version",
            "alternatives",
            "content negotiation",
            "reactive negotiation",
            "agent-driven negotiation",
            "multiple options",
            "ambiguous",
            "language versions",
            "disambiguation",
        ],
    },
    Status {
        code: 301,
        name: "Moved Permanently",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.4.2"),
        }),
        summary: "The resource has a new permanent URI; use it from now on.",
        meaning: "The target resource now lives at the URI in Location, and future references ought \
                  to use that URI (RFC 9110 §15.4.2). The response is heuristically cacheable (RFC \
                  9110 §15.1), so caches, browsers' included, may keep it for a long time and send \
                  later requests straight to the new URI. For historical reasons \
                  a user agent MAY change POST to GET when following it (RFC 9110 §15.4.2), so it \
                  is only dependable for GET and HEAD; 308 is the method-preserving equivalent.",
        use_when: &[
            "A page or site has moved for good: new URL structure, new domain, or http:// to https://.",
            "Folding duplicate URLs (trailing slash, www and bare domain) into one canonical URL.",
        ],
        avoid: &[
            "Using 301 for a temporary move (maintenance, campaign, A/B test): browsers cache it and may stop asking the old URL; send 302 or 307.",
            "Moving an API endpoint that takes POST, PUT or PATCH with 301: clients may resend as GET without the body; send 308.",
            "Sending 301 without Location: there is nothing to follow, and the server SHOULD include it (RFC 9110 §15.4.2).",
            "Redirecting every removed page to the home page: if the content is gone with no replacement, send 410 or 404.",
        ],
        on_receipt: "Follow Location and update stored links, bookmarks and configuration to the new \
                     URI. If a POST arrived at the new URI as a GET without its body, the server should \
                     have sent 308. A 301 sent by mistake lingers in browser caches; explicit \
                     Cache-Control on redirects limits how long.",
        examples: &[Example {
            title: "A site moved to HTTPS on the www host",
            request: "GET /pricing HTTP/1.1\nHost: example.com\nUser-Agent: Mozilla/5.0\nAccept: text/html",
            response: "HTTP/1.1 301 Moved Permanently\nLocation: https://www.example.com/pricing\nContent-Type: text/html; charset=utf-8\nContent-Length: 56\n\n<a href=\"https://www.example.com/pricing\">Moved here</a>",
        }],
        headers: &[
            Header {
                name: "Location",
                usage: HeaderUsage::Should,
                why: "Carries the new permanent URI that clients follow and store.",
                source: "RFC 9110 §15.4.2; RFC 9110 §10.2.2",
            },
            Header {
                name: "Cache-Control",
                usage: HeaderUsage::May,
                why: "Gives the redirect an explicit lifetime; without one, caches may keep it heuristically for a long time.",
                source: "RFC 9111 §5.2",
            },
        ],
        cache: Cache::Heuristic("RFC 9110 §15.1"),
        retry: "Not at the old URI: send the request to Location instead, and for methods other than GET check that the method and body survived.",
        redirect: Some(Redirect {
            permanent: true,
            method: MethodRule::PostMayBecomeGet,
        }),
        body: Body::Allowed,
        related: &[
            Related {
                code: 308,
                how: "Also permanent, but the method and body must be kept; use it for non-GET endpoints.",
            },
            Related {
                code: 302,
                how: "A temporary move: clients keep using the original URI.",
            },
            Related {
                code: 307,
                how: "A temporary move that also keeps the method and body.",
            },
            Related {
                code: 410,
                how: "The resource is gone for good and has no new URI.",
            },
        ],
        keywords: &[
            "url changed",
            "new url",
            "page moved",
            "domain change",
            "site migration",
            "https redirect",
            "http to https",
            "seo redirect",
            "canonical url",
            "old link",
            "redirect forever",
            "www redirect",
        ],
    },
    Status {
        code: 302,
        name: "Found",
        standing: Standing::Standard,
        former_names: &[Alias {
            name: "Moved Temporarily",
            source: "RFC 1945 §9.3; RFC 2068 §10.3.3; nginx",
        }],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.4.3"),
        }),
        summary: "The resource is temporarily at another URI; keep using the original.",
        meaning: "The target resource is temporarily at the URI in Location, and the client ought to \
                  keep using the original URI for future requests. HTTP/1.0 called it Moved \
                  Temporarily; browsers commonly followed a 302 to a POST with a GET, and RFC 9110 \
                  §15.4.3 now allows that (MAY) for historical reasons. Because of this ambiguity, \
                  303 (switch to GET) and 307 (keep the method) say precisely what 302 leaves open; \
                  for GET and HEAD, 302 and 307 behave the same.",
        use_when: &[
            "Redirecting a GET temporarily: to a login page that sends the user back afterwards, a maintenance page, or a locale-specific page.",
            "A temporary GET redirect that very old clients must also understand: 302 dates from HTTP/1.0 (RFC 1945), while 307 arrived with HTTP/1.1 (RFC 2616).",
        ],
        avoid: &[
            "Redirecting after a form POST with 302 and relying on the browser to switch to GET: say so with 303.",
            "Redirecting a POST, PUT or DELETE call with 302 when the method must survive: some clients resend as GET without the body; send 307.",
            "Using 302 for a permanent move: clients keep requesting the old URL, since a 302 tells them to keep using it (RFC 9110 §15.4.3); send 301 or 308.",
            "Sending 302 without Location, or with a Location copied unchecked from a query parameter: the first leaves nothing to follow, the second is an open redirect.",
        ],
        on_receipt: "Follow Location for this request only and keep using the original URI later. If \
                     the original request was a POST, expect your client to have switched to GET; if \
                     that broke something, the server should send 307.",
        examples: &[Example {
            title: "Sending an anonymous visitor to the login page",
            request: "GET /account/orders HTTP/1.1\nHost: shop.example.com\nAccept: text/html",
            response: "HTTP/1.1 302 Found\nLocation: /login?next=%2Faccount%2Forders\nCache-Control: no-store\nContent-Length: 0",
        }],
        headers: &[Header {
            name: "Location",
            usage: HeaderUsage::Should,
            why: "Carries the temporary URI that the client follows for this request.",
            source: "RFC 9110 §15.4.3; RFC 9110 §10.2.2",
        }],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Not at the original URI for this exchange: follow Location, and keep using the original URI for later requests.",
        redirect: Some(Redirect {
            permanent: false,
            method: MethodRule::PostMayBecomeGet,
        }),
        body: Body::Allowed,
        related: &[
            Related {
                code: 303,
                how: "Explicitly makes the follow-up a GET; the right code after a form POST.",
            },
            Related {
                code: 307,
                how: "Temporary as well, but the method and body must be kept.",
            },
            Related {
                code: 301,
                how: "The move is permanent and clients should update their links.",
            },
            Related {
                code: 401,
                how: "For an API call without credentials, clearer than a 302 to an HTML login page.",
            },
        ],
        keywords: &[
            "moved temporarily",
            "temporarily moved",
            "temporary move",
            "redirect to login",
            "login redirect",
            "default redirect",
            "res.redirect",
            "redirect",
            "maintenance redirect",
            "moved_temporarily",
            "post becomes get",
        ],
    },
    Status {
        code: 303,
        name: "See Other",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.4.4"),
        }),
        summary: "The answer is at another URI; fetch it with GET, whatever the method was.",
        meaning: "The server sends the client to a different resource, named in Location, as an \
                  indirect answer to the original request; the follow-up is a GET (or HEAD). Its main \
                  use is after a POST: the client lands on a resource showing the outcome, which can \
                  be bookmarked, cached and reloaded without resubmitting (Post/Redirect/Get). The \
                  new URI is not a replacement for the original target, so a 303 says nothing about \
                  where the original resource lives (RFC 9110 §15.4.4).",
        use_when: &[
            "After a form POST succeeds, to send the browser to a result or confirmation page so that reloading does not resubmit.",
            "When a POST would create a duplicate of an existing resource, to point at that resource instead (RFC 9110 §9.3.3).",
            "When a finished job's status resource points the client to the result, e.g. GET /exports/7f3a redirecting to the file.",
        ],
        avoid: &[
            "Using 302 for the redirect after a POST: browsers switch to GET only by historical habit; 303 states it.",
            "Using 303 when the client must repeat the same method and body at the new URI: send 307, or 308 if permanent.",
            "Using 303 to announce that a resource has moved: it says nothing about the original URI; send 301/308 or 302/307.",
            "Redirecting after a form POST that failed validation: the input is lost; re-render the form with the errors, or answer an API call with 400 or 422.",
        ],
        on_receipt: "Fetch the Location URI with GET (or HEAD), without the original body, and treat \
                     the result as the answer to the original request. Do not replace the original \
                     URI with the new one in stored links.",
        examples: &[
            Example {
                title: "Post/Redirect/Get after an order form",
                request: "POST /orders HTTP/1.1\nHost: shop.example.com\nContent-Type: application/x-www-form-urlencoded\nContent-Length: 17\n\nsku=BOOT-42&qty=1",
                response: "HTTP/1.1 303 See Other\nLocation: /orders/8231/confirmation\nContent-Type: text/html; charset=utf-8\nContent-Length: 54\n\n<a href=\"/orders/8231/confirmation\">See your order</a>",
            },
            Example {
                title: "A finished export job pointing to its file",
                request: "GET /v1/exports/7f3a HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer 9f2c...",
                response: "HTTP/1.1 303 See Other\nLocation: https://files.example.com/exports/7f3a.csv\nContent-Length: 0",
            },
        ],
        headers: &[Header {
            name: "Location",
            usage: HeaderUsage::Should,
            why: "303 is defined as a redirect to the URI in Location (RFC 2616 said that URI SHOULD be given there); without it the client has nothing to fetch.",
            source: "RFC 9110 §15.4.4; RFC 2616 §10.3.4; RFC 9110 §10.2.2",
        }],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Do not resend the original request, which would repeat its effect; make a GET to Location instead.",
        redirect: Some(Redirect {
            permanent: false,
            method: MethodRule::BecomesGet,
        }),
        body: Body::Allowed,
        related: &[
            Related {
                code: 302,
                how: "The legacy code browsers treat the same way after a POST, but without saying so.",
            },
            Related {
                code: 307,
                how: "Temporary redirect that keeps the method and body instead of switching to GET.",
            },
            Related {
                code: 201,
                how: "The POST created a resource; return it (with Location) directly instead of redirecting.",
            },
            Related {
                code: 202,
                how: "Work accepted but not finished; a status resource can later answer with 303 to the result.",
            },
        ],
        keywords: &[
            "post redirect get",
            "prg",
            "redirect after post",
            "form submission redirect",
            "double submit",
            "resubmit form",
            "redirect to get",
            "result page",
            "confirmation page",
            "redirectmethod",
            "job result",
            "existing resource",
        ],
    },
    Status {
        code: 304,
        name: "Not Modified",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.4.5"),
        }),
        summary: "Your cached copy is still valid; reuse it. No content is sent.",
        meaning: "A conditional GET or HEAD would have produced a 200, but its condition \
                  (If-None-Match or If-Modified-Since) evaluated to false: the client's stored \
                  representation is still current. The server sends only a header section, and the \
                  client reuses its stored response, updating its headers from the 304 (RFC 9111 \
                  §4.3.4). Despite being in the 3xx class it points nowhere else; it exists to avoid \
                  transferring content the client already has.",
        use_when: &[
            "A GET or HEAD carries If-None-Match and one of its entity tags matches the current ETag (weak comparison).",
            "A GET or HEAD carries If-Modified-Since, no If-None-Match, and the resource has not changed since that date.",
        ],
        avoid: &[
            "Sending content with 304: the response ends at the header section (RFC 9110 §15.4.5), and stray bytes can be misread as the next response.",
            "Omitting the Cache-Control, ETag, Expires or Vary a 200 would have carried: RFC 9110 §15.4.5 requires them, and caches use them to refresh the stored response.",
            "Answering a failed If-None-Match on PUT, POST or DELETE with 304: for methods other than GET and HEAD the answer is 412 (RFC 9110 §13.1.2).",
            "Sending 304 to a request without validators: the client has nothing cached to reuse; send 200.",
        ],
        on_receipt: "Use the stored response you validated, updated with the header fields from the \
                     304. If you no longer have that stored response, repeat the request without the \
                     conditional headers.",
        examples: &[
            Example {
                title: "Revalidating an API resource by ETag",
                request: "GET /v1/products/42 HTTP/1.1\nHost: api.example.com\nAccept: application/json\nIf-None-Match: \"a7f3c9\"",
                response: "HTTP/1.1 304 Not Modified\nDate: Mon, 09 Mar 2026 10:15:00 GMT\nETag: \"a7f3c9\"\nCache-Control: max-age=60\nVary: Accept-Encoding",
            },
            Example {
                title: "Revalidating a stylesheet by date",
                request: "GET /assets/app.css HTTP/1.1\nHost: www.example.com\nIf-Modified-Since: Tue, 03 Mar 2026 08:00:00 GMT",
                response: "HTTP/1.1 304 Not Modified\nDate: Mon, 09 Mar 2026 10:15:00 GMT\nLast-Modified: Tue, 03 Mar 2026 08:00:00 GMT\nCache-Control: public, max-age=3600",
            },
        ],
        headers: &[
            Header {
                name: "Cache-Control",
                usage: HeaderUsage::Must,
                why: "Required if a 200 to the same request would carry it, so caches can refresh the stored response's freshness.",
                source: "RFC 9110 §15.4.5; RFC 9111 §5.2",
            },
            Header {
                name: "Content-Location",
                usage: HeaderUsage::Must,
                why: "Required if a 200 to the same request would carry it.",
                source: "RFC 9110 §15.4.5; RFC 9110 §8.7",
            },
            Header {
                name: "Date",
                usage: HeaderUsage::Must,
                why: "Required if a 200 to the same request would carry it; caches use it to compute the response's age.",
                source: "RFC 9110 §15.4.5; RFC 9110 §6.6.1",
            },
            Header {
                name: "ETag",
                usage: HeaderUsage::Must,
                why: "Required if a 200 to the same request would carry it; it tells the cache which stored response was validated.",
                source: "RFC 9110 §15.4.5; RFC 9110 §8.8.3",
            },
            Header {
                name: "Expires",
                usage: HeaderUsage::Must,
                why: "Required if a 200 to the same request would carry it, so the stored copy gets the new expiry.",
                source: "RFC 9110 §15.4.5; RFC 9111 §5.3",
            },
            Header {
                name: "Vary",
                usage: HeaderUsage::Must,
                why: "Required if a 200 to the same request would carry it, so the cache keeps matching the right variant.",
                source: "RFC 9110 §15.4.5; RFC 9110 §12.5.5",
            },
            Header {
                name: "Last-Modified",
                usage: HeaderUsage::May,
                why: "Other representation metadata SHOULD NOT be sent, but Last-Modified helps update caches when there is no ETag.",
                source: "RFC 9110 §15.4.5; RFC 9110 §8.8.2",
            },
            Header {
                name: "If-None-Match",
                usage: HeaderUsage::Request,
                why: "A GET or HEAD whose entity tags match the current ETag gets 304 instead of 200.",
                source: "RFC 9110 §13.1.2",
            },
            Header {
                name: "If-Modified-Since",
                usage: HeaderUsage::Request,
                why: "A GET or HEAD for a resource unchanged since this date gets 304; it is ignored when If-None-Match is present.",
                source: "RFC 9110 §13.1.3",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "No need: reuse the stored response; repeat the request without conditional headers only if that copy is gone.",
        redirect: None,
        body: Body::Never,
        related: &[
            Related {
                code: 200,
                how: "The full response, sent when the representation changed or the request was not conditional.",
            },
            Related {
                code: 412,
                how: "A precondition failed on a state-changing method, or If-Match / If-Unmodified-Since failed.",
            },
            Related {
                code: 204,
                how: "Success with no content, but not about caching or validators.",
            },
        ],
        keywords: &[
            "cached",
            "cache hit",
            "etag",
            "conditional get",
            "revalidation",
            "unchanged",
            "use cache",
            "if-none-match",
            "if-modified-since",
            "browser cache",
            "no changes",
            "still fresh",
            "validation",
        ],
    },
    Status {
        code: 305,
        name: "Use Proxy",
        standing: Standing::Deprecated,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.4.6"),
        }),
        summary: "Deprecated: told the client to repeat the request through a proxy.",
        meaning: "RFC 2068 and RFC 2616 defined 305 to say that the target resource had to be \
                  accessed through the proxy named in Location. Letting a response reconfigure a \
                  client's proxy is a security hazard, so RFC 7231 deprecated the code and RFC 9110 \
                  §15.4.6 keeps only a stub saying so. Clients cannot be relied on to act on it.",
        use_when: &[
            "Never in new software: the code is deprecated (RFC 9110 §15.4.6).",
            "Only to recognise it in logs or from very old systems that still emit it.",
        ],
        avoid: &[
            "Sending 305 to make clients use a proxy: the code is deprecated and clients cannot be relied on to act on it; configure proxies out of band (system settings, PAC files, environment variables).",
            "Using 305 as a general redirect: send 307 or 302 with Location.",
            "Acting on a 305 in a client you write: it would let any server route your traffic through a host of its choosing; treat it as an error.",
        ],
        on_receipt: "Do not change proxy settings because of it; treat it as an error. Operators who \
                     see it in logs should find the legacy component that sent it.",
        examples: &[Example {
            title: "Historical: a legacy origin server naming a proxy",
            request: "GET /reports/q3 HTTP/1.1\nHost: intranet.example.com",
            response: "HTTP/1.1 305 Use Proxy\nLocation: http://proxy.example.com:3128/\nContent-Length: 0",
        }],
        headers: &[Header {
            name: "Location",
            usage: HeaderUsage::May,
            why: "Under RFC 2616 it named the proxy to use; clients must not reconfigure themselves from it today.",
            source: "RFC 2616 §10.3.6",
        }],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Not through the proxy it names; treat it as an error and do not repeat the request automatically.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 307,
                how: "An ordinary temporary redirect to another URI, which is usually what is wanted.",
            },
            Related {
                code: 407,
                how: "A proxy in the path needs credentials before it forwards the request.",
            },
            Related {
                code: 306,
                how: "The reserved number once proposed as Switch Proxy, from the same era.",
            },
        ],
        keywords: &[
            "proxy required",
            "must use proxy",
            "access via proxy",
            "redirect to proxy",
            "proxy redirect",
            "deprecated redirect",
            "go through proxy",
            "use_proxy",
        ],
    },
    Status {
        code: 306,
        name: "(Unused)",
        standing: Standing::Reserved,
        former_names: &[Alias {
            name: "Switch Proxy",
            source: "draft-cohen-http-305-306-responses-00, December 1996; never adopted",
        }],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.4.7"),
        }),
        summary: "Reserved number with no meaning; once proposed as Switch Proxy.",
        meaning: "306 has no meaning and must not be given one. An Internet-Draft by Josh Cohen of \
                  Netscape dated December 1996, \"HTTP/1.1 305 and 306 Response Codes\", proposed \
                  306 Switch Proxy: a response telling a client to use a different proxy. The draft \
                  expired without being adopted, RFC 2616 §10.3.7 recorded the number as no longer \
                  used and reserved it, and RFC 9110 §15.4.7 keeps it reserved.",
        use_when: &[
            "Never: the number is reserved (RFC 9110 §15.4.7).",
            "Only to recognise it if an old or broken system emits it.",
        ],
        avoid: &[
            "Giving 306 a private meaning in your API: reserved numbers confuse clients and tools; pick a registered code that fits.",
            "Sending 306 to switch a client's proxy: the proposal was never standardised, so clients cannot be expected to act on it; configure proxies out of band.",
        ],
        on_receipt: "No conforming server sends it, so something is broken or very old. Treat it like \
                     any unrecognised 3xx, that is like a 300 (RFC 9110 §15), and do not change proxy \
                     settings.",
        examples: &[Example {
            title: "Historical only: the 1996 Switch Proxy proposal, never standardised",
            request: "GET /catalog HTTP/1.1\nHost: www.example.com",
            response: "HTTP/1.1 306 Switch Proxy\nContent-Length: 0",
        }],
        headers: &[],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Not because of the 306 itself; handle it as an unrecognised 3xx.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 305,
                how: "The deprecated proxy code that the same draft tried to specify better.",
            },
            Related {
                code: 300,
                how: "How a client treats an unrecognised 3xx such as 306.",
            },
            Related {
                code: 418,
                how: "The other registered number marked (Unused) and reserved.",
            },
        ],
        keywords: &[
            "switch proxy",
            "reserved",
            "reserved status",
            "set-proxy",
            "change proxy",
            "proxy switch",
            "obsolete proxy code",
            "http_reserved",
        ],
    },
    Status {
        code: 307,
        name: "Temporary Redirect",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.4.8"),
        }),
        summary: "Temporarily at another URI; repeat the same method and body there.",
        meaning: "The target resource is temporarily at the URI in Location, and a client that \
                  follows the redirect MUST NOT change the request method (RFC 9110 §15.4.8): a POST \
                  is repeated as a POST with the same body. Future requests should still go to the \
                  original URI. HTTP/1.1 (RFC 2616) added it to give 302's original intent an \
                  unambiguous code.",
        use_when: &[
            "An API endpoint is temporarily served elsewhere (maintenance, failover, region move) and clients send POST, PUT or DELETE to it.",
            "Any temporary redirect where the method and body must survive, such as steering writes to a primary node.",
            "A temporary GET redirect where you want unambiguous semantics; for GET it behaves like 302.",
        ],
        avoid: &[
            "Using 307 after a form POST to show a result page: the browser re-POSTs the form to the new URI; send 303.",
            "Using 307 for a permanent move: clients keep using the old URI; send 308, or 301 for GET-only URLs.",
            "Sending 307 without Location: clients have nowhere to go, and the server SHOULD include it (RFC 9110 §15.4.8).",
            "Redirecting a large upload only after receiving it: the client must send the whole body again; where possible answer Expect: 100-continue with the 307 before the body is sent.",
        ],
        on_receipt: "Repeat the same request, method and body included, at the Location URI, but keep \
                     using the original URI next time. A client that streamed its body must buffer it \
                     to replay it. A \"307 Internal Redirect\" in Chrome's developer tools is made by the \
                     browser itself, for example when HSTS upgrades the request to HTTPS (its \
                     Non-Authoritative-Reason header says why); no server sent it.",
        examples: &[Example {
            title: "Writes steered to another region during maintenance",
            request: "POST /v1/orders HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nContent-Length: 28\n\n{\"sku\": \"BOOT-42\", \"qty\": 1}",
            response: "HTTP/1.1 307 Temporary Redirect\nLocation: https://api-eu2.example.com/v1/orders\nContent-Length: 0",
        }],
        headers: &[Header {
            name: "Location",
            usage: HeaderUsage::Should,
            why: "Carries the temporary URI to which the client repeats the same request.",
            source: "RFC 9110 §15.4.8; RFC 9110 §10.2.2",
        }],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Yes, at Location: repeat the same method and body there for this request, and keep the original URI for later ones.",
        redirect: Some(Redirect {
            permanent: false,
            method: MethodRule::Kept,
        }),
        body: Body::Allowed,
        related: &[
            Related {
                code: 302,
                how: "Temporary too, but clients may turn a POST into a GET.",
            },
            Related {
                code: 303,
                how: "Deliberately switches to GET; the right code after a form POST.",
            },
            Related {
                code: 308,
                how: "Keeps the method and body too, but the move is permanent.",
            },
        ],
        keywords: &[
            "temporary move",
            "keep method",
            "preserve post",
            "method preserving redirect",
            "redirect post",
            "redirect with body",
            "hsts",
            "internal redirect",
            "maintenance redirect",
            "failover",
            "redirectkeepverb",
        ],
    },
    Status {
        code: 308,
        name: "Permanent Redirect",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.4.9"),
        }),
        summary: "New permanent URI; repeat the same method and body there from now on.",
        meaning: "The target resource has a new permanent URI, given in Location, and future \
                  references ought to use it. Unlike 301, it does not allow a client to change POST \
                  to GET (RFC 7538 §3), and RFC 9110 §15.4 counts it among the method-preserving \
                  redirects: the method and body are kept. RFC 7538 made it a standard after the \
                  experimental RFC 7238 of 2014, and RFC 9110 §15.4.9 now replaces that definition. \
                  Being much younger than its siblings, it may not be recognised by old clients.",
        use_when: &[
            "An API endpoint has moved for good and clients call it with POST, PUT, PATCH or DELETE.",
            "A permanent move of a whole host or path prefix where you cannot know which methods clients use.",
        ],
        avoid: &[
            "Using 301 for a moved API write endpoint: clients may replay a POST as a GET without the body; 308 keeps both.",
            "Using 308 for a temporary change: clients and caches remember it; send 307.",
            "Relying on 308 for very old clients: some treat it as an unrecognised 3xx (like 300); for plain GET pages 301 works everywhere.",
            "Sending 308 without Location: there is nothing to follow, and the server SHOULD include it (RFC 9110 §15.4.9).",
        ],
        on_receipt: "Repeat the request with the same method and body at the Location URI, and update \
                     stored URIs so that later requests go there directly. If an old client stops at a \
                     308, it does not know the code and is treating it like a 300.",
        examples: &[Example {
            title: "A webhook-registration endpoint moved to a new API host",
            request: "POST /api/v1/webhooks HTTP/1.1\nHost: example.com\nContent-Type: application/json\nContent-Length: 69\n\n{\"url\": \"https://hooks.example.net/orders\", \"events\": [\"order.paid\"]}",
            response: "HTTP/1.1 308 Permanent Redirect\nLocation: https://api.example.com/v1/webhooks\nContent-Length: 0",
        }],
        headers: &[
            Header {
                name: "Location",
                usage: HeaderUsage::Should,
                why: "Carries the new permanent URI to which the client repeats the request and which it stores.",
                source: "RFC 9110 §15.4.9; RFC 9110 §10.2.2",
            },
            Header {
                name: "Cache-Control",
                usage: HeaderUsage::May,
                why: "Gives the redirect an explicit lifetime; without one, caches may keep it heuristically.",
                source: "RFC 9111 §5.2",
            },
        ],
        cache: Cache::Heuristic("RFC 9110 §15.1"),
        retry: "Yes, at Location: repeat the same method and body there, and use that URI from now on.",
        redirect: Some(Redirect {
            permanent: true,
            method: MethodRule::Kept,
        }),
        body: Body::Allowed,
        related: &[
            Related {
                code: 301,
                how: "Also permanent, but clients may turn a POST into a GET; fine for pages fetched with GET.",
            },
            Related {
                code: 307,
                how: "Keeps the method and body too, but the move is temporary.",
            },
            Related {
                code: 410,
                how: "The resource is gone for good and has no new URI.",
            },
        ],
        keywords: &[
            "permanent move",
            "api endpoint moved",
            "endpoint moved",
            "keep method",
            "preserve post",
            "method preserving redirect",
            "redirect put",
            "new base url",
            "moved for good",
            "permanently_redirect",
        ],
    },
];
