//! Records for the 5xx codes.

use super::types::*;

pub static CODES: &[Status] = &[
    Status {
        code: 500,
        name: "Internal Server Error",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.6.1"),
        }),
        summary: "The server hit an unexpected condition and could not complete the request.",
        meaning: "The generic server-side failure: something went wrong that the server did not \
                  anticipate, such as an unhandled exception, a broken invariant or a bad \
                  configuration. It says nothing about the request being wrong, only that the server \
                  could not handle it. Use a more specific 5xx when one fits, and a 4xx when the \
                  client's input is the cause.",
        use_when: &[
            "An unhandled exception, panic or null dereference reaches the top-level error handler.",
            "The server is misconfigured (a missing secret, a broken template, a failed migration) and no more specific 5xx applies.",
            "An internal invariant is violated and the handler cannot produce a correct answer.",
        ],
        avoid: &[
            "Returning 500 when input validation fails or a required field is missing: that is 400, or 422 for well-formed but invalid content.",
            "Returning 500 when a known dependency is down or the service is overloaded: 503 (with Retry-After) says it is temporary; a gateway relaying a broken upstream answer sends 502.",
            "Putting stack traces, SQL, file paths or library versions in the 500 body: log them server-side with a request ID and return only that ID in a generic problem+json body.",
            "Catching the exception and answering 200 with an error field: monitoring, caches and retry logic all see success; send the 500.",
        ],
        on_receipt: "The request may be fine; the server failed. Report the request ID or timestamp to \
                     the provider, and retry an idempotent request at most a few times with backoff. \
                     Operators: a jump in 500s right after a deploy points at the new release; also \
                     check whether some are client mistakes that reached an unhandled code path.",
        examples: &[Example {
            title: "An unhandled exception, reported without internal details",
            request: "GET /v1/orders/8841 HTTP/1.1\nHost: api.example.com\nAccept: application/json\nAuthorization: Bearer eyJhbGciOi...",
            response: "HTTP/1.1 500 Internal Server Error\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{\"type\": \"about:blank\", \"title\": \"Internal Server Error\", \"status\": 500, \"detail\": \"An unexpected error occurred. Quote the reference when contacting support.\", \"instance\": \"/v1/orders/8841\", \"reference\": \"req_7f3a91c2\"}",
        }],
        headers: &[],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Only idempotent requests, a few times with backoff (RFC 9110 §9.2.2); the same input usually fails the same way until the bug is fixed.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 400,
                how: "The request itself is malformed or invalid; the client must change it.",
            },
            Related {
                code: 422,
                how: "The content parsed but failed validation or business rules; a client error, not a server fault.",
            },
            Related {
                code: 503,
                how: "A deliberate, temporary refusal (overload, maintenance) that waiting will fix.",
            },
            Related {
                code: 502,
                how: "A gateway or proxy got a bad answer from the upstream, rather than failing itself.",
            },
        ],
        keywords: &[
            "server error",
            "unhandled exception",
            "uncaught exception",
            "exception",
            "crash",
            "server crashed",
            "stack trace",
            "panic",
            "null pointer",
            "bug",
            "something went wrong",
            "unexpected error",
            "internal error",
            "generic error",
        ],
    },
    Status {
        code: 501,
        name: "Not Implemented",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.6.2"),
        }),
        summary: "The server does not support the method or feature the request needs.",
        meaning: "The server lacks the functionality needed to fulfil the request, typically because \
                  it does not recognise the request method and supports it for no resource at all. \
                  It is the server-wide counterpart of 405: 405 means this resource does not allow \
                  a method the server knows, 501 means the server does not implement the method \
                  (RFC 9110 §9.1). A 501 is heuristically cacheable, so caches may keep it without \
                  explicit freshness information.",
        use_when: &[
            "A request uses a method the server does not know or implement anywhere, such as PURGE on a server that has no cache to purge.",
            "A request arrives with a transfer coding the server does not understand (RFC 9112 §6.1 says it SHOULD answer 501).",
            "A newly defined method reaches a server written before it existed.",
        ],
        avoid: &[
            "Sending 501 for a known method that this particular resource does not accept, such as DELETE on a read-only collection: that is 405 with an Allow header.",
            "Answering an Expect value the server cannot meet with 501: that is 417 (Expectation Failed).",
            "Stubbing an unfinished endpoint with a bare 501: it is heuristically cacheable and may be served from caches after the feature ships; add Cache-Control: no-store or a short max-age.",
        ],
        on_receipt: "The server will not handle this method or feature at all; repeating it will not help. \
                     Use another method (check OPTIONS or the API documentation) or a different server. \
                     If a proxy sits in between, check that it is not the one rejecting an unfamiliar method.",
        examples: &[Example {
            title: "A cache-purge method sent to a server that does not implement it",
            request: "PURGE /assets/app.css HTTP/1.1\nHost: www.example.com",
            response: "HTTP/1.1 501 Not Implemented\nContent-Type: application/problem+json\n\n{\"type\": \"about:blank\", \"title\": \"Not Implemented\", \"status\": 501, \"detail\": \"This server does not implement the PURGE method for any resource.\"}",
        }],
        headers: &[
            Header {
                name: "Transfer-Encoding",
                usage: HeaderUsage::Request,
                why: "A request with a transfer coding the server does not understand should get a 501.",
                source: "RFC 9112 §6.1",
            },
            Header {
                name: "Cache-Control",
                usage: HeaderUsage::May,
                why: "Overrides heuristic caching, for example no-store when the 501 is only temporary.",
                source: "RFC 9110 §15.6.2; RFC 9111 §5.2",
            },
        ],
        cache: Cache::Heuristic("RFC 9110 §15.1"),
        retry: "Not unchanged: the same method gets the same answer; use a different method or server.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 405,
                how: "The server knows the method, but this resource does not allow it; comes with Allow.",
            },
            Related {
                code: 505,
                how: "The unsupported thing is the HTTP version, not the method.",
            },
            Related {
                code: 417,
                how: "The server cannot meet the request's Expect header.",
            },
            Related {
                code: 510,
                how: "Obsolete: the request lacks an extension the resource's policy requires.",
            },
        ],
        keywords: &[
            "method not recognized by the server",
            "method unsupported for every resource",
            "unknown method",
            "unknown http verb",
            "unimplemented",
            "not supported",
            "feature not available",
            "purge method",
            "unsupported transfer encoding",
            "stub endpoint",
            "not yet implemented",
        ],
    },
    Status {
        code: 502,
        name: "Bad Gateway",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.6.3"),
        }),
        summary: "A gateway or proxy got an invalid response from the server behind it.",
        meaning: "The server you reached is a gateway, reverse proxy or load balancer, and the upstream \
                  server it contacted answered with something it could not use (RFC 9110 §15.6.3). In \
                  practice proxies also send 502 when the upstream refused or reset the connection, or \
                  closed it before a complete response header arrived. The upstream answered badly or \
                  not at all; when it simply took too long, the code is 504.",
        use_when: &[
            "The proxy cannot connect because the upstream refused or reset the connection, for example while the app process has crashed or is restarting.",
            "The upstream sent a malformed status line or headers, closed the connection mid-response, or sent headers larger than the proxy accepts.",
            "An API gateway received a reply from a backend or function that does not match the expected format.",
        ],
        avoid: &[
            "Sending 502 when the upstream accepted the request but did not answer within the proxy's timeout: that is 504.",
            "Turning a valid upstream 4xx into 502: pass the client error through (or map it to the right 4xx), since the request, not the upstream, was at fault.",
            "Returning 502 from an application that has no upstream and simply failed: that is 500, or 503 when it is overloaded.",
            "Using 502 for planned downtime or instance draining: 503 with Retry-After says it is deliberate and temporary.",
        ],
        on_receipt: "Find out which hop produced it (the Server header helps, e.g. nginx, cloudflare or \
                     awselb/2.0) and read that proxy's error log: nginx (1.31.4) logs lines such as \
                     \"connect() failed (111: Connection refused)\" or \"upstream prematurely closed \
                     connection\". Clients may retry idempotent requests after a short backoff.",
        examples: &[
            Example {
                title: "nginx in front of an app process that has crashed (connection refused)",
                request: "GET /api/profile HTTP/1.1\nHost: app.example.com\nAccept: application/json",
                response: "HTTP/1.1 502 Bad Gateway\nServer: nginx\nContent-Type: text/html\n\n<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>",
            },
            Example {
                title: "An API gateway cannot parse a backend's reply",
                request: "GET /v1/inventory/sku-2291 HTTP/1.1\nHost: api.example.com\nAccept: application/json",
                response: "HTTP/1.1 502 Bad Gateway\nContent-Type: application/problem+json\n\n{\"type\": \"about:blank\", \"title\": \"Bad Gateway\", \"status\": 502, \"detail\": \"The inventory service returned a response that could not be parsed.\"}",
            },
        ],
        headers: &[Header {
            name: "Server",
            usage: HeaderUsage::May,
            why: "Names the software that generated the error, which tells you whether the proxy or the application answered.",
            source: "RFC 9110 §10.2.4",
        }],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Yes for idempotent methods after a short backoff (RFC 9110 §9.2.2); repeat a POST or PATCH only with an idempotency key or other proof that the first attempt was not applied.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 504,
                how: "The upstream did not answer in time, rather than answering badly or refusing.",
            },
            Related {
                code: 503,
                how: "The service is deliberately unavailable for now (maintenance, overload, no healthy backend).",
            },
            Related {
                code: 500,
                how: "The server that answered failed itself; no upstream is involved.",
            },
            Related {
                code: 520,
                how: "Cloudflare's code for an empty or unexpected response from the origin.",
            },
            Related {
                code: 521,
                how: "Cloudflare's code for an origin that refused the connection.",
            },
        ],
        keywords: &[
            "upstream",
            "reverse proxy",
            "nginx",
            "bad response from backend",
            "connection refused",
            "upstream prematurely closed connection",
            "no live upstreams",
            "proxy error",
            "load balancer",
            "backend down",
            "app crashed",
            "invalid upstream response",
            "gateway error",
        ],
    },
    Status {
        code: 503,
        name: "Service Unavailable",
        standing: Standing::Standard,
        former_names: &[Alias {
            name: "Service Temporarily Unavailable",
            source: "nginx",
        }],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.6.4"),
        }),
        summary: "The server cannot handle requests right now; it expects to recover soon.",
        meaning: "The server is temporarily unable to handle the request because of overload or \
                  scheduled maintenance, and expects this to clear after some delay (RFC 9110 \
                  §15.6.4). It may say how long to wait with Retry-After. Unlike 500, it reports a \
                  temporary condition, which tells clients that waiting should help.",
        use_when: &[
            "Planned maintenance or a deploy, when clients should treat the outage as temporary.",
            "Load shedding: worker queues or connection pools are full and new work is refused to protect the service.",
            "An instance is draining before shutdown, or a circuit breaker to a required dependency is open.",
            "A load balancer or ingress has no available backend to send the request to.",
        ],
        avoid: &[
            "Using 503 for one client's excess traffic: that is 429, which tells that client to slow down.",
            "Answering 503 for a bug that waiting will not fix: that is 500; a 503 invites retries that only add load.",
            "Giving a maintenance 503 a long max-age: caches keep serving it after you are back; leave it uncached or use a short lifetime.",
            "Leaving out Retry-After during a known maintenance window: clients guess and come back in bursts.",
        ],
        on_receipt: "Wait and try again: honour Retry-After, otherwise back off exponentially with jitter \
                     and cap the attempts. Operators: check whether the application sent it (maintenance \
                     flag, overload) or a load balancer or ingress with no healthy backends.",
        examples: &[
            Example {
                title: "Planned maintenance with a known end time",
                request: "GET /v2/accounts/me HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer eyJhbGciOi...",
                response: "HTTP/1.1 503 Service Unavailable\nContent-Type: application/problem+json\nRetry-After: Wed, 25 Nov 2026 03:00:00 GMT\n\n{\"type\": \"https://api.example.com/problems/maintenance\", \"title\": \"Down for maintenance\", \"status\": 503, \"detail\": \"Scheduled database upgrade until 03:00 UTC.\"}",
            },
            Example {
                title: "Load shedding under a traffic spike",
                request: "POST /v2/search HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nContent-Length: 38\n\n{\"query\": \"winter boots\", \"limit\": 20}",
                response: "HTTP/1.1 503 Service Unavailable\nContent-Type: application/problem+json\nRetry-After: 30\n\n{\"type\": \"https://api.example.com/problems/overloaded\", \"title\": \"Service overloaded\", \"status\": 503, \"detail\": \"Too much traffic right now; try again in 30 seconds.\"}",
            },
        ],
        headers: &[
            Header {
                name: "Retry-After",
                usage: HeaderUsage::May,
                why: "Tells the client how many seconds, or until what date, the service is expected to be unavailable.",
                source: "RFC 9110 §15.6.4; RFC 9110 §10.2.3",
            },
            Header {
                name: "Cache-Control",
                usage: HeaderUsage::May,
                why: "Keep any explicit lifetime short (or use no-store) so an outage page does not outlive the outage in caches.",
                source: "RFC 9111 §5.2",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Yes, after the Retry-After delay, or with exponential backoff and jitter when none is given.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 500,
                how: "An unexpected failure, not a planned or temporary state; waiting may not help.",
            },
            Related {
                code: 429,
                how: "Only this client is over its quota; the service itself is fine.",
            },
            Related {
                code: 502,
                how: "A proxy got an invalid answer or a refused connection from the upstream.",
            },
            Related {
                code: 504,
                how: "A proxy waited too long for the upstream to answer.",
            },
        ],
        keywords: &[
            "maintenance",
            "down for maintenance",
            "maintenance mode",
            "overloaded",
            "server busy",
            "deploy",
            "circuit breaker",
            "load shedding",
            "temporarily unavailable",
            "try again later",
            "no healthy upstream",
            "out of capacity",
            "service down",
            "draining",
        ],
    },
    Status {
        code: 504,
        name: "Gateway Timeout",
        standing: Standing::Standard,
        former_names: &[Alias {
            name: "Gateway Time-out",
            source: "RFC 2616 §6.1.1; nginx",
        }],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.6.5"),
        }),
        summary: "A gateway or proxy gave up waiting for the upstream server to respond.",
        meaning: "The server you reached is acting as a gateway or proxy and did not get a timely \
                  response from an upstream server it needed (RFC 9110 §15.6.5). The upstream may be \
                  slow, stuck or unreachable, and it may still finish the work after the proxy has \
                  given up. The timeout that fired belongs to the proxy, not to the client.",
        use_when: &[
            "The upstream accepted the request but sent no response header before the proxy's read timeout (nginx proxy_read_timeout, 60 s by default in nginx 1.31.4).",
            "Connecting to the upstream timed out; nginx, for one, reports connect timeouts as 504, not 502.",
            "A gateway calling another service or an external API on the client's behalf ran out of its time budget.",
        ],
        avoid: &[
            "Sending 504 when the upstream answered with an invalid response or refused the connection: that is 502.",
            "Sending 504 when the client was too slow to send its request: that is 408 (Request Timeout).",
            "Raising the proxy timeout again and again for long-running jobs: accept the job with 202 and let the client poll for the result.",
            "Retrying a timed-out POST automatically: the upstream may already have done the work; retry only idempotent requests or use an idempotency key.",
        ],
        on_receipt: "The work may or may not have happened upstream, so check the state before repeating a \
                     non-idempotent request. Operators: look for slow queries, lock contention or a \
                     saturated backend; nginx logs the cause as \"upstream timed out (110: Connection \
                     timed out)\".",
        examples: &[Example {
            title: "A slow export behind nginx runs past proxy_read_timeout",
            request: "POST /reports/export HTTP/1.1\nHost: app.example.com\nContent-Type: application/json\nContent-Length: 51\n\n{\"range\": \"2025-01-01/2026-10-31\", \"format\": \"csv\"}",
            response: "HTTP/1.1 504 Gateway Time-out\nServer: nginx\nContent-Type: text/html\n\n<html>\n<head><title>504 Gateway Time-out</title></head>\n<body>\n<center><h1>504 Gateway Time-out</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>",
        }],
        headers: &[Header {
            name: "Server",
            usage: HeaderUsage::May,
            why: "Names the software that generated the error, which shows which hop's timeout fired.",
            source: "RFC 9110 §10.2.4",
        }],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Only for idempotent methods, after a backoff (RFC 9110 §9.2.2): the upstream may have completed the first attempt, so a repeated POST can act twice.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 502,
                how: "The upstream answered with garbage or refused the connection, rather than being too slow.",
            },
            Related {
                code: 408,
                how: "The client was too slow sending its request; the server's timeout, not a proxy's.",
            },
            Related {
                code: 524,
                how: "Cloudflare's code: connected to the origin, but no HTTP response before its timeout.",
            },
            Related {
                code: 522,
                how: "Cloudflare's code: timed out while connecting to the origin.",
            },
            Related {
                code: 499,
                how: "nginx logs it when the client hung up first, often while a slow upstream was still working.",
            },
        ],
        keywords: &[
            "upstream timeout",
            "proxy timeout",
            "gateway timed out",
            "backend too slow",
            "upstream timed out",
            "timed out",
            "request took too long",
            "slow query",
            "load balancer timeout",
            "proxy_read_timeout",
            "idle timeout",
            "time-out",
            "long running request",
        ],
    },
    Status {
        code: 505,
        name: "HTTP Version Not Supported",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.6.6"),
        }),
        summary: "The server will not handle the major HTTP version used in the request.",
        meaning: "The server does not support, or refuses to support, the major HTTP version of the \
                  request (RFC 9110 §15.6.6), for example a request line saying HTTP/2.0 or HTTP/3.0 \
                  sent as text to an HTTP/1.1 listener. The response SHOULD explain why and which \
                  protocols the server does support (RFC 9110 §15.6.6). It is rare in practice, \
                  because clients normally agree on a version through TLS ALPN before sending anything.",
        use_when: &[
            "The request line names a major version the server does not implement, such as HTTP/2.0 or HTTP/3.0 sent as plain text to an HTTP/1.1 server.",
            "Policy refuses a major version outright, and the client should be told why instead of having the connection dropped.",
        ],
        avoid: &[
            "Sending 505 for a garbled or malformed version token: that is 400 (Bad Request).",
            "Answering an HTTP/1.0 request with 505: 1.0 and 1.1 share the major version 1, and a 1.1 server can answer a 1.0 client.",
            "Using 505 to push clients to HTTP/2 or HTTP/3: advertise them with ALPN or Alt-Svc; to require a different protocol, send 426 with Upgrade.",
        ],
        on_receipt: "Resend the request over HTTP/1.1, or a version the response body lists. If a client \
                     library or proxy produced it, look for something speaking a newer HTTP version to a \
                     server that only knows HTTP/1.1, such as HTTP/2 with prior knowledge over cleartext.",
        examples: &[Example {
            title: "A monitoring script sends an HTTP/3.0 request line over TCP",
            request: "GET /status HTTP/3.0\nHost: www.example.com\nUser-Agent: legacy-monitor/2.1",
            response: "HTTP/1.1 505 HTTP Version Not Supported\nContent-Type: text/plain; charset=utf-8\nConnection: close\n\nThis server accepts HTTP/1.1, and HTTP/2 negotiated through TLS ALPN. HTTP/3.0 request lines are not accepted over TCP.",
        }],
        headers: &[],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Not unchanged: repeat the request with a version the server supports, usually HTTP/1.1.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 426,
                how: "The server wants the client to switch to another protocol and says which in Upgrade.",
            },
            Related {
                code: 400,
                how: "The request line or version token is malformed, not merely unsupported.",
            },
            Related {
                code: 501,
                how: "The unsupported thing is the method or a feature, not the HTTP version.",
            },
        ],
        keywords: &[
            "http version",
            "unsupported http version",
            "protocol version",
            "http/2 not supported",
            "http2",
            "http/3",
            "http/1.0",
            "wrong protocol",
            "version mismatch",
            "h2c",
            "prior knowledge",
        ],
    },
    Status {
        code: 506,
        name: "Variant Also Negotiates",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 2295",
            section: Some("8.1"),
        }),
        summary: "Server misconfiguration: the chosen variant itself negotiates content.",
        meaning: "A configuration error in transparent content negotiation (RFC 2295 §8.1): the variant \
                  the server picked is itself set up to negotiate, so it is not a proper end point and \
                  negotiation would go round in circles. RFC 2295 is an Experimental RFC. Apache \
                  httpd's mod_negotiation (read at 2.4.62) does send 506: when a transparently \
                  negotiated resource picks a variant that negotiates transparently itself, and when \
                  the variant that negotiation picks is itself a type map.",
        use_when: &[
            "Negotiation selected a variant that is configured to negotiate again, such as a type-map entry pointing at another negotiable resource.",
            "Completing negotiation would recurse from one negotiable resource into another.",
        ],
        avoid: &[
            "Using 506 when no variant matches the client's Accept headers: that is 406, or serve a default representation.",
            "Using 506 to offer the client a choice of representations: that is 300 (Multiple Choices).",
            "Using 506 for ordinary configuration mistakes unrelated to negotiation: that is 500.",
        ],
        on_receipt: "Nothing for the client to fix. Operators: check the type maps or MultiViews setup so \
                     that every variant resolves to a concrete file, not to another negotiable resource.",
        examples: &[Example {
            title: "A type map whose German variant points at another type map",
            request: "GET /docs/guide HTTP/1.1\nHost: www.example.com\nAccept: text/html\nAccept-Language: de, en;q=0.5\nNegotiate: trans",
            response: "HTTP/1.1 506 Variant Also Negotiates\nContent-Type: text/html; charset=utf-8\n\n<html><body><h1>Variant Also Negotiates</h1><p>The variant chosen for /docs/guide is itself negotiable. The server's negotiation setup has a configuration error.</p></body></html>",
        }],
        headers: &[Header {
            name: "Negotiate",
            usage: HeaderUsage::Request,
            why: "The RFC 2295 header with which a user agent asks for transparent negotiation, the mechanism this error belongs to.",
            source: "RFC 2295 §8.4",
        }],
        cache: Cache::ExplicitOnly("RFC 9111 §3"),
        retry: "No: the fault is in the server's configuration, and the same request fails the same way until it is fixed.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 406,
                how: "No available representation matches what the client accepts.",
            },
            Related {
                code: 300,
                how: "The server lists several representations and lets the client choose.",
            },
            Related {
                code: 500,
                how: "A general server fault, not specific to content negotiation.",
            },
        ],
        keywords: &[
            "content negotiation",
            "transparent content negotiation",
            "negotiation loop",
            "variant",
            "multiviews",
            "type map",
            "mod_negotiation",
            "negotiable resource",
            "apache negotiation error",
            "tcn",
        ],
    },
    Status {
        code: 507,
        name: "Insufficient Storage",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 4918",
            section: Some("11.5"),
        }),
        summary: "The server cannot store what the request needs: disk full or over quota.",
        meaning: "A WebDAV code (RFC 4918 §11.5): the method could not be performed because the server \
                  cannot store the representation needed to complete it, for example because the disk \
                  is full or the user's quota would be exceeded. RFC 4331 names the two cases with the \
                  DAV:quota-not-exceeded and DAV:sufficient-disk-space preconditions. The condition is \
                  considered temporary.",
        use_when: &[
            "A PUT, COPY, MOVE or MKCOL would take the user over their storage quota.",
            "The volume that holds the resource is full, so the write cannot be completed.",
            "Inside a PROPPATCH multistatus response, when there is no room to record a property (RFC 4918 §9.2).",
        ],
        avoid: &[
            "Sending 507 because one upload exceeds a fixed per-request size limit: that is 413 (Content Too Large).",
            "Using 507 for request-rate or API-call quotas: that is 429.",
            "Answering 500 when the disk fills: the client cannot tell the user to free space; 507, with the quota precondition in WebDAV, can.",
        ],
        on_receipt: "Do not retry automatically: RFC 4918 §11.5 says a request caused by a user action MUST \
                     NOT be repeated until the user asks again. Free space or raise the quota first; \
                     operators should check disk usage and quotas on the storage backend.",
        examples: &[Example {
            title: "A WebDAV upload that would exceed the user's quota",
            request: "PUT /dav/alice/videos/holiday.mp4 HTTP/1.1\nHost: files.example.com\nAuthorization: Basic YWxpY2U6...\nContent-Type: video/mp4\nContent-Length: 734003200\nExpect: 100-continue",
            response: "HTTP/1.1 507 Insufficient Storage\nContent-Type: application/xml; charset=utf-8\n\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:error xmlns:D=\"DAV:\"><D:quota-not-exceeded/></D:error>",
        }],
        headers: &[],
        cache: Cache::ExplicitOnly("RFC 9111 §3"),
        retry: "Not automatically: RFC 4918 §11.5 says a request caused by a user action MUST NOT be repeated until the user asks again, after space has been freed.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 413,
                how: "This request's content exceeds a size limit, whatever space is left.",
            },
            Related {
                code: 429,
                how: "A request-rate quota, not a storage quota.",
            },
            Related {
                code: 509,
                how: "Unofficial hosting code for an exceeded bandwidth allowance.",
            },
            Related {
                code: 500,
                how: "A general server fault with no hint that space is the problem.",
            },
        ],
        keywords: &[
            "disk full",
            "out of space",
            "no space left on device",
            "enospc",
            "quota exceeded",
            "storage quota",
            "over quota",
            "storage full",
            "webdav quota",
            "insufficient space",
            "upload too big for quota",
        ],
    },
    Status {
        code: 508,
        name: "Loop Detected",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 5842",
            section: Some("7.2"),
        }),
        summary: "The server stopped a Depth: infinity operation because it found a cycle.",
        meaning: "A code from the WebDAV binding extensions (RFC 5842 §7.2): while processing a request \
                  with Depth: infinity, the server ran into a cycle in the collection hierarchy, which \
                  bindings make possible, and ended the operation. The entire operation failed. On \
                  shared hosting, CloudLinux's Apache module mod_hostinglimits answers 508 by default \
                  when a site goes over its entry-process (concurrent request) limit, with an error \
                  page saying a resource limit was reached; that reuse is unregistered and has nothing \
                  to do with loops.",
        use_when: &[
            "A PROPFIND, COPY or other Depth: infinity request walks into a collection that binds back to one of its own ancestors.",
            "The server detects that a recursive operation over bindings would never terminate.",
        ],
        avoid: &[
            "Sending 508 for a PROPFIND you simply will not run at infinite depth: that is 403 with the DAV:propfind-finite-depth precondition (RFC 4918 §9.1).",
            "Sending 508 when a hosting account hits its resource limits: 503 with Retry-After, or 429 for a per-client limit, says what is happening.",
            "Applying part of a COPY or MOVE and then answering 508: the code means the whole operation failed, so detect the cycle before changing anything.",
        ],
        on_receipt: "Repeat with a finite Depth (0 or 1) and walk the tree yourself, or remove the binding \
                     that creates the cycle. If the page says a resource limit was reached, the site's \
                     hosting account is being throttled; that is an operations matter, not a WebDAV loop.",
        examples: &[Example {
            title: "A Depth: infinity PROPFIND over a collection that binds back to its parent",
            request: "PROPFIND /projects/ HTTP/1.1\nHost: dav.example.com\nDepth: infinity\nContent-Type: application/xml; charset=utf-8\nContent-Length: 112\n\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:propfind xmlns:D=\"DAV:\"><D:prop><D:displayname/></D:prop></D:propfind>",
            response: "HTTP/1.1 508 Loop Detected\nContent-Type: text/plain; charset=utf-8\n\n/projects/shared/ is a binding to /projects/. The Depth: infinity listing was stopped and no results are returned.",
        }],
        headers: &[Header {
            name: "Depth",
            usage: HeaderUsage::Request,
            why: "Only a request with Depth: infinity can run into the loop this code reports.",
            source: "RFC 4918 §10.2; RFC 5842 §7.2",
        }],
        cache: Cache::ExplicitOnly("RFC 9111 §3"),
        retry: "Not unchanged: repeat with a finite Depth, or after the binding that forms the cycle has been removed.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 208,
                how: "Used inside a 207 response to mark bindings already listed, so they are not enumerated again.",
            },
            Related {
                code: 207,
                how: "The multistatus response that carries per-resource results of a WebDAV operation.",
            },
            Related {
                code: 403,
                how: "With DAV:propfind-finite-depth: the server refuses Depth: infinity PROPFIND altogether.",
            },
            Related {
                code: 506,
                how: "Another server-side loop, in content negotiation rather than in collections.",
            },
        ],
        keywords: &[
            "infinite loop",
            "cycle",
            "circular reference",
            "recursive",
            "depth infinity",
            "webdav bind",
            "binding loop",
            "propfind loop",
            "resource limit is reached",
            "entry processes",
            "cpanel",
        ],
    },
    Status {
        code: 510,
        name: "Not Extended",
        standing: Standing::Obsoleted,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 2774",
            section: Some("7"),
        }),
        summary: "Obsolete: the request lacks an HTTP extension the resource's policy requires.",
        meaning: "From the HTTP Extension Framework (RFC 2774 §7): the policy for accessing the \
                  resource was not met because the request did not declare an extension the server \
                  requires, and the response should tell the client what it needs to send an extended \
                  request. The IETF has since moved RFC 2774 to Historic, and IANA marks 510 as \
                  obsoleted. New services should not send it.",
        use_when: &[
            "Only on a server that actually implements RFC 2774 mandatory extensions (Man and Opt headers, M- methods); not in new designs.",
            "Such a server receives a request that lacks an extension declaration its access policy requires.",
        ],
        avoid: &[
            "Sending 510 because a custom header, API version or feature flag is missing: that is a client error; send 400 with a problem detail naming what is missing.",
            "Using 510 to make a client switch protocols: that is 426 with an Upgrade header.",
            "Adopting 510 in a new API at all: clients treat it as a generic server error, which suggests a fault on your side rather than a request that needs changing.",
        ],
        on_receipt: "Read the body for the extension the server wants; if your client implements it, \
                     repeat the request with the declaration added. Otherwise show the body to the user \
                     or operator: acting on it takes a client that implements RFC 2774.",
        examples: &[Example {
            title: "A resource whose policy requires a declared extension",
            request: "GET /ledger/2026 HTTP/1.1\nHost: api.example.com",
            response: "HTTP/1.1 510 Not Extended\nContent-Type: text/plain; charset=utf-8\n\nThis resource requires the extension \"http://www.example.com/ext/signed-requests\". Repeat the request as M-GET with a Man header declaring it.",
        }],
        headers: &[Header {
            name: "Man",
            usage: HeaderUsage::Request,
            why: "The mandatory extension declaration; a 510 says the request lacked one the resource's policy needs.",
            source: "RFC 2774 §4.1",
        }],
        cache: Cache::ExplicitOnly("RFC 9111 §3"),
        retry: "Only after adding the extension declarations the response asks for (RFC 2774 §7); unchanged, it fails again.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 400,
                how: "What to send today when a request lacks a required header or parameter.",
            },
            Related {
                code: 426,
                how: "The client must switch to another protocol named in Upgrade.",
            },
            Related {
                code: 417,
                how: "The server cannot meet an expectation given in the Expect header.",
            },
            Related {
                code: 501,
                how: "The server does not implement the method or feature at all.",
            },
        ],
        keywords: &[
            "http extension framework",
            "mandatory extension",
            "man header",
            "extension required",
            "missing extension",
            "policy not met",
            "extended request",
            "obsolete status code",
            "rfc 2774",
        ],
    },
    Status {
        code: 511,
        name: "Network Authentication Required",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 6585",
            section: Some("6"),
        }),
        summary: "Sign in to the local network (a captive portal) before you can go online.",
        meaning: "Sent by an intercepting proxy on a network that requires sign-in or acceptance of terms \
                  before it grants access, such as hotel or airport Wi-Fi (RFC 6585 §6). It tells \
                  software that the answer came from the network, not from the server it asked, so a \
                  non-browser client does not mistake a login page for real content. The response \
                  SHOULD link to where the user can sign in, and origin servers SHOULD NOT send it.",
        use_when: &[
            "A captive portal intercepts plain-HTTP requests from devices that have not yet signed in or accepted the terms.",
            "A network access gateway holds back an unauthenticated client's traffic until the user logs in.",
        ],
        avoid: &[
            "Sending 511 from your own application or API because the user is not logged in: that is 401 with WWW-Authenticate.",
            "Putting the login form itself, or an authentication challenge, in the 511 response: browsers would show it under the original URL; link to the portal instead (RFC 6585 §6).",
            "Intercepting with 200 or a 302 to the portal page: apps and API clients take the portal page for the real answer; send 511 with a link.",
        ],
        on_receipt: "You are behind a captive portal: open the link from the response in a browser, sign in \
                     or accept the terms, then retry. Do not cache the response or treat its body as the \
                     content you asked for.",
        examples: &[Example {
            title: "Hotel Wi-Fi intercepts an app's first request",
            request: "GET /news HTTP/1.1\nHost: www.example.com\nUser-Agent: WeatherWidget/4.2",
            response: "HTTP/1.1 511 Network Authentication Required\nContent-Type: text/html; charset=utf-8\nCache-Control: no-store\n\n<html><head><title>Network sign-in required</title></head><body><p>This Wi-Fi network needs you to <a href=\"https://wifi.example.com/login\">sign in</a> before you can use the internet.</p></body></html>",
        }],
        headers: &[Header {
            name: "Cache-Control",
            usage: HeaderUsage::May,
            why: "no-store makes the ban on storing 511 responses explicit for caches that do not know the code.",
            source: "RFC 6585 §6; RFC 9111 §5.2",
        }],
        cache: Cache::Never("RFC 6585 §6"),
        retry: "Yes, once the user has signed in or accepted the terms on the portal; until then every request gets the same answer.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 401,
                how: "The origin server itself wants credentials for this resource.",
            },
            Related {
                code: 407,
                how: "A configured proxy wants credentials through Proxy-Authenticate.",
            },
            Related {
                code: 302,
                how: "What a portal sends when it redirects instead; the client cannot tell that redirect from one sent by the site (RFC 6585 §6.1).",
            },
        ],
        keywords: &[
            "captive portal",
            "wifi login",
            "hotspot",
            "hotel wifi",
            "airport wifi",
            "public wifi",
            "guest network",
            "network login",
            "sign in to network",
            "accept terms",
            "intercepting proxy",
            "portal",
        ],
    },
];
