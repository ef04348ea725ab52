//! Records for unofficial.

use super::types::*;

pub static CODES: &[Status] = &[
    Status {
        code: 103,
        name: "Checkpoint",
        standing: Standing::Unofficial {
            vendor: "Spring Framework (up to 6.x)",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Spring's old constant for a resumable-upload checkpoint; 103 is Early Hints.",
        meaning: "Spring Framework up to 6.x had HttpStatus.CHECKPOINT = 103, left over from a Google \
                  Gears proposal for resuming interrupted POST and PUT uploads. The number was never \
                  registered for that use: IANA assigns 103 to Early Hints (RFC 8297), and that \
                  registered meaning takes precedence. Spring deprecated the constant in 6.0.5 in \
                  favour of EARLY_HINTS and removed it in 7.0.",
        use_when: &[],
        avoid: &[
            "Sending 103 to mean \"upload checkpoint\": every current client reads 103 as Early Hints. For resumable uploads look at 104 (Upload Resumption Supported) from the IETF resumable-upload draft, or build on ordinary 2xx responses.",
            "Keeping HttpStatus.CHECKPOINT in Java code: it is deprecated in Spring 6 and gone in Spring 7; use HttpStatus.EARLY_HINTS if you really mean 103.",
        ],
        on_receipt: "Treat any 103 as Early Hints: an interim response whose Link headers may be used for \
                     preloading, followed later by the final response. If Java code stops compiling on \
                     Spring 7 because CHECKPOINT is missing, replace it with EARLY_HINTS or drop the branch.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Not applicable: a 1xx response is interim, and the final response decides what happens next.",
        redirect: None,
        body: Body::Never,
        related: &[
            Related {
                code: 103,
                how: "The registered meaning of this number (RFC 8297): Link headers sent ahead of the final response.",
            },
            Related {
                code: 104,
                how: "IANA's temporary code for resumable uploads, the job Checkpoint was meant for.",
            },
        ],
        keywords: &[
            "spring",
            "spring framework",
            "java enum",
            "resumable upload",
            "resume upload",
            "google gears",
            "deprecated constant",
            "removed in spring 7",
        ],
    },
    Status {
        code: 218,
        name: "This is fine",
        standing: Standing::Unofficial {
            vendor: "Apache HTTP Server (attributed)",
            verified: false,
        },
        former_names: &[],
        spec: None,
        summary: "Said to be an Apache error-override code; no Apache source confirms it.",
        meaning: "Popular lists claim Apache sends 218 when ProxyErrorOverride is on and the backend \
                  returned an error, but the Apache httpd source defines no 218, and at least one \
                  reference site traces the claim to an unsourced wiki edit. The number is not \
                  registered with IANA; it lies in \
                  the unassigned 209–225 range. Treat it as folklore unless a specific product \
                  documents it.",
        use_when: &[],
        avoid: &[
            "Sending 218 to mean \"there was an error, but carry on\": a 2xx tells every client, cache and monitor that the request succeeded. Send the real error status, usually 502 from a proxy.",
            "Citing Apache httpd as its source: the httpd code has no 218 entry.",
        ],
        on_receipt: "Find out which component produced it (Server header, proxy and application logs): it is \
                     not stock Apache behaviour, so a custom module, application or test server is \
                     emitting it. Because it is a 2xx, clients will treat it as success; check the body \
                     before trusting it.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Not applicable: as a 2xx it reports success; if the body describes an error, handle that error.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 200,
                how: "The real success code; 218 also claims success, which is why it misleads.",
            },
            Related {
                code: 502,
                how: "What a proxy should send when the upstream answered with an error or garbage.",
            },
        ],
        keywords: &[
            "apache",
            "httpd",
            "proxyerroroverride",
            "joke status",
            "meme",
            "fake success",
            "error override",
            "wikipedia list",
            "unverified",
        ],
    },
    Status {
        code: 418,
        name: "I'm a teapot",
        standing: Standing::Unofficial {
            vendor: "RFC 2324 (April 1 joke)",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "The April Fools' coffee-pot joke code; IANA holds 418 as (Unused).",
        meaning: "RFC 2324, an April 1 RFC from 1998 describing a Hyper Text Coffee Pot Control \
                  Protocol, said a teapot asked to brew coffee should answer 418. It was never a real \
                  HTTP status: RFC 9110 §15.5.19 reserves 418 as (Unused) because the joke is deployed \
                  too widely for the number to be reused, and that registered status takes precedence. \
                  Python, Node, Go, Rust's http crate, Symfony and Apache httpd still name it; Spring 7 \
                  deprecates it and .NET leaves it out on purpose.",
        use_when: &[
            "Only as a deliberate joke or Easter egg on an endpoint that no real client depends on.",
        ],
        avoid: &[
            "Using 418 as a general \"go away\" or bot-blocking code: clients and monitoring cannot tell what it means. Send 403 for a refusal or 429 for throttling.",
            "Relying on a library constant for it: .NET's HttpStatusCode has no teapot member and Spring 7 deprecates I_AM_A_TEAPOT; write the number if you must.",
        ],
        on_receipt: "Some services return 418 as an Easter egg, or to turn away traffic they believe is \
                     automated (unusual User-Agent, scraping patterns). Handle it like any other 4xx \
                     refusal: do not repeat the request unchanged, and check whether the API documents it.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "No, not unchanged: treat it as a refusal.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 403,
                how: "The real code for refusing a request the server understood.",
            },
            Related {
                code: 429,
                how: "The real code for throttling bots or heavy clients.",
            },
        ],
        keywords: &[
            "htcpcp",
            "coffee pot",
            "april fools",
            "easter egg",
            "joke status",
            "rfc 2324",
            "brew coffee",
            "short and stout",
            "reserved code",
        ],
    },
    Status {
        code: 419,
        name: "Page Expired",
        standing: Standing::Unofficial {
            vendor: "Laravel",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Laravel's CSRF check failed: the token is missing, stale or does not match.",
        meaning: "Laravel's CSRF middleware (VerifyCsrfToken up to Laravel 12, PreventRequestForgery from \
                  Laravel 13) throws TokenMismatchException for a state-changing request (anything but \
                  GET, HEAD and OPTIONS) whose token does not match the session's; Laravel 13 first lets \
                  through requests the browser marks Sec-Fetch-Site: same-origin. The exception handler \
                  turns the exception into 419 with a \"Page Expired\" page, or \
                  {\"message\": \"CSRF token mismatch.\"} for JSON requests. The usual trigger is an \
                  expired session. The number is not registered with IANA (419 is unassigned); since \
                  Symfony has no phrase for it, the status line typically reads \"419 unknown status\".",
        use_when: &[
            "Laravel sends it automatically when a POST, PUT, PATCH or DELETE on a web route arrives without a valid CSRF token.",
            "A form is submitted after the session expired, so the token embedded in the page no longer matches.",
        ],
        avoid: &[
            "Returning 419 from a non-Laravel API for expired logins: clients will not recognise it. Send 401 with WWW-Authenticate for expired credentials, or 403 for a failed CSRF check.",
            "Silencing it by adding routes to the CSRF $except list: that removes the protection. Fix the missing token or the session cookie instead.",
        ],
        on_receipt: "For forms, check that the Blade form contains @csrf and reload the page to get a fresh \
                     token; for AJAX, send X-CSRF-TOKEN (from the csrf-token meta tag) or let Axios send \
                     X-XSRF-TOKEN from the XSRF-TOKEN cookie. If every request fails, the session is not \
                     sticking: check SESSION_DOMAIN, the secure-cookie setting against HTTP vs HTTPS, \
                     session storage permissions, and that load-balanced servers share the session store \
                     and APP_KEY. Pages served from a cache with an old embedded token cause it too.",
        examples: &[Example {
            title: "An AJAX post after the session expired",
            request: "POST /comments HTTP/1.1\nHost: app.example.com\nAccept: application/json\nContent-Type: application/json\nX-Requested-With: XMLHttpRequest\nX-CSRF-TOKEN: 4Wq2m9xQ...\nCookie: laravel_session=eyJpdiI6...\n\n{\"body\": \"Looks good to me\"}",
            response: "HTTP/1.1 419 unknown status\nContent-Type: application/json\nCache-Control: no-cache, private\n\n{\"message\": \"CSRF token mismatch.\"}",
        }],
        headers: &[Header {
            name: "X-CSRF-TOKEN",
            usage: HeaderUsage::Request,
            why: "A missing or stale token here (or in the _token field, or X-XSRF-TOKEN) is what triggers 419 on AJAX calls.",
            source: "Laravel 13.x PreventRequestForgery::getTokenFromRequest (laravel/framework, 2026-08-21); Laravel documentation, CSRF Protection",
        }],
        cache: Cache::Unspecified,
        retry: "Not unchanged: get a fresh page or token (and a live session) first, then resubmit.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 403,
                how: "The registered code for a refusal; most other frameworks answer a failed CSRF check with 403.",
            },
            Related {
                code: 401,
                how: "The registered code when the login itself has expired and credentials are needed again.",
            },
            Related {
                code: 440,
                how: "Outlook Web Access's unofficial logon error, another \"your session is gone\" code.",
            },
        ],
        keywords: &[
            "laravel",
            "csrf",
            "csrf token mismatch",
            "tokenmismatchexception",
            "session expired",
            "form expired",
            "xsrf",
            "@csrf",
            "php",
            "token expired",
        ],
    },
    Status {
        code: 419,
        name: "Authentication Timeout",
        standing: Standing::Unofficial {
            vendor: "ASP.NET Core",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "A named constant in ASP.NET Core with no behaviour documented by Microsoft.",
        meaning: "Microsoft.AspNetCore.Http.StatusCodes defines Status419AuthenticationTimeout = 419, but \
                  Microsoft documents no behaviour for it: it is a number with a label. 419 is not \
                  registered with IANA and the number is unassigned. Laravel uses the same number for a \
                  failed CSRF check, so a 419 means different things in different stacks.",
        use_when: &[],
        avoid: &[
            "Returning Status419AuthenticationTimeout for an expired login or token: clients and proxies do not know it. Send 401 with a WWW-Authenticate challenge (for bearer tokens, error=\"invalid_token\").",
            "Assuming a 419 you receive came from ASP.NET Core: Laravel sends 419 for CSRF failures, which is unrelated.",
        ],
        on_receipt: "Treat it as an application-specific authentication failure: re-authenticate (refresh the \
                     token or log in again) and retry once. If it repeats, read the API's own \
                     documentation, since the framework attaches no meaning to the code.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Only after re-authenticating; the unchanged request will fail the same way.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 401,
                how: "The registered code for missing or expired credentials; pair it with WWW-Authenticate.",
            },
            Related {
                code: 408,
                how: "The registered timeout code, but for a client that was too slow to send its request, not an expired login.",
            },
        ],
        keywords: &[
            "asp.net core",
            "dotnet",
            "statuscodes",
            "status419authenticationtimeout",
            "session timeout",
            "login expired",
            "token expired",
            "c#",
            "microsoft",
        ],
    },
    Status {
        code: 419,
        name: "Insufficient Space On Resource",
        standing: Standing::Unofficial {
            vendor: "Spring Framework (up to 6.x)",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Spring 6's deprecated WebDAV-draft constant for a full store; gone in Spring 7.",
        meaning: "Spring Framework up to 6.x defined HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE = 419, \
                  taken from an early WebDAV draft for a server that could not store a resource. The \
                  draft code was never registered with IANA (419 is unassigned); Spring deprecated the \
                  constant and removed it in 7.0. The registered WebDAV code for running out of space is \
                  507 Insufficient Storage (RFC 4918).",
        use_when: &[],
        avoid: &[
            "Sending 419 when storage is full: send 507 Insufficient Storage, which WebDAV clients understand.",
            "Referencing HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE: it is gone in Spring 7; use INSUFFICIENT_STORAGE.",
        ],
        on_receipt: "If a server really sends 419 with this meaning, treat it like 507: free space or shrink \
                     the upload before trying again. A 419 more often comes from Laravel (a CSRF failure), \
                     so read the body first.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Not until space is freed or the request is made smaller.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 507,
                how: "The registered WebDAV code for not enough storage (RFC 4918).",
            },
            Related {
                code: 413,
                how: "The request content exceeds a size limit, not the capacity of the store.",
            },
        ],
        keywords: &[
            "spring",
            "spring framework",
            "webdav",
            "disk full",
            "storage full",
            "no space left",
            "quota",
            "deprecated constant",
            "java",
        ],
    },
    Status {
        code: 420,
        name: "Method Failure",
        standing: Standing::Unofficial {
            vendor: "Spring Framework (up to 6.x)",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Spring 6's deprecated WebDAV-draft constant for a failed method; gone in 7.",
        meaning: "Spring Framework up to 6.x defined HttpStatus.METHOD_FAILURE = 420, copied from an early \
                  WebDAV draft. The code was never registered with IANA (420 is unassigned); Spring \
                  deprecated the constant and removed it in 7.0. Published WebDAV reports an action \
                  that failed because another one did with 424 Failed Dependency (RFC 4918).",
        use_when: &[],
        avoid: &[
            "Sending 420 for a failed operation: use 424 Failed Dependency inside a WebDAV multistatus, or the specific 4xx or 5xx that describes the failure.",
            "Keeping HttpStatus.METHOD_FAILURE in Java code: it no longer exists in Spring 7.",
        ],
        on_receipt: "Read the body for the real reason. If it talks about rate limits, the server is the old \
                     Twitter v1 API or copies it, so back off; otherwise treat it as a generic client error \
                     and do not repeat the request unchanged.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "No, not unchanged.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 424,
                how: "The registered WebDAV code for an action that failed because another one did (RFC 4918).",
            },
            Related {
                code: 422,
                how: "The registered code when the request was understood but its instructions could not be carried out.",
            },
        ],
        keywords: &[
            "spring",
            "spring framework",
            "webdav",
            "deprecated constant",
            "java",
            "operation failed",
            "draft status",
            "removed in spring 7",
        ],
    },
    Status {
        code: 420,
        name: "Enhance Your Calm",
        standing: Standing::Unofficial {
            vendor: "Twitter API v1",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Twitter's old rate-limit code for its v1 Search and Trends APIs.",
        meaning: "Twitter's v1 Search and Trends APIs answered 420 when a client went over its rate limit \
                  (announced for Search in December 2009, in force from 18 January 2010). It was never \
                  registered with IANA (420 is unassigned). API v1.1 replaced it with the standard 429 \
                  Too Many Requests, and v1 itself has long been retired.",
        use_when: &[
            "Historically, Twitter's v1 Search and Trends APIs sent it to an application over its rate limit.",
        ],
        avoid: &[
            "Copying 420 for your own rate limiting: send 429 Too Many Requests with Retry-After, which clients and libraries understand.",
            "Treating every 420 as rate limiting: Spring up to 6.x also named 420 Method Failure, so read the body.",
        ],
        on_receipt: "Stop sending requests, honour Retry-After if it is present, and otherwise back off \
                     exponentially with jitter. If a Twitter/X endpoint still returns it, the client is on \
                     a retired API version; move to the current API, which answers 429.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Yes, after waiting: honour Retry-After or back off exponentially.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 429,
                how: "The registered rate-limit code that replaced 420 in Twitter API v1.1.",
            },
            Related {
                code: 503,
                how: "The whole service is overloaded, rather than one client over its quota.",
            },
        ],
        keywords: &[
            "twitter",
            "twitter api",
            "rate limit",
            "rate limited",
            "throttled",
            "calm down",
            "search api",
            "trends api",
            "too many requests",
            "backoff",
        ],
    },
    Status {
        code: 421,
        name: "Destination Locked",
        standing: Standing::Unofficial {
            vendor: "Spring Framework (up to 6.x)",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Spring 6's deprecated WebDAV-draft constant; 421 is Misdirected Request.",
        meaning: "Spring Framework up to 6.x defined HttpStatus.DESTINATION_LOCKED = 421, taken from an \
                  early WebDAV draft for a locked destination resource. It was never registered for \
                  that purpose: IANA assigns 421 to Misdirected Request (RFC 9110 §15.5.20), and that \
                  registered meaning takes precedence. Spring deprecated the constant, removed it in 7.0 \
                  and added MISDIRECTED_REQUEST instead.",
        use_when: &[],
        avoid: &[
            "Sending 421 for a locked resource: clients read 421 as Misdirected Request and may retry on another connection. Send 423 Locked (RFC 4918).",
            "Using HttpStatus.DESTINATION_LOCKED in Java: it is removed in Spring 7; use LOCKED for locks or MISDIRECTED_REQUEST for the registered 421.",
        ],
        on_receipt: "Assume the registered meaning: this connection cannot serve that host, so retry on a \
                     fresh connection (RFC 9110 §15.5.20 allows that even for non-idempotent methods). A \
                     WebDAV server that sends 421 to mean a locked destination is wrong and should send 423.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Under the registered meaning, yes on a different connection (RFC 9110 §15.5.20); a lock does not clear by retrying.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 421,
                how: "The registered meaning of this number: the request reached a server that cannot answer for that host.",
            },
            Related {
                code: 423,
                how: "The registered WebDAV code for a locked resource (RFC 4918).",
            },
        ],
        keywords: &[
            "spring",
            "spring framework",
            "webdav",
            "locked",
            "lock",
            "copy move destination",
            "deprecated constant",
            "java",
            "misdirected clash",
        ],
    },
    Status {
        code: 430,
        name: "Shopify Security Rejection",
        standing: Standing::Unofficial {
            vendor: "Shopify",
            verified: false,
        },
        former_names: &[],
        spec: None,
        summary: "Reportedly Shopify refusing a request it judged possibly malicious.",
        meaning: "Third-party lists say Shopify answers 430 when its security layer flags a request as \
                  potentially malicious; older lists describe it as a rate-limit code instead. Neither \
                  claim could be checked against Shopify's own documentation, so treat the name and \
                  meaning as unconfirmed. 430 is not registered with IANA and the number is unassigned.",
        use_when: &[],
        avoid: &[
            "Sending 430 from your own service: clients cannot interpret it. Use 403 for a security refusal or 429 for throttling.",
            "Hammering retries on the assumption that it is only a rate limit: if it is a security block, retries make it worse.",
        ],
        on_receipt: "Slow down and look at what could make the traffic look abusive: request rate, a missing or \
                     generic User-Agent, many requests from one IP, scraping patterns. Use Shopify's \
                     authenticated APIs instead of scraping storefront pages, and contact Shopify support \
                     with request details if legitimate traffic is blocked.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Only after a pause, and after changing whatever made the request look suspicious.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 403,
                how: "The registered code for refusing a request, including on security grounds.",
            },
            Related {
                code: 429,
                how: "The registered code for rate limiting, which older lists said 430 meant.",
            },
        ],
        keywords: &[
            "shopify",
            "blocked by shopify",
            "bot protection",
            "storefront",
            "scraping",
            "rate limit",
            "waf",
            "malicious request",
            "ecommerce",
        ],
    },
    Status {
        code: 440,
        name: "Login Timeout",
        standing: Standing::Unofficial {
            vendor: "Microsoft IIS / Outlook Web Access",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Outlook Web Access could not log the user on, usually an IIS auth problem.",
        meaning: "Exchange's Outlook Web Access shows \"440 Login Timeout\" when a user cannot log on. \
                  Microsoft's troubleshooting articles for Exchange 2007 and 2010 trace it to permission \
                  or authentication problems in IIS or the IIS metabase rather than to a clock running \
                  out, and Microsoft never defines the code formally. It is not registered with IANA; \
                  440 is unassigned.",
        use_when: &[
            "Outlook Web Access on IIS shows it when logon fails, typically after a change to IIS authentication settings or account permissions.",
        ],
        avoid: &[
            "Sending 440 from your own application for an expired session: send 401 with a login challenge, or redirect to the login page with 303.",
            "Assuming the user simply waited too long: when it appears right at logon, the documented causes are IIS configuration problems and logging in again will fail the same way.",
        ],
        on_receipt: "Users: clear the site's cookies and log in again; if it fails at once, report it to the \
                     mail administrator. Administrators: check authentication and permission settings on \
                     the OWA virtual directories in IIS (Microsoft's fix is often to remove and re-create \
                     them), the rights of the IIS anonymous account, and local security policies that \
                     deny it logon (for example the Guests group added to \"Deny log on locally\").",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Only once the logon problem is fixed; repeating the same logon will fail again.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 401,
                how: "The registered code for missing or rejected credentials.",
            },
            Related {
                code: 403,
                how: "The registered code when the user is known but not allowed in.",
            },
        ],
        keywords: &[
            "outlook web access",
            "owa",
            "exchange",
            "iis",
            "login failed",
            "logon error",
            "session timeout",
            "microsoft",
            "authentication timeout",
            "outlook",
        ],
    },
    Status {
        code: 444,
        name: "Connection Closed Without Response",
        standing: Standing::Unofficial {
            vendor: "nginx",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "nginx closed the connection without sending any response at all.",
        meaning: "In nginx, \"return 444;\" (the internal constant NGX_HTTP_CLOSE) drops the connection \
                  without writing a status line, headers or body, so the client only sees a closed \
                  connection. nginx gives the code no name or reason phrase (this label is descriptive); \
                  the number appears only in nginx's access log. It is not registered with IANA (444 is \
                  unassigned), and although a body would be allowed, none is ever sent.",
        use_when: &[
            "A catch-all default server answers requests for unknown Host names (scanners, hits on the bare IP) with nothing.",
            "Dropping clearly malicious or unwanted requests (exploit probes, blocked user agents) without spending bandwidth on a reply.",
        ],
        avoid: &[
            "Using 444 on clients you care about: they get a network error with no explanation, and browsers may retry. Send 403 or 404 with a short body.",
            "Sending 444 from an application behind nginx and expecting the connection to be dropped: only nginx's own return 444 does that.",
            "Counting 444s as server errors in dashboards: they are deliberate drops.",
        ],
        on_receipt: "If a client reports \"Empty reply from server\" or a reset connection and nginx logged 444, \
                     a rule dropped the request on purpose: find the return 444 (often in a default_server \
                     block, a User-Agent map or a deny rule) and see why the request matched, most often \
                     a Host header that matches no server_name.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Not unchanged: the rule will match again; fix the Host header or whatever triggered it.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 403,
                how: "The polite refusal: a real response the client can read.",
            },
            Related {
                code: 404,
                how: "What to send for unknown hosts or paths if clients should get an answer.",
            },
            Related {
                code: 499,
                how: "Also an nginx log-only code, but there the client hung up, not nginx.",
            },
        ],
        keywords: &[
            "nginx",
            "no response",
            "empty reply",
            "connection closed",
            "dropped connection",
            "return 444",
            "ngx_http_close",
            "default server",
            "block bots",
            "connection reset",
        ],
    },
    Status {
        code: 449,
        name: "Retry With",
        standing: Standing::Unofficial {
            vendor: "Microsoft WebDAV (MS-WDV)",
            verified: true,
        },
        former_names: &[Alias {
            name: "Reply With",
            source: "[MS-WDV] 2.2.6 (reason phrase in the ABNF)",
        }],
        spec: None,
        summary: "Microsoft extension: resend the request with an Ms-Echo-Reply header.",
        meaning: "Defined in Microsoft's [MS-WDV] WebDAV client extensions: the server needs more \
                  information before it answers, so it returns 449 with an Ms-Echo-Request header, and \
                  a client that supports the extension processes the body (without showing it) and \
                  repeats the request with an Ms-Echo-Reply header. It is not registered with IANA (449 \
                  is unassigned); the spec's ABNF spells the reason phrase \"Reply With\".",
        use_when: &[
            "A server implementing [MS-WDV] needs the client to supply extra information, for example a cookie set by the response body, and then repeat the same request.",
        ],
        avoid: &[
            "Sending 449 to clients that do not implement [MS-WDV]: they must treat an unknown 4xx like 400 (RFC 9110 §15) and will stop.",
            "Answering a request that already carries Ms-Echo-Reply with another 449: the spec forbids it, and it would loop.",
        ],
        on_receipt: "A client that supports the extension processes the body, then repeats the same request \
                     with an Ms-Echo-Reply header carrying the token from Ms-Echo-Request. Other clients \
                     should treat it as a generic client error.",
        examples: &[Example {
            title: "Server asks the browser to set a cookie and ask again",
            request: "GET /reports/summary HTTP/1.1\nHost: files.example.com\nAccept: */*",
            response: "HTTP/1.1 449 Retry With\nContent-Type: text/html\nMs-Echo-Request: 7f3a9c\n\n<html><body onload=\"document.cookie='tz=' + new Date().getTimezoneOffset()\"></body></html>",
        }],
        headers: &[
            Header {
                name: "Ms-Echo-Request",
                usage: HeaderUsage::Must,
                why: "A 449 response has to carry it; the client echoes it back when it retries.",
                source: "[MS-WDV] 3.2.5.6",
            },
            Header {
                name: "Ms-Echo-Reply",
                usage: HeaderUsage::Request,
                why: "Sent on the repeated request; a server must not answer such a request with 449 again.",
                source: "[MS-WDV] 3.1.5.5, 3.2.5.6",
            },
        ],
        cache: Cache::Unspecified,
        retry: "Yes, once and at once: repeat the same request with Ms-Echo-Reply, if the client supports [MS-WDV].",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 401,
                how: "A registered challenge-and-retry pattern, but for credentials.",
            },
            Related {
                code: 428,
                how: "A registered code asking the client to resend the request with a precondition.",
            },
        ],
        keywords: &[
            "microsoft",
            "webdav",
            "ms-wdv",
            "ms-echo-request",
            "ms-echo-reply",
            "windows",
            "resend request",
            "more information needed",
            "iis",
        ],
    },
    Status {
        code: 450,
        name: "Blocked by Windows Parental Controls",
        standing: Standing::Unofficial {
            vendor: "Microsoft (attributed)",
            verified: false,
        },
        former_names: &[],
        spec: None,
        summary: "Said to mean Windows Parental Controls blocked the page; no Microsoft source.",
        meaning: "Several third-party tables describe 450 as Windows Parental Controls blocking access to a \
                  web page, but no Microsoft document confirming it was found, so treat the attribution \
                  as unverified. It is not registered with IANA; 450 is unassigned.",
        use_when: &[],
        avoid: &[
            "Sending 450 for content filtering: use 403 Forbidden, or 451 Unavailable For Legal Reasons when the block is legally required.",
            "Debugging the web server over it: if it really comes from parental controls, the block sits on the client's machine or network.",
        ],
        on_receipt: "Look for filtering on the client side (family-safety settings, a filtering proxy or DNS \
                     filter) rather than at the web server; whoever manages those controls can allow the \
                     site. Nothing on the server changes the outcome.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Not until the filter allows the site.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 403,
                how: "The registered code for a refusal, whatever the reason.",
            },
            Related {
                code: 451,
                how: "The registered code when access is blocked for legal reasons.",
            },
        ],
        keywords: &[
            "windows",
            "family safety",
            "family settings",
            "content filter",
            "blocked website",
            "microsoft",
            "child safety",
            "web filter",
            "unverified",
        ],
    },
    Status {
        code: 451,
        name: "Redirect",
        standing: Standing::Unofficial {
            vendor: "Microsoft Exchange ActiveSync",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Exchange ActiveSync: use another server, named in X-MS-Location.",
        meaning: "In Exchange ActiveSync ([MS-ASHTTP]) a server answers 451 when the device reached a server \
                  that cannot get to the user's mailbox, or when a better server exists. The response may \
                  name the right endpoint in an X-MS-Location header; without one, the client runs \
                  Autodiscover again. IANA assigns 451 to Unavailable For Legal Reasons (RFC 7725), and \
                  that registered meaning takes precedence outside ActiveSync.",
        use_when: &[
            "An Exchange server receives ActiveSync traffic for a mailbox it cannot serve, or knows a more suitable server for it.",
        ],
        avoid: &[
            "Using 451 as a generic redirect in your own API: other clients read it as Unavailable For Legal Reasons. Use 307 or 308 with Location.",
            "Ignoring X-MS-Location in an ActiveSync client and retrying the same host: it will keep answering 451.",
        ],
        on_receipt: "An ActiveSync client sends all later requests to the URL in X-MS-Location; if the header \
                     is missing, it runs Autodiscover again to find the right server. Outside ActiveSync, \
                     a 451 means content withheld for legal reasons.",
        examples: &[Example {
            title: "A phone syncing against a server that no longer holds the mailbox",
            request: "POST /Microsoft-Server-ActiveSync?Cmd=FolderSync&User=jdoe&DeviceId=A1B2C3D4&DeviceType=SmartPhone HTTP/1.1\nHost: mail.example.com\nContent-Type: application/vnd.ms-sync.wbxml\nMS-ASProtocolVersion: 14.1\nAuthorization: Basic amRvZTpleGFtcGxl",
            response: "HTTP/1.1 451\nX-MS-Location: https://eas2.example.com/Microsoft-Server-ActiveSync\nCache-Control: private\nContent-Length: 0",
        }],
        headers: &[Header {
            name: "X-MS-Location",
            usage: HeaderUsage::May,
            why: "Names the URL the client should use for this and all later requests.",
            source: "[MS-ASHTTP] 3.1.5.2.2",
        }],
        cache: Cache::Unspecified,
        retry: "Yes, against the URL in X-MS-Location (or the server Autodiscover finds), not the same host.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 451,
                how: "The registered meaning of this number (RFC 7725): unavailable for legal reasons.",
            },
            Related {
                code: 307,
                how: "The registered temporary redirect, with Location and the method kept.",
            },
            Related {
                code: 421,
                how: "The registered code for a server that cannot answer for the requested host.",
            },
        ],
        keywords: &[
            "exchange",
            "activesync",
            "eas",
            "x-ms-location",
            "autodiscover",
            "mailbox moved",
            "wrong server",
            "mobile mail",
            "microsoft",
        ],
    },
    Status {
        code: 456,
        name: "Blocked",
        standing: Standing::Unofficial {
            vendor: "Microsoft Exchange ActiveSync",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Exchange ActiveSync: the user's account is blocked.",
        meaning: "[MS-ASHTTP] lists 456 as the answer to an ActiveSync request from a user whose account is \
                  blocked. It is an Exchange ActiveSync status, not a general HTTP one: it is not \
                  registered with IANA and 456 is unassigned.",
        use_when: &[
            "An Exchange server refuses ActiveSync requests because the user's account is blocked.",
        ],
        avoid: &[
            "Sending 456 outside ActiveSync: use 403 for a disabled or blocked account.",
            "Prompting the user for a new password: the account is blocked, not the password wrong; only an administrator can unblock it.",
        ],
        on_receipt: "Stop syncing and tell the user the account is blocked; an Exchange administrator has to \
                     check whether the account is disabled or locked out and unblock it. Retrying will not help.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "No, not until an administrator unblocks the account.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 403,
                how: "The registered code for a refused, identified user; the usual choice for disabled accounts.",
            },
            Related {
                code: 401,
                how: "The registered code when the credentials themselves are missing or wrong.",
            },
        ],
        keywords: &[
            "exchange",
            "activesync",
            "eas",
            "account blocked",
            "account disabled",
            "locked out",
            "mobile mail",
            "microsoft",
            "sync failed",
        ],
    },
    Status {
        code: 457,
        name: "Expired Password",
        standing: Standing::Unofficial {
            vendor: "Microsoft Exchange ActiveSync",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Exchange ActiveSync: the user's password has expired.",
        meaning: "[MS-ASHTTP] lists 457 as the answer to an ActiveSync request from a user whose password \
                  has expired. It is an Exchange ActiveSync status, not a general HTTP one: it is not \
                  registered with IANA and 457 is unassigned.",
        use_when: &[
            "An Exchange server refuses ActiveSync requests because the user's password has expired.",
        ],
        avoid: &[
            "Sending 457 outside ActiveSync: use 401 or 403 with a body that says the password must be changed.",
            "Re-sending the old password: the server knows it has expired; the user must set a new one first.",
        ],
        on_receipt: "Ask the user to change the password through the organisation's usual route (Outlook on \
                     the web or a desktop sign-in), then enter the new password on the device and sync again.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "After the password has been changed and updated on the device.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 401,
                how: "The registered code for credentials that are missing or no longer accepted.",
            },
            Related {
                code: 403,
                how: "The registered code when the server finds the credentials it got not enough to grant access (RFC 9110 §15.5.4).",
            },
        ],
        keywords: &[
            "exchange",
            "activesync",
            "eas",
            "password change required",
            "change password",
            "mobile mail",
            "microsoft",
            "sync failed",
            "credentials",
        ],
    },
    Status {
        code: 460,
        name: "Client Closed Connection",
        standing: Standing::Unofficial {
            vendor: "AWS Application Load Balancer",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "AWS ALB log code: the client hung up before the load balancer answered.",
        meaning: "An Application Load Balancer records 460 when the client closes its connection before the \
                  load balancer's idle timeout has run out, typically because the client's own timeout is \
                  shorter than the time the target takes. AWS gives the code no name (this label is \
                  descriptive); it is not registered with IANA and 460 is unassigned. The client has \
                  gone, so nobody receives the response.",
        use_when: &[
            "The ALB records it when a client disconnects while its request is still waiting on the target.",
        ],
        avoid: &[
            "Treating 460s as target failures: the target may have been healthy but slow, and the client gave up.",
            "Sending 460 from a target: it only has meaning in ALB logs and metrics.",
        ],
        on_receipt: "Compare the client's timeout with the ALB idle timeout and with the target's response time \
                     (target_processing_time in the access log). Make the target answer before the client \
                     gives up, or raise the client timeout to at least the ALB idle timeout if the client \
                     allows it.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "The client may retry idempotent requests, ideally with a longer timeout; for POST, check first whether the first attempt took effect.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 499,
                how: "nginx's log-only code for the same event.",
            },
            Related {
                code: 408,
                how: "The registered code for the opposite case: the server gave up waiting for the client.",
            },
            Related {
                code: 504,
                how: "The load balancer gave up on the target, while the client was still waiting.",
            },
        ],
        keywords: &[
            "aws",
            "alb",
            "elb",
            "load balancer",
            "client timeout",
            "client disconnected",
            "client went away",
            "idle timeout",
            "access log",
            "amazon",
        ],
    },
    Status {
        code: 463,
        name: "X-Forwarded-For Too Long",
        standing: Standing::Unofficial {
            vendor: "AWS Application Load Balancer",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "AWS ALB refused a request whose X-Forwarded-For lists more than 30 IPs.",
        meaning: "An Application Load Balancer returns 463 when the incoming X-Forwarded-For header carries \
                  more than 30 IP addresses. AWS gives the code no name (this label is descriptive); it \
                  is not registered with IANA and 463 is unassigned. Chains that long usually come from a \
                  proxy loop or from many proxy layers each appending an address.",
        use_when: &[
            "The ALB receives a request whose X-Forwarded-For header lists more than 30 addresses.",
        ],
        avoid: &[
            "Sending 463 from your own service for oversized headers: use 431 Request Header Fields Too Large.",
            "Letting every proxy hop append to X-Forwarded-For without limit: a routing loop grows the header until the ALB rejects it.",
        ],
        on_receipt: "Inspect the X-Forwarded-For value that reached the ALB: repeated addresses point to a loop \
                     (for example a CDN or proxy forwarding back to itself), a long list of distinct ones to \
                     too many proxy layers. Break the loop, or have an upstream proxy replace the header \
                     instead of appending to it.",
        examples: &[],
        headers: &[Header {
            name: "X-Forwarded-For",
            usage: HeaderUsage::Request,
            why: "More than 30 IP addresses in this header triggers the error.",
            source: "AWS ALB user guide, Troubleshoot your Application Load Balancers, HTTP 463",
        }],
        cache: Cache::Unspecified,
        retry: "Not unchanged: the same header will be rejected again.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 431,
                how: "The registered code for request header fields that are too large.",
            },
            Related {
                code: 400,
                how: "The generic code the ALB uses for other malformed or oversized requests.",
            },
        ],
        keywords: &[
            "aws",
            "alb",
            "elb",
            "load balancer",
            "x-forwarded-for",
            "xff",
            "proxy loop",
            "forwarded header",
            "too many proxies",
            "header too long",
        ],
    },
    Status {
        code: 464,
        name: "Incompatible Protocol Version",
        standing: Standing::Unofficial {
            vendor: "AWS Application Load Balancer",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "AWS ALB: the request's protocol does not fit the target group's version.",
        meaning: "An Application Load Balancer returns 464 when the request's protocol is incompatible with \
                  the protocol version set on the target group, for example an HTTP/1.1 request routed to \
                  a gRPC or HTTP/2 target group, or a gRPC request to an HTTP/1.1 group. AWS gives the \
                  code no name (this label is descriptive); it is not registered with IANA and 464 is \
                  unassigned.",
        use_when: &[
            "A listener rule routes a request to a target group whose protocol version (HTTP/1.1, HTTP/2 or gRPC) the request cannot use.",
        ],
        avoid: &[
            "Pointing plain browser or REST traffic at a gRPC target group: separate the traffic with listener rules (path or content-type).",
            "Sending 464 from your own service: use 505 HTTP Version Not Supported or 426 Upgrade Required, whichever fits.",
        ],
        on_receipt: "Compare the target group's protocol version with what the client actually speaks: gRPC \
                     clients need HTTP/2 end to end, and HTTP/1.1 clients need a target group set to \
                     HTTP/1.1. Add listener rules that send each kind of traffic to a matching target group.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Not unchanged: fix the routing or the client's protocol first.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 505,
                how: "The registered code for an HTTP version the server will not handle.",
            },
            Related {
                code: 426,
                how: "The registered code asking the client to switch protocols, named in Upgrade.",
            },
        ],
        keywords: &[
            "aws",
            "alb",
            "elb",
            "load balancer",
            "grpc",
            "http2",
            "http/2",
            "target group",
            "protocol mismatch",
            "http/1.1",
        ],
    },
    Status {
        code: 494,
        name: "Request Header Too Large",
        standing: Standing::Unofficial {
            vendor: "nginx",
            verified: true,
        },
        former_names: &[Alias {
            name: "Request Header Or Cookie Too Large",
            source: "nginx error page text",
        }],
        spec: None,
        summary: "nginx's internal code for oversized request headers; the client gets 400.",
        meaning: "nginx uses 494 (NGX_HTTP_REQUEST_HEADER_TOO_LARGE) internally when a request header, often \
                  a bloated Cookie, does not fit the buffers set by large_client_header_buffers. The \
                  client actually receives 400 Bad Request with the page text \"Request Header Or Cookie \
                  Too Large\", and the access log records 400 as well; the number matters mainly as an \
                  error_page target. It is not registered with IANA (494 is unassigned).",
        use_when: &[
            "nginx raises it itself; refer to it only in error_page 494 to customise the page.",
        ],
        avoid: &[
            "Sending 494 from an application: use 431 Request Header Fields Too Large, the registered code.",
            "Raising large_client_header_buffers without limit: find out first why the cookies grew.",
        ],
        on_receipt: "Look at the size of the Cookie header: clear the site's cookies in the browser and stop the \
                     application from setting too many or oversized cookies (big session or JWT cookies are \
                     typical). If the headers are legitimately large, raise large_client_header_buffers in \
                     nginx and the matching limit in any proxy in front of it.",
        examples: &[Example {
            title: "A browser carrying too many cookies",
            request: "GET /dashboard HTTP/1.1\nHost: www.example.com\nCookie: session=eyJhbGciOi...; prefs=...; (about 12 KB of cookies)",
            response: "HTTP/1.1 400 Bad Request\nServer: nginx\nContent-Type: text/html\n\n<html>\n<head><title>400 Request Header Or Cookie Too Large</title></head>\n<body>\n<center><h1>400 Bad Request</h1></center>\n<center>Request Header Or Cookie Too Large</center>\n<hr><center>nginx</center>\n</body>\n</html>",
        }],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Not unchanged: shrink the headers (usually the cookies) first.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 431,
                how: "The registered code for exactly this situation.",
            },
            Related {
                code: 400,
                how: "What nginx actually sends to the client.",
            },
            Related {
                code: 414,
                how: "nginx's answer when the request URI, not a header, is too long.",
            },
        ],
        keywords: &[
            "nginx",
            "cookie too large",
            "header too large",
            "large_client_header_buffers",
            "400 bad request",
            "big cookies",
            "jwt cookie",
            "request header or cookie too large",
        ],
    },
    Status {
        code: 495,
        name: "SSL Certificate Error",
        standing: Standing::Unofficial {
            vendor: "nginx",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "nginx's internal code for a client certificate that failed verification.",
        meaning: "With client-certificate authentication (ssl_verify_client), nginx uses 495 \
                  (NGX_HTTPS_CERT_ERROR) when the certificate the client presented fails verification: \
                  unknown issuer, expired, revoked and the like. The client receives 400 Bad Request with \
                  the text \"The SSL certificate error\", and the access log records 400; the number \
                  matters as an error_page target. It is not registered with IANA (495 is unassigned).",
        use_when: &[
            "nginx raises it itself; refer to it in error_page 495 to return a friendlier page.",
        ],
        avoid: &[
            "Sending 495 from an application for a bad client certificate: use 403, or 401 if another credential would be accepted.",
            "Turning off ssl_verify_client to make the error go away: fix the certificate or the CA chain instead.",
        ],
        on_receipt: "Read nginx's error log for the exact verification error, then check the client certificate \
                     against ssl_client_certificate: issuer chain, expiry, ssl_verify_depth and any CRL set \
                     with ssl_crl. Reissue the client certificate or add the missing CA.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Not unchanged: present a valid certificate first.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 400,
                how: "What nginx actually sends to the client.",
            },
            Related {
                code: 496,
                how: "nginx's sibling code for when no client certificate was sent at all.",
            },
            Related {
                code: 403,
                how: "The registered code an application would use to refuse the client.",
            },
        ],
        keywords: &[
            "nginx",
            "mtls",
            "mutual tls",
            "client certificate",
            "ssl_verify_client",
            "certificate verify failed",
            "400 bad request",
            "x509",
        ],
    },
    Status {
        code: 496,
        name: "No SSL Certificate",
        standing: Standing::Unofficial {
            vendor: "nginx",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "nginx's internal code when a required client certificate was not sent.",
        meaning: "When ssl_verify_client is on and the client presents no certificate, nginx uses 496 \
                  (NGX_HTTPS_NO_CERT). The client receives 400 Bad Request with the text \"No required SSL \
                  certificate was sent\", and the access log records 400. It is not registered with IANA \
                  (496 is unassigned).",
        use_when: &[
            "nginx raises it itself; refer to it in error_page 496 to explain how to obtain a certificate.",
        ],
        avoid: &[
            "Sending 496 from an application: use 401 or 403 and say which credential is needed.",
            "Setting ssl_verify_client on for a site that also serves browsers without certificates: use optional and check $ssl_client_verify where it matters.",
        ],
        on_receipt: "Configure the client to send its certificate and key (curl --cert and --key, the browser or \
                     OS certificate store, the HTTP library's TLS settings). If it has one but still gets \
                     this, check that the certificate's issuer is among the CAs nginx trusts, and that no \
                     TLS-terminating proxy in between drops it.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Yes, once the client is set up to present its certificate.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 400,
                how: "What nginx actually sends to the client.",
            },
            Related {
                code: 495,
                how: "A certificate was sent but failed verification.",
            },
            Related {
                code: 401,
                how: "The registered code for a missing credential, used with a challenge.",
            },
        ],
        keywords: &[
            "nginx",
            "mtls",
            "mutual tls",
            "client certificate",
            "missing certificate",
            "ssl_verify_client",
            "400 bad request",
            "certificate required",
        ],
    },
    Status {
        code: 497,
        name: "HTTP Request Sent to HTTPS Port",
        standing: Standing::Unofficial {
            vendor: "nginx",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "nginx's internal code for plain HTTP arriving on an HTTPS port.",
        meaning: "nginx uses 497 (NGX_HTTP_TO_HTTPS) when a plain-HTTP request arrives on a port configured \
                  for TLS (listen ... ssl). The client receives 400 Bad Request with the text \"The plain \
                  HTTP request was sent to HTTPS port\", and the access log records 400. It is not \
                  registered with IANA (497 is unassigned).",
        use_when: &[
            "As an error_page target: error_page 497 =301 https://$host$request_uri; sends such clients to the HTTPS URL.",
        ],
        avoid: &[
            "Sending 497 from an application: redirect with 301 or 308 to the https:// URL.",
            "Expecting HTTP and HTTPS to share a port: listen on separate ports and redirect port 80 to HTTPS.",
        ],
        on_receipt: "The client used http:// against a TLS port, often a URL like http://example.com:443 or a \
                     health check or proxy configured without TLS. Switch the client to https://, or add an \
                     error_page 497 redirect so nginx sends such clients to HTTPS.",
        examples: &[Example {
            title: "curl speaking plain HTTP to port 443",
            request: "GET / HTTP/1.1\nHost: www.example.com:443\nUser-Agent: curl/8.5.0\nAccept: */*",
            response: "HTTP/1.1 400 Bad Request\nServer: nginx\nContent-Type: text/html\n\n<html>\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>\n<body>\n<center><h1>400 Bad Request</h1></center>\n<center>The plain HTTP request was sent to HTTPS port</center>\n<hr><center>nginx</center>\n</body>\n</html>",
        }],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Yes, over HTTPS.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 400,
                how: "What nginx actually sends to the client.",
            },
            Related {
                code: 301,
                how: "The usual way to send a client from http:// to the https:// URL.",
            },
            Related {
                code: 308,
                how: "Like 301, but keeps the method and body, which matters for POST.",
            },
        ],
        keywords: &[
            "nginx",
            "http to https",
            "plain http request was sent to https port",
            "wrong port",
            "port 443",
            "ssl port",
            "redirect to https",
            "400 bad request",
        ],
    },
    Status {
        code: 499,
        name: "Client Closed Request",
        standing: Standing::Unofficial {
            vendor: "nginx",
            verified: true,
        },
        former_names: &[Alias {
            name: "Client Close Request",
            source: "Cloudflare documentation, Error 499 page heading",
        }],
        spec: None,
        summary: "nginx log code: the client closed the connection before the response.",
        meaning: "nginx logs 499 (NGX_HTTP_CLIENT_CLOSED_REQUEST) when the client disconnects while nginx is \
                  still working on the request, typically while waiting for a slow upstream. No response \
                  is sent, because no one is left to read it. Cloudflare, whose documentation says it is \
                  built on nginx, shows 499 in Cloudflare Logs and in Enterprise status-code analytics for \
                  the same event. It is not registered with IANA (499 is unassigned).",
        use_when: &[
            "nginx records it when a client gives up (timeout, closed tab, cancelled fetch) before the response is ready.",
        ],
        avoid: &[
            "Sending 499 from your own application: it is a log marker, not a response; there is no client left to read it.",
            "Blaming the clients for a spike of 499s: it usually means the upstream got slow and the clients' timeouts fired.",
        ],
        on_receipt: "Look at the timings of these requests ($request_time and $upstream_response_time in the \
                     access log): if they sit near some client's timeout (a load balancer, mobile app or \
                     browser fetch), speed up the backend or raise that timeout. Set proxy_ignore_client_abort \
                     on if the upstream must finish the work even after the client leaves.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "The client chose to stop; it may retry idempotent requests with a longer timeout, and should check whether a POST took effect before repeating it.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 408,
                how: "The opposite direction: the server gave up waiting for the client.",
            },
            Related {
                code: 460,
                how: "AWS ALB's log code for a client that hung up.",
            },
            Related {
                code: 504,
                how: "A proxy gave up waiting for the upstream while the client was still there.",
            },
        ],
        keywords: &[
            "nginx",
            "client disconnected",
            "client went away",
            "client aborted",
            "request cancelled",
            "cloudflare",
            "upstream slow",
            "timeout",
            "connection closed by client",
            "proxy_ignore_client_abort",
        ],
    },
    Status {
        code: 509,
        name: "Bandwidth Limit Exceeded",
        standing: Standing::Unofficial {
            vendor: "Node.js, Spring, Rack; hosting panels (unverified)",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Hosting code for a site over its bandwidth quota; kept in a few libraries.",
        meaning: "509 is commonly said to be sent by shared-hosting setups (cPanel and Apache are usually \
                  named) when a site has used up its bandwidth allowance, but that origin could not be \
                  confirmed, and Apache httpd's source has no 509. The name lives on in Node.js's \
                  http.STATUS_CODES, in Spring's HttpStatus (deprecated in Spring 7 as now unassigned) and \
                  as an obsolete Rack symbol. It is not registered with IANA; 509 is unassigned.",
        use_when: &[],
        avoid: &[
            "Sending 509 when a quota is used up: use 429 Too Many Requests for per-client limits, or 503 Service Unavailable with Retry-After when the whole site is suspended.",
            "Relying on Spring's BANDWIDTH_LIMIT_EXCEEDED or Rack's :bandwidth_limit_exceeded: both are deprecated.",
        ],
        on_receipt: "If your own site returns it, check the hosting control panel for a bandwidth or traffic \
                     quota, then raise the plan or wait for the period to reset; a CDN can take load off the \
                     origin. As a visitor, all you can do is try later.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Only after the quota resets or is raised, typically at the next billing period.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 429,
                how: "The registered code for a client over its request quota.",
            },
            Related {
                code: 503,
                how: "The registered code for a service that is unavailable for now; add Retry-After.",
            },
        ],
        keywords: &[
            "bandwidth quota",
            "traffic limit",
            "hosting quota",
            "cpanel",
            "shared hosting",
            "data transfer limit",
            "node.js",
            "site suspended",
            "monthly traffic",
        ],
    },
    Status {
        code: 520,
        name: "Web server returns an unknown error",
        standing: Standing::Unofficial {
            vendor: "Cloudflare",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Cloudflare got an empty, unknown or unexpected response from the origin.",
        meaning: "Cloudflare returns 520 to the visitor when the origin's answer is empty, unknown or \
                  unexpected: the origin crashed, sent no status code, sent missing or oversized \
                  headers, or accepted HTTP/2 and then did not speak it. It is Cloudflare's catch-all for origin \
                  misbehaviour and is not registered with IANA (520 is unassigned).",
        use_when: &[
            "Cloudflare's edge sends it when the origin crashes, answers with an empty or malformed response, or sends headers over Cloudflare's 128 KB limit.",
        ],
        avoid: &[
            "Sending 520 from your origin to mean a generic error: send 500, or 502 if your server is itself a gateway.",
            "Blaming Cloudflare: the origin produced the bad response; Cloudflare only reports it.",
        ],
        on_receipt: "Check the origin's error logs at the failure times for crashes or restarts (crashing PHP \
                     processes are a common source). Make sure no firewall or security plugin blocks \
                     Cloudflare IP ranges, that response headers (mostly cookies) stay \
                     under Cloudflare's 128 KB limit, and that HTTP/2 to the origin works, or turn HTTP/2 to \
                     Origin off; setting the DNS record to DNS-only briefly shows whether the origin fails \
                     on its own.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Idempotent requests may be retried once after a short wait; repeated 520s need a fix at the origin.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 502,
                how: "The registered code for an invalid upstream response; 520 is Cloudflare's more specific variant.",
            },
            Related {
                code: 500,
                how: "What the origin should send for its own failures.",
            },
            Related {
                code: 521,
                how: "The origin refused the connection instead of answering badly.",
            },
        ],
        keywords: &[
            "cloudflare",
            "origin error",
            "unknown error",
            "empty response",
            "connection reset",
            "origin crash",
            "cdn",
            "bad gateway",
            "ray id",
        ],
    },
    Status {
        code: 521,
        name: "Web server is down",
        standing: Standing::Unofficial {
            vendor: "Cloudflare",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "The origin refused Cloudflare's connection.",
        meaning: "Cloudflare returns 521 when the origin web server refuses its connection, either because \
                  the web server is not running or listening on the expected port, or because something \
                  at the origin blocks Cloudflare's addresses. It is not registered with IANA (521 is \
                  unassigned).",
        use_when: &[
            "Cloudflare's edge sends it when its connection attempt to the origin is refused.",
        ],
        avoid: &[
            "Blocking or rate limiting Cloudflare IP ranges at the origin (fail2ban, iptables, security plugins): all visitor traffic arrives from them.",
            "Sending 521 from the origin yourself: send 503 for planned downtime.",
        ],
        on_receipt: "Confirm the web server is running and listening on the port your SSL/TLS mode uses: 80 for \
                     Flexible, 443 for Full and Full (strict). Allow all Cloudflare IP ranges in the \
                     origin's firewall and security tools, and check the web server's error log for crashes.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Idempotent requests may be retried after a pause; it keeps failing until the origin accepts connections.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 502,
                how: "The registered code for a gateway that could not get a valid upstream response.",
            },
            Related {
                code: 503,
                how: "What the origin should send itself during planned downtime.",
            },
            Related {
                code: 522,
                how: "The connection attempt timed out instead of being refused.",
            },
        ],
        keywords: &[
            "cloudflare",
            "origin down",
            "server offline",
            "connection refused",
            "origin offline",
            "firewall",
            "cloudflare ips",
            "cdn",
            "server not running",
        ],
    },
    Status {
        code: 522,
        name: "Connection timed out",
        standing: Standing::Unofficial {
            vendor: "Cloudflare",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Cloudflare timed out connecting to the origin or waiting for its ACK.",
        meaning: "Cloudflare returns 522 when it cannot get a working connection to the origin in time: no \
                  SYN+ACK arrives within 19 seconds of its SYN, or, once connected, the origin does not \
                  acknowledge Cloudflare's request within 90 seconds. Packets are being dropped \
                  somewhere, most often by a firewall, an overloaded origin or a wrong origin IP. It is \
                  not registered with IANA (522 is unassigned).",
        use_when: &[
            "Cloudflare's edge sends it when the TCP handshake with the origin, or the acknowledgement of its request, times out.",
        ],
        avoid: &[
            "Silently dropping packets from Cloudflare IP ranges at the origin: it is the most common cause.",
            "Confusing it with 524: in 522 the connection never got going; in 524 the origin accepted the request but answered too slowly.",
        ],
        on_receipt: "Allow all Cloudflare IP ranges in iptables, cloud security groups and .htaccess rules; check \
                     that the A/AAAA record in Cloudflare DNS still points at the origin's current IP; and \
                     check origin load and that keepalives are enabled. A Worker on a Custom Domain that \
                     fetches its own hostname also gets 522.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Idempotent requests may be retried after a pause; persistent 522s need network or firewall changes.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 504,
                how: "The registered code for an upstream that did not answer in time.",
            },
            Related {
                code: 524,
                how: "The connection worked, but the origin's HTTP response came too late.",
            },
            Related {
                code: 521,
                how: "The origin actively refused the connection rather than ignoring it.",
            },
        ],
        keywords: &[
            "cloudflare",
            "origin timeout",
            "syn ack",
            "tcp timeout",
            "firewall dropping",
            "cloudflare ips",
            "origin unreachable",
            "cdn",
            "tcp handshake",
            "gateway timeout",
        ],
    },
    Status {
        code: 523,
        name: "Origin is unreachable",
        standing: Standing::Unofficial {
            vendor: "Cloudflare",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Cloudflare has no network route to the origin's IP address.",
        meaning: "Cloudflare returns 523 when it cannot reach the origin at all because a network device on \
                  the way has no route to the origin's address, for instance after an IP change or a \
                  routing fault. It is not registered with IANA (523 is unassigned).",
        use_when: &["Cloudflare's edge sends it when the origin's address cannot be routed to."],
        avoid: &[
            "Leaving a stale A or AAAA record in Cloudflare DNS after moving servers: Cloudflare keeps trying the old address.",
            "Sending 523 from an origin: it only has meaning from Cloudflare's edge.",
        ],
        on_receipt: "Check that the A/AAAA records in Cloudflare DNS match the origin's current public IP, then \
                     have the host run an MTR or traceroute from the origin to a Cloudflare IP. On AWS, make \
                     sure no overly broad VPC route (such as 172.0.0.0/8) captures Cloudflare's \
                     172.64.0.0/13 range.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Only after the routing or DNS problem is fixed.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 502,
                how: "The registered code for a gateway that could not get a valid upstream response.",
            },
            Related {
                code: 522,
                how: "The origin is reachable but does not complete the connection in time.",
            },
            Related {
                code: 530,
                how: "Cloudflare could not even resolve the origin's hostname.",
            },
        ],
        keywords: &[
            "cloudflare",
            "no route",
            "routing",
            "wrong origin ip",
            "dns record",
            "traceroute",
            "network unreachable",
            "cdn",
            "vpc route",
        ],
    },
    Status {
        code: 524,
        name: "A timeout occurred",
        standing: Standing::Unofficial {
            vendor: "Cloudflare",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Cloudflare connected to the origin but got no HTTP response in time.",
        meaning: "Cloudflare returns 524 when the TCP connection to the origin succeeded but no HTTP response \
                  arrived before the Proxy Read Timeout, 120 seconds by default (older documentation said \
                  100 seconds). It can also mean a write to the origin did not finish within the fixed \
                  30-second Proxy Write Timeout. It is not registered with IANA (524 is unassigned).",
        use_when: &[
            "Cloudflare's edge sends it when the origin accepts the request but takes longer than the proxy read timeout to answer.",
        ],
        avoid: &[
            "Running long reports or exports inside one request behind Cloudflare: start the job, return 202 Accepted and let the client poll for the result.",
            "Assuming the origin stopped working on the request: it may still finish after Cloudflare gave up, so blind retries of POSTs can duplicate work.",
        ],
        on_receipt: "Find what keeps the origin busy past 120 seconds (slow queries, overloaded workers) using \
                     the origin's request-time logs. Move long work to background jobs with status polling, \
                     serve such endpoints from a DNS-only (grey-clouded) hostname, or on an Enterprise plan \
                     raise the proxy read timeout (up to 6,000 seconds).",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Idempotent requests may be retried once the origin is less loaded; check whether a timed-out POST completed before resending it.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 504,
                how: "The registered equivalent: the gateway gave up waiting for the upstream.",
            },
            Related {
                code: 522,
                how: "The connection itself failed, before the origin accepted any request.",
            },
            Related {
                code: 202,
                how: "How to answer long jobs without holding the request open.",
            },
        ],
        keywords: &[
            "cloudflare",
            "origin timeout",
            "100 seconds",
            "120 seconds",
            "proxy read timeout",
            "long running request",
            "slow origin",
            "gateway timeout",
            "cdn",
        ],
    },
    Status {
        code: 525,
        name: "SSL handshake failed",
        standing: Standing::Unofficial {
            vendor: "Cloudflare",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "The TLS handshake between Cloudflare and the origin failed.",
        meaning: "With the SSL/TLS mode set to Full or Full (strict), Cloudflare connects to the origin over \
                  TLS, and 525 means that handshake failed. Typical causes are no certificate on the \
                  origin, port 443 closed, no SNI support, or no cipher suite in common. It is not \
                  registered with IANA (525 is unassigned).",
        use_when: &[
            "Cloudflare's edge sends it when its TLS handshake with the origin fails in Full or Full (strict) mode.",
        ],
        avoid: &[
            "Switching to Flexible mode to silence it: traffic between Cloudflare and the origin then travels unencrypted. Fix the origin's TLS instead.",
            "Sending 525 from the origin: it only means something when Cloudflare reports it.",
        ],
        on_receipt: "Test the origin's TLS directly (curl or openssl s_client with the site's hostname as SNI) and \
                     read the origin's error log at the failure times. Install a valid certificate (a free \
                     Cloudflare Origin CA certificate works), open port 443, and make sure the origin \
                     supports SNI and at least one cipher suite Cloudflare offers.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Not until the origin's TLS setup is fixed; intermittent failures may pass on a retry of an idempotent request.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 502,
                how: "The registered code for a gateway that could not get a valid upstream response.",
            },
            Related {
                code: 526,
                how: "In Full (strict) mode only: Cloudflare could not verify the certificate the origin presented, so no secure connection was set up.",
            },
        ],
        keywords: &[
            "cloudflare",
            "tls handshake",
            "ssl error",
            "origin certificate",
            "full ssl",
            "full strict",
            "sni",
            "cipher mismatch",
            "port 443",
            "cdn",
        ],
    },
    Status {
        code: 526,
        name: "Invalid SSL certificate",
        standing: Standing::Unofficial {
            vendor: "Cloudflare",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Cloudflare could not validate the origin's certificate in Full (strict).",
        meaning: "In Full (strict) mode Cloudflare validates the origin's certificate, and 526 means it could not \
                  verify it, so no secure connection to the origin was set up: the certificate is \
                  expired, revoked, self-signed (and not in the Custom Origin Trust Store) or does \
                  not cover the hostname. Cloudflare Gateway (Zero Trust) also \
                  returns 526 when an origin presents an untrusted certificate or only insecure ciphers. \
                  It is not registered with IANA (526 is unassigned).",
        use_when: &[
            "Cloudflare's edge sends it in Full (strict) mode when the origin certificate fails validation.",
            "Cloudflare Gateway sends it when a site's certificate or cipher suites are not trusted.",
        ],
        avoid: &[
            "Dropping to Full mode for good to hide it: Full accepts any certificate and no longer protects against someone impersonating the origin.",
            "Serving a certificate whose Common Name and Subject Alternative Names lack the requested hostname.",
        ],
        on_receipt: "Check the origin certificate's expiry, issuer and SAN list against the hostname (connect \
                     straight to the origin, or pause Cloudflare, to see it). Install a publicly trusted \
                     certificate or a Cloudflare Origin CA certificate, or add your self-signed CA to the \
                     Custom Origin Trust Store; switching SSL to Full is only a stopgap.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Not until the certificate is fixed.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 525,
                how: "The TLS handshake with the origin failed for another reason: no certificate installed, port 443 closed, no SNI support or no cipher suite in common.",
            },
            Related {
                code: 502,
                how: "The registered code for a gateway that could not get a valid upstream response.",
            },
            Related {
                code: 495,
                how: "nginx's internal code for the reverse case: the client's certificate failed verification.",
            },
        ],
        keywords: &[
            "cloudflare",
            "bad origin certificate",
            "full strict",
            "expired certificate",
            "self-signed",
            "origin ca",
            "certificate mismatch",
            "ssl",
            "cdn",
            "zero trust gateway",
        ],
    },
    Status {
        code: 527,
        name: "Railgun Listener to origin error",
        standing: Standing::Unofficial {
            vendor: "Cloudflare (Railgun, discontinued)",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Cloudflare Railgun lost its connection to the customer's listener (retired).",
        meaning: "Cloudflare returned 527 when the connection between its edge and the customer's Railgun \
                  listener, the piece of Railgun installed near the origin, broke down. Railgun has since \
                  been discontinued, and 527 no longer appears in Cloudflare's current error index; only \
                  an archived support article describes it. It is not registered with IANA (527 is \
                  unassigned).",
        use_when: &[],
        avoid: &[
            "Building anything new on Railgun: the product is discontinued; ordinary Cloudflare proxying to the origin replaces it.",
            "Sending 527 from your own origin: it only ever meant something from Cloudflare.",
        ],
        on_receipt: "If an old setup still refers to Railgun, remove that configuration so Cloudflare connects \
                     straight to the origin. While Railgun was in service, the fix was to check that the \
                     listener was running, reachable from Cloudflare and able to reach the origin.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Not applicable today: the service no longer exists.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 502,
                how: "The registered code for a gateway that could not get a valid upstream response.",
            },
            Related {
                code: 520,
                how: "Cloudflare's current catch-all for a bad answer from the origin.",
            },
        ],
        keywords: &[
            "cloudflare",
            "railgun",
            "rg-listener",
            "wan optimisation",
            "discontinued",
            "legacy cloudflare",
            "origin connection",
            "cdn",
        ],
    },
    Status {
        code: 530,
        name: "Origin Hostname Unresolvable",
        standing: Standing::Unofficial {
            vendor: "Cloudflare",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Cloudflare could not reach the origin; the page carries a 1xxx error code.",
        meaning: "Cloudflare returns 530 together with one of its own 1xxx error codes in the body, \
                  typically because it cannot resolve the origin's hostname. Cloudflare's current docs \
                  give the status no name (this label is descriptive); the 1xxx code names the actual \
                  cause. It is not registered with IANA (530 is unassigned).",
        use_when: &[
            "Cloudflare's edge sends it, with a 1xxx code in the page, when it cannot resolve the origin hostname.",
        ],
        avoid: &[
            "Troubleshooting 530 by the status alone: the 1xxx code on the page is the real diagnosis.",
            "Sending 530 from your origin: it only has meaning from Cloudflare.",
        ],
        on_receipt: "Read the 1xxx code on the error page and follow Cloudflare's guide for that code; for DNS \
                     problems, check that the origin hostname (CNAME target or origin rule) actually \
                     resolves. If the hostname points at a Cloudflare Tunnel, make sure cloudflared is \
                     running and connected.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Not until the underlying 1xxx problem is fixed.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 502,
                how: "The registered code for a gateway that could not get a valid upstream response.",
            },
            Related {
                code: 523,
                how: "Cloudflare has the origin's IP but no route to it.",
            },
        ],
        keywords: &[
            "cloudflare",
            "1xxx error",
            "error 1016",
            "origin dns error",
            "dns resolution",
            "cloudflare tunnel",
            "cname",
            "cdn",
            "cannot resolve origin",
        ],
    },
    Status {
        code: 561,
        name: "Unauthorized",
        standing: Standing::Unofficial {
            vendor: "AWS Application Load Balancer",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "AWS ALB: the identity provider returned an error during user authentication.",
        meaning: "When a listener rule uses the ALB's built-in user authentication (OIDC or Amazon Cognito), \
                  the load balancer returns 561 if the identity provider answered with an error code while \
                  authenticating the user. It is not registered with IANA (561 is unassigned) and has \
                  nothing to do with the registered 401 challenge mechanism.",
        use_when: &[
            "An ALB listener rule with an authenticate-oidc or authenticate-cognito action gets an error back from the identity provider.",
        ],
        avoid: &[
            "Sending 561 from your own service: use 401 for missing or bad credentials, or 502 when an upstream identity provider fails.",
            "Retrying logins in a loop: the identity provider's error usually comes from configuration (client ID, secret, callback URL), which retries do not fix.",
        ],
        on_receipt: "Find the request in the ALB access log; its error_reason field gives the authentication \
                     error. Then check the identity provider's side: client ID and secret, the allowed \
                     callback URL (https://<your ALB hostname>/oauth2/idpresponse), token and user-info \
                     endpoints, and the provider's own logs.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Only after the identity-provider or ALB authentication settings are fixed.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 401,
                how: "The registered code for missing or rejected credentials, with a WWW-Authenticate challenge.",
            },
            Related {
                code: 502,
                how: "The registered code for a failing upstream, which the identity provider effectively is here.",
            },
            Related {
                code: 403,
                how: "The user was authenticated but is not allowed in.",
            },
        ],
        keywords: &[
            "aws",
            "alb",
            "elb",
            "load balancer",
            "oidc",
            "cognito",
            "identity provider",
            "idp error",
            "sso login failed",
            "authenticate-oidc",
        ],
    },
    Status {
        code: 598,
        name: "EdgeRoutine Throttled or Blocked",
        standing: Standing::Unofficial {
            vendor: "Alibaba Cloud EdgeRoutine",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "Alibaba EdgeRoutine could not run the script: throttled or blocked.",
        meaning: "Alibaba Cloud's EdgeRoutine (edge functions in its DCDN and Edge Security Acceleration \
                  products) returns 598 when a routine cannot run because it is rate limited (too many \
                  concurrent requests or a busy node) or blocked after abnormal behaviour, such as \
                  repeated out-of-memory crashes in a short time. Alibaba gives the code no name (this \
                  label is descriptive). Popular lists call 598 \"Network read timeout error\", a label \
                  with no vendor source; the number is not registered with IANA (598 is unassigned).",
        use_when: &[
            "EdgeRoutine sends it when a routine is throttled or disabled; routines themselves may not return 596–599.",
        ],
        avoid: &[
            "Returning 598 from your routine code: EdgeRoutine reserves 596–599 and rejects them.",
            "Reading it as a proxy's network read timeout: that popular label has no vendor behind it.",
        ],
        on_receipt: "Check the routine's memory use and concurrency: fix leaks or large buffers that lead to \
                     out-of-memory kills, and reduce concurrent load or ask Alibaba Cloud for a higher \
                     quota. From any other server, ask its operator what their 598 means.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "After a short back-off if the cause was throttling; a routine disabled after crashes needs a code fix.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 503,
                how: "The registered code for a service that is temporarily overloaded or unavailable.",
            },
            Related {
                code: 429,
                how: "The registered code for throttling a single client.",
            },
            Related {
                code: 599,
                how: "EdgeRoutine's other code: the script threw an uncaught exception.",
            },
        ],
        keywords: &[
            "alibaba cloud",
            "aliyun",
            "edgeroutine",
            "edge function",
            "dcdn",
            "throttled",
            "out of memory",
            "network read timeout",
            "esa",
        ],
    },
    Status {
        code: 599,
        name: "Uncaught Exception or No Response",
        standing: Standing::Unofficial {
            vendor: "Alibaba Cloud EdgeRoutine; Tornado; HTTP::Tiny",
            verified: true,
        },
        former_names: &[],
        spec: None,
        summary: "EdgeRoutine script crash, or a client library's marker for no HTTP response.",
        meaning: "Alibaba Cloud's EdgeRoutine returns 599 when an uncaught exception stops a routine, either \
                  while handling the request or while setting up its context. Separately, Python's \
                  Tornado HTTP client and Perl's HTTP::Tiny report 599 themselves when no HTTP response \
                  arrived at all (a timeout or connection failure); HTTP::Tiny labels it \"Internal \
                  Exception\" and puts the error text in the content. Popular lists call 599 \"Network \
                  Connect Timeout Error\" without a vendor source; the number is not registered with IANA \
                  (599 is unassigned).",
        use_when: &[
            "EdgeRoutine sends it when a routine throws an exception it does not catch.",
            "Tornado and HTTP::Tiny set it on the client side when a request got no response.",
        ],
        avoid: &[
            "Logging a client-side 599 as a server error: the server may never have seen the request; look at the network error.",
            "Leaving exceptions uncaught in an EdgeRoutine script: catch them and return a proper 500 or 502.",
        ],
        on_receipt: "In Tornado or HTTP::Tiny, read the attached error (Tornado's exception, HTTP::Tiny's \
                     content) to see whether it was a timeout, DNS failure, refused connection or TLS error, \
                     and fix that. From EdgeRoutine, check the routine's logs for the JavaScript exception \
                     and add error handling.",
        examples: &[],
        headers: &[],
        cache: Cache::Unspecified,
        retry: "Client-side 599s from timeouts or connection errors may be retried for idempotent requests after a back-off; EdgeRoutine 599s need a code fix.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 504,
                how: "The registered code a gateway sends when the upstream did not answer in time.",
            },
            Related {
                code: 502,
                how: "The registered code for a gateway that got no valid upstream response.",
            },
            Related {
                code: 598,
                how: "EdgeRoutine's other code: the routine was throttled or blocked.",
            },
        ],
        keywords: &[
            "tornado",
            "http::tiny",
            "perl",
            "python",
            "alibaba cloud",
            "edgeroutine",
            "network connect timeout",
            "connection failed",
            "internal exception",
            "timeout",
        ],
    },
];
