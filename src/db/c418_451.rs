//! Records for 418 to 451: the registered client errors after 417.

use super::types::*;

pub static CODES: &[Status] = &[
    Status {
        code: 418,
        name: "(Unused)",
        standing: Standing::Reserved,
        former_names: &[Alias {
            name: "I'm a teapot",
            source: "RFC 2324",
        }],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.19"),
        }),
        summary: "Reserved: the old \"I'm a teapot\" joke code; it has no real meaning.",
        meaning: "RFC 2324, published on 1 April 1998, was a parody: the Hyper Text Coffee Pot \
                  Control Protocol (HTCPCP), poking fun at the many protocols bolted onto HTTP, in \
                  which a teapot asked to brew coffee answers \"418 I'm a teapot\". The joke was \
                  copied into so many frameworks, libraries and easter-egg pages that the number \
                  can no longer be given a serious meaning without clashing with it. RFC 9110 \
                  §15.5.19 therefore registers 418 as reserved, \"(Unused)\": it cannot be \
                  assigned to anything else for now, though it could be reused if the 4xx range \
                  ever runs out. It is not an error condition that a real service reports.",
        use_when: &[
            "Never in a real API or website: there is no registered meaning for a client to act on.",
            "At most as a deliberate easter egg on a page no program depends on, accepting that \
             clients which do not know it will treat it as a plain 400 (RFC 9110 §15).",
        ],
        avoid: &[
            "Answering bots, scrapers or blocked clients with 418 as a joke refusal: monitoring and \
             clients only see an unknown client error; send 403, or 429 if the issue is request volume.",
            "Using 418 as a placeholder for \"should never happen\" or \"not built yet\": send 500 \
             for a server bug and 501 for a method the server does not support.",
            "Giving 418 a private meaning in your own API (maintenance, quota, feature flag): every \
             library labels it as a teapot; pick the registered code that fits the condition.",
            "Depending on 418 in clients or tests: .NET's HttpStatusCode and Rack's status table \
             leave it out, and Spring 7 deprecates its constant; use a registered code.",
        ],
        on_receipt: "Treat it as a generic client error: RFC 9110 §15 has clients handle an \
                     unrecognised 4xx like 400. It is almost always an easter egg or a joke answer \
                     to a blocked client; read the body, and if a service you depend on sends it, \
                     ask its owners what they mean.",
        examples: &[
            Example {
                title: "An easter-egg endpoint, as the joke is usually served",
                request: "GET /coffee HTTP/1.1\nHost: www.example.com\nAccept: text/html",
                response: "HTTP/1.1 418 I'm a teapot\nContent-Type: text/plain; charset=utf-8\n\nThis server is a teapot and will not brew coffee.",
            },
            Example {
                title: "The RFC 2324 parody: asking a teapot to brew coffee with HTCPCP",
                request: "BREW /pot-1 HTTP/1.1\nHost: kitchen.example.com\nContent-Type: message/coffeepot\nContent-Length: 5\n\nstart",
                response: "HTTP/1.1 418 I'm a teapot\nContent-Type: text/plain; charset=utf-8\n\nShort and stout.",
            },
        ],
        headers: &[],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "No; 418 signals no defined condition, so repeating the request will only get the \
                same joke back.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 306,
                how: "The other reserved \"(Unused)\" number, held back because a previous version of the HTTP specification used it (RFC 9110 §15.4.7).",
            },
            Related {
                code: 403,
                how: "What to send when the joke is really a refusal, such as blocking a bot.",
            },
            Related {
                code: 400,
                how: "How a client that does not know 418 will treat it: a generic client error.",
            },
            Related {
                code: 501,
                how: "The honest answer when the server does not support the method (BREW included).",
            },
        ],
        keywords: &[
            "teapot",
            "i'm a teapot",
            "im a teapot",
            "coffee",
            "htcpcp",
            "april fools",
            "joke status code",
            "easter egg",
            "brew",
            "short and stout",
            "rfc 2324",
            "reserved code",
        ],
    },
    Status {
        code: 421,
        name: "Misdirected Request",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.20"),
        }),
        summary: "This server cannot answer for that host on this connection; reconnect.",
        meaning: "The request reached a server that cannot or will not give an authoritative \
                  response for the target URI: the server is not configured for that origin, or \
                  the URI does not match the connection the request came in on (RFC 9110 \
                  §15.5.20). It mostly appears with connection reuse: HTTP/2 and HTTP/3 clients \
                  send requests for several host names over one TLS connection when the \
                  certificate covers them all, yet the server behind it may serve only some of \
                  them. The problem is the connection, not the request; the code was first \
                  defined in RFC 7540 §9.1.2 and moved into RFC 9110, which lets only an origin \
                  server or a gateway acting for it send 421 (a proxy MUST NOT).",
        use_when: &[
            "A request names a host (Host or :authority) that this server or virtual host does not \
             serve, on a connection that was opened for another host.",
            "The connection's TLS SNI and the request's Host disagree, e.g. a connection set up for \
             www.example.com is reused for admin.example.com.",
            "A wildcard or multi-name certificate lets clients coalesce hosts that actually live on \
             different backends or need different TLS settings, such as client certificates.",
        ],
        avoid: &[
            "Generating 421 in a forward proxy: RFC 9110 §15.5.20 says a proxy MUST NOT; only origin \
             servers and gateways acting for them may send it.",
            "Using 421 for a missing, repeated or malformed Host header: the request itself is \
             broken, so send 400.",
            "Answering a coalesced request for a host you cannot serve with 404 or 403: the client \
             will not know that a new connection would succeed; send 421.",
        ],
        on_receipt: "Open a new connection for the request's own origin and send the request again; \
                     RFC 9110 §15.5.20 allows this even for non-idempotent methods. In server logs, \
                     421 points to a Host/SNI mismatch: a client \
                     or proxy reusing a connection across hosts, or a reverse proxy that does not \
                     send the right SNI to the backend.",
        examples: &[Example {
            title: "A connection opened for www.example.com reused for another host",
            request: "GET /reports/q3 HTTP/1.1\nHost: admin.example.com\nAccept: application/json",
            response: "HTTP/1.1 421 Misdirected Request\nContent-Type: application/problem+json\nConnection: close\n\n{\"type\": \"about:blank\", \"title\": \"Misdirected Request\", \"detail\": \"This connection was set up for www.example.com (TLS SNI); open a new connection for admin.example.com.\"}",
        }],
        headers: &[Header {
            name: "Host",
            usage: HeaderUsage::Request,
            why: "A Host (or :authority in HTTP/2 and HTTP/3) naming an origin that this server or \
                  connection cannot serve is what leads to 421.",
            source: "RFC 9110 §7.2",
        }],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Yes, over a different connection (a fresh one for the target origin, or an \
                alternative service), whatever the method (RFC 9110 §15.5.20); never on the same \
                connection.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 400,
                how: "The request itself is faulty, e.g. no Host header; a new connection will not help.",
            },
            Related {
                code: 404,
                how: "The server does serve this host but has nothing at the path.",
            },
            Related {
                code: 502,
                how: "A gateway got no valid response from upstream; the client's connection was fine.",
            },
            Related {
                code: 425,
                how: "Also asks for a retry, but after the TLS handshake rather than on a new connection.",
            },
        ],
        keywords: &[
            "wrong host",
            "sni mismatch",
            "host header mismatch",
            "connection reuse",
            "connection coalescing",
            "http2 coalescing",
            "wrong server",
            "virtual host",
            "wildcard certificate",
            "certificate covers multiple hosts",
            "new connection needed",
            "tls sni",
        ],
    },
    Status {
        code: 422,
        name: "Unprocessable Content",
        standing: Standing::Standard,
        former_names: &[Alias {
            name: "Unprocessable Entity",
            source: "RFC 4918",
        }],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.21"),
        }),
        summary: "The request parsed fine, but its content fails validation or business rules.",
        meaning: "The server supports the content type (so not 415) and could parse the content \
                  (so not 400), but cannot act on what it says (RFC 9110 §15.5.21). In APIs this \
                  is the usual answer to validation failures: valid JSON whose values break the \
                  rules, such as a malformed email address, a negative quantity or an end date \
                  before the start date. It began in WebDAV as \"Unprocessable Entity\" (RFC 4918 \
                  §11.2) and RFC 9110 made it general and renamed it. The split from 400 helps \
                  clients: 400 says the message could not be read, 422 says it was read and its \
                  contents were rejected.",
        use_when: &[
            "A JSON or XML body parses and has an accepted media type, but field values fail \
             validation: formats, ranges, required fields, cross-field rules.",
            "The input breaks a business rule that the client can fix by changing it, such as a \
             transfer amount above the account's limit.",
            "A form submission where you return per-field errors for the client to show next to the \
             inputs.",
        ],
        avoid: &[
            "Sending 422 for a body that is not valid JSON at all (syntax error, truncated upload): \
             that is 400.",
            "Sending 422 when the endpoint does not accept the request's Content-Type: that is 415.",
            "Sending 422 when valid input clashes with the resource's current state, such as an edit \
             based on a stale version: use 409, or 412 when the client sent If-Match.",
            "Returning 422 with only \"Validation failed\": list each failing field and the reason, \
             e.g. an errors array in an application/problem+json body (RFC 9457).",
        ],
        on_receipt: "Do not resend it as is: the server read the request and rejected its content. \
                     Show the per-field errors from the body to the user (or log them), correct \
                     the data, then send it again.",
        examples: &[Example {
            title: "Sign-up data that is valid JSON but fails validation",
            request: "POST /v1/users HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nAccept: application/json\nContent-Length: 28\n\n{\"email\": \"ana@\", \"age\": -3}",
            response: "HTTP/1.1 422 Unprocessable Content\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/validation\", \"title\": \"Invalid request content\", \"status\": 422, \"errors\": [{\"pointer\": \"/email\", \"detail\": \"must be a valid email address\"}, {\"pointer\": \"/age\", \"detail\": \"must not be negative\"}]}",
        }],
        headers: &[
            Header {
                name: "Content-Type",
                usage: HeaderUsage::Request,
                why: "The server recognised and supports the request's media type; if it did not, \
                      the answer would be 415 instead.",
                source: "RFC 9110 §15.5.21; RFC 9110 §8.3",
            },
            Header {
                name: "Content-Type",
                usage: HeaderUsage::May,
                why: "application/problem+json lets clients read the error details the same way \
                      on every endpoint.",
                source: "RFC 9457 §3; RFC 9457 §6.1",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Not unchanged; correct the content as the error details say, then send it again.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 400,
                how: "The request could not be parsed at all, e.g. broken JSON or a bad header.",
            },
            Related {
                code: 415,
                how: "The server does not accept the content's media type in the first place.",
            },
            Related {
                code: 409,
                how: "The content is valid, but it conflicts with the resource's current state.",
            },
        ],
        keywords: &[
            "validation error",
            "validation failed",
            "invalid input",
            "invalid data",
            "unprocessable entity",
            "semantic error",
            "field errors",
            "form validation",
            "business rule violation",
            "invalid field value",
            "schema validation",
            "bad payload",
            "well-formed but invalid",
        ],
    },
    Status {
        code: 423,
        name: "Locked",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 4918",
            section: Some("11.3"),
        }),
        summary: "The WebDAV resource is locked, and the request does not hold the lock.",
        meaning: "The source or destination resource of a WebDAV method is locked (RFC 4918 \
                  §11.3), and the request did not show that it holds the lock. WebDAV clients \
                  take locks with the LOCK method so that others cannot overwrite their work; \
                  anyone else trying to change the resource gets 423 until the lock is released \
                  or times out. The response SHOULD carry a precondition or postcondition code \
                  in an XML error body, such as lock-token-submitted or no-conflicting-lock \
                  (RFC 4918 §11.3).",
        use_when: &[
            "A WebDAV PUT, DELETE, MOVE, PROPPATCH or similar targets a locked resource without the \
             matching lock token in the If header.",
            "A LOCK request asks for a lock that conflicts with one already held (no-conflicting-lock).",
            "A COPY or MOVE would write into a locked destination.",
        ],
        avoid: &[
            "Sending 423 for a user account locked after failed logins: that is not a WebDAV lock; \
             send 403 with a clear problem type, or 429 while throttling attempts.",
            "Sending 423 for an optimistic-concurrency mismatch (a stale ETag): that is 412 when \
             If-Match was sent, otherwise 409.",
            "Sending 423 without the DAV:error body: the client cannot tell whether it forgot its \
             own lock token or someone else holds the lock.",
        ],
        on_receipt: "If your client owns the lock, resend with its lock token in the If header. \
                     Otherwise wait for the owner to unlock or for the lock to time out; a PROPFIND \
                     of DAV:lockdiscovery shows the current lock and its timeout. With office \
                     documents on a WebDAV share it usually means another user, or an editor that \
                     crashed, still has the file open.",
        examples: &[Example {
            title: "Saving a file that another user has locked",
            request: "PUT /docs/notes.txt HTTP/1.1\nHost: dav.example.com\nContent-Type: text/plain; charset=utf-8\nContent-Length: 30\n\nRevised meeting notes, 12 May.",
            response: "HTTP/1.1 423 Locked\nContent-Type: application/xml; charset=utf-8\n\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:error xmlns:D=\"DAV:\">\n  <D:lock-token-submitted>\n    <D:href>/docs/notes.txt</D:href>\n  </D:lock-token-submitted>\n</D:error>",
        }],
        headers: &[Header {
            name: "If",
            usage: HeaderUsage::Request,
            why: "Sending the lock token in If, e.g. If: (<urn:uuid:...>), is how the lock holder \
                  may change a locked resource; leaving it out leads to 423.",
            source: "RFC 4918 §10.4",
        }],
        cache: Cache::ExplicitOnly("RFC 9111 §3"),
        retry: "Not unchanged: resend with the lock token in the If header if you hold the lock, \
                otherwise only after the lock is released or has expired.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 409,
                how: "A conflict with the resource's state in general, not a lock someone holds.",
            },
            Related {
                code: 412,
                how: "The If header was sent, but its lock token or ETag did not match.",
            },
            Related {
                code: 424,
                how: "Often next to 423 in a 207 body: parts that failed because a locked one did.",
            },
            Related {
                code: 207,
                how: "Multi-Status: the container in which 423 can appear for a single member.",
            },
        ],
        keywords: &[
            "file locked",
            "resource locked",
            "webdav lock",
            "lock token",
            "document locked",
            "checked out",
            "in use by another user",
            "locked for editing",
            "sharepoint locked",
            "lock conflict",
            "cannot save file",
            "opaquelocktoken",
        ],
    },
    Status {
        code: 424,
        name: "Failed Dependency",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 4918",
            section: Some("11.4"),
        }),
        summary: "Not done, because another action this one depended on failed.",
        meaning: "The method could not be performed on this resource because it depended on \
                  another action that failed (RFC 4918 §11.4). It comes from WebDAV, where one \
                  request can act on several properties or resources: PROPPATCH is all or \
                  nothing, so when one property change is refused, the others are reported as \
                  424 instead of being applied. It usually appears inside a 207 Multi-Status body \
                  next to the error that caused it, and it points to that other failure rather \
                  than describing a problem of its own.",
        use_when: &[
            "In a PROPPATCH, one property update failed and the rest were not applied; report each \
             of those with 424 in the 207 body.",
            "In a batch or multi-resource operation with all-or-nothing semantics, to mark the items \
             that were skipped or undone because another item failed.",
        ],
        avoid: &[
            "Sending 424 because a database or downstream service your server calls has failed: \
             that is a server-side failure; send 502, 503 or 504 (or 500).",
            "Returning a bare 424 with nothing pointing at the step that failed: report that step \
             with its own status, as WebDAV does in the 207 body.",
            "Using 424 for a missing prerequisite the client must create first, such as a parent \
             collection: WebDAV answers that with 409.",
        ],
        on_receipt: "Look for the other status in the same response, usually a 207 Multi-Status \
                     body: that is the real cause. Fix it and resend the whole request; the items \
                     marked 424 were not applied.",
        examples: &[Example {
            title: "A PROPPATCH where one property cannot be set",
            request: "PROPPATCH /docs/report.pdf HTTP/1.1\nHost: dav.example.com\nContent-Type: application/xml; charset=utf-8\nContent-Length: 273\n\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:propertyupdate xmlns:D=\"DAV:\" xmlns:Z=\"http://ns.example.com/meta/\">\n  <D:set>\n    <D:prop>\n      <Z:department>Finance</Z:department>\n      <D:getcontentlength>1024</D:getcontentlength>\n    </D:prop>\n  </D:set>\n</D:propertyupdate>",
            response: "HTTP/1.1 207 Multi-Status\nContent-Type: application/xml; charset=utf-8\n\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:multistatus xmlns:D=\"DAV:\" xmlns:Z=\"http://ns.example.com/meta/\">\n  <D:response>\n    <D:href>/docs/report.pdf</D:href>\n    <D:propstat>\n      <D:prop><D:getcontentlength/></D:prop>\n      <D:status>HTTP/1.1 403 Forbidden</D:status>\n      <D:error><D:cannot-modify-protected-property/></D:error>\n    </D:propstat>\n    <D:propstat>\n      <D:prop><Z:department/></D:prop>\n      <D:status>HTTP/1.1 424 Failed Dependency</D:status>\n    </D:propstat>\n  </D:response>\n</D:multistatus>",
        }],
        headers: &[],
        cache: Cache::ExplicitOnly("RFC 9111 §3"),
        retry: "Not unchanged: fix the action that actually failed, then resend the whole request.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 207,
                how: "The Multi-Status response that usually carries 424 next to the real error.",
            },
            Related {
                code: 423,
                how: "A common root cause: one resource in the operation was locked.",
            },
            Related {
                code: 502,
                how: "What to send when an upstream service your server relies on failed.",
            },
            Related {
                code: 409,
                how: "A missing parent collection or other state the client must fix first.",
            },
        ],
        keywords: &[
            "depends on failed action",
            "batch failed",
            "previous operation failed",
            "rolled back",
            "proppatch",
            "multi-status",
            "cascading failure",
            "all or nothing",
            "transaction aborted",
            "partial failure",
            "webdav",
        ],
    },
    Status {
        code: 425,
        name: "Too Early",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 8470",
            section: Some("5.2"),
        }),
        summary: "The server will not risk a request sent in replayable TLS early data.",
        meaning: "With TLS 1.3, a client resuming a session can send its first request as early \
                  data (0-RTT) before the handshake finishes, and an attacker can replay that data. \
                  425 says the server is unwilling to process a request that might be replayed \
                  (RFC 8470 §5.2); the client is expected to send it again once the handshake is \
                  complete, when replay is no longer possible. A server knows a request came in \
                  early data either from its own TLS stack or, behind a CDN or proxy, from the \
                  Early-Data: 1 request header (RFC 8470 §5.1).",
        use_when: &[
            "A request that changes state (a payment, an order, a login) arrives in TLS 1.3 early \
             data, and a replay would do harm.",
            "An origin behind a CDN or load balancer receives Early-Data: 1 on a request it will \
             not process before the client's handshake is confirmed.",
        ],
        avoid: &[
            "Sending 425 to a request that was not in early data and has no Early-Data: 1 header: \
             the client cannot expect a retry to differ, and RFC 8470 §5.2 says SHOULD NOT.",
            "Using 425 for \"come back later\" (a sale not open yet, a token used before its start \
             time): send 403 or 409 for business rules, or 503 with Retry-After when the service \
             is not ready.",
            "Rejecting every early-data request with 425, including safe GETs for static files: \
             that throws away the 0-RTT speed-up; refuse only requests where a replay matters.",
            "An intermediary that swallows 425 or retries before the client's handshake is done: it \
             MUST forward 425 when the request carried Early-Data, and otherwise MUST wait for the \
             handshake (RFC 8470 §5.2).",
        ],
        on_receipt: "Send the request again after the TLS handshake has completed, not in early \
                     data: user agents SHOULD retry automatically and the retry MUST NOT use early \
                     data (RFC 8470 §5.2). Do not count on the browser for it: MDN's compatibility \
                     data (browser-compat-data 8.0.10, August 2026) lists Firefox from version 58 \
                     as the only browser that handles 425, and Chrome and Safari as not handling \
                     it. In logs, 425s point to 0-RTT traffic arriving through a CDN.",
        examples: &[Example {
            title: "An origin refusing a replayable order forwarded by a CDN",
            request: "POST /v1/orders HTTP/1.1\nHost: shop.example.com\nEarly-Data: 1\nVia: 1.1 cdn.example.net\nContent-Type: application/json\nContent-Length: 33\n\n{\"sku\": \"BOOT-42\", \"quantity\": 1}",
            response: "HTTP/1.1 425 Too Early\nContent-Type: application/problem+json\n\n{\"type\": \"about:blank\", \"title\": \"Too Early\", \"detail\": \"Orders are not accepted in TLS early data; resend after the handshake completes.\"}",
        }],
        headers: &[Header {
            name: "Early-Data",
            usage: HeaderUsage::Request,
            why: "An intermediary adds Early-Data: 1 when it forwards a request that arrived in TLS \
                  1.3 early data, telling the origin it might be replayed and that the client can \
                  retry.",
            source: "RFC 8470 §5.1",
        }],
        cache: Cache::ExplicitOnly("RFC 8470 §5.2"),
        retry: "Yes, once the TLS handshake has completed; the retry MUST NOT be sent in early data \
                (RFC 8470 §5.2).",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 421,
                how: "Also a \"send it again\" answer, but on a different connection.",
            },
            Related {
                code: 503,
                how: "The server cannot handle requests right now at all; wait for Retry-After.",
            },
            Related {
                code: 403,
                how: "A refusal that waiting for the handshake, or anything else, will not change.",
            },
        ],
        keywords: &[
            "0-rtt",
            "zero rtt",
            "early data",
            "tls 1.3 early data",
            "replay attack",
            "replay protection",
            "session resumption",
            "handshake not complete",
            "early-data header",
            "too soon",
            "cdn 0-rtt",
        ],
    },
    Status {
        code: 426,
        name: "Upgrade Required",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.22"),
        }),
        summary: "Switch to the protocol named in the Upgrade header, then ask again.",
        meaning: "The server refuses to perform the request over the current protocol but might \
                  do so once the client switches to another, such as WebSocket. The response MUST \
                  name the acceptable protocol or protocols in an Upgrade header (RFC 9110 \
                  §15.5.22), and because Upgrade is a hop-by-hop field it also needs \
                  Connection: upgrade (RFC 9110 §7.8). The code first appeared in RFC 2817 §4.2, \
                  for asking a client to upgrade an http:// connection to TLS in place; the web \
                  secures traffic with https:// URLs (RFC 2818) instead. Servers also send it to an \
                  ordinary request at a WebSocket endpoint: the ws library for Node.js, for one, \
                  answers plain HTTP requests to the server it creates itself with 426.",
        use_when: &[
            "A WebSocket-only endpoint receives a plain GET without an upgrade handshake.",
            "An endpoint only serves a protocol that HTTP/1.1 can upgrade to, and the client asked \
             over the old one without offering to switch.",
        ],
        avoid: &[
            "Using 426 to move clients from http:// to https://: that is a move to a new URL, not a \
             protocol switch on the same connection; redirect with 301 or 308 and set \
             Strict-Transport-Security.",
            "Sending 426 without an Upgrade header: it is required (RFC 9110 §15.5.22), and without \
             it the client cannot know what to switch to.",
            "Using 426 to force users onto a newer app or SDK version: that is an application rule, \
             not a protocol switch; send 400 or 403 with a problem type naming the minimum version.",
        ],
        on_receipt: "Read the Upgrade header to see which protocol the server wants, and repeat the \
                     request over it; for WebSocket that means a proper handshake (Connection: \
                     Upgrade, Upgrade: websocket, Sec-WebSocket-Key). Opening a WebSocket URL in a \
                     browser tab or with plain curl can get this answer, depending on the server.",
        examples: &[Example {
            title: "A plain GET to a WebSocket-only endpoint",
            request: "GET /live/prices HTTP/1.1\nHost: stream.example.com\nAccept: application/json",
            response: "HTTP/1.1 426 Upgrade Required\nUpgrade: websocket\nConnection: Upgrade\nContent-Type: text/plain; charset=utf-8\n\nThis endpoint only accepts WebSocket connections; send a WebSocket handshake.",
        }],
        headers: &[
            Header {
                name: "Upgrade",
                usage: HeaderUsage::Must,
                why: "Names the protocol or protocols the client has to switch to, in order of \
                      preference.",
                source: "RFC 9110 §15.5.22; RFC 9110 §7.8",
            },
            Header {
                name: "Connection",
                usage: HeaderUsage::Must,
                why: "Must list the upgrade option whenever Upgrade is sent, so intermediaries do not \
                      forward the hop-by-hop Upgrade field.",
                source: "RFC 9110 §7.8",
            },
            Header {
                name: "Upgrade",
                usage: HeaderUsage::Request,
                why: "A client asks to switch by sending Upgrade with Connection: upgrade; a request \
                      without them gets 426 from an endpoint that insists on the switch.",
                source: "RFC 9110 §7.8",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Not over the same protocol; repeat the request after switching to the protocol \
                named in Upgrade.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 101,
                how: "The success case: the server agrees to switch protocols on this connection.",
            },
            Related {
                code: 505,
                how: "The server refuses the HTTP major version itself, with no upgrade offered.",
            },
            Related {
                code: 308,
                how: "The right way to move clients from http:// to https://.",
            },
            Related {
                code: 400,
                how: "A WebSocket handshake was attempted but is malformed.",
            },
        ],
        keywords: &[
            "websocket required",
            "protocol upgrade",
            "switch protocol",
            "upgrade header",
            "websocket handshake",
            "ws endpoint",
            "expected websocket",
            "connection upgrade",
            "newer protocol",
            "tls upgrade",
            "http2 required",
        ],
    },
    Status {
        code: 428,
        name: "Precondition Required",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 6585",
            section: Some("3"),
        }),
        summary: "The server requires a conditional request, such as one with If-Match.",
        meaning: "The origin server insists that this kind of request be conditional (RFC 6585 §3). \
                  The point is to prevent lost updates: without a precondition, a client can read \
                  a resource, change it and write it back over an edit someone else made in the \
                  meantime. Requiring If-Match (or If-Unmodified-Since) makes every write say which \
                  version it is based on, so a stale write fails with 412 instead of silently \
                  winning. The response SHOULD explain how to resubmit successfully, and caches \
                  MUST NOT store it (RFC 6585 §3).",
        use_when: &[
            "A PUT, PATCH or DELETE on a resource that several clients edit arrives without \
             If-Match, and the API requires optimistic concurrency.",
            "You are making ETag-based concurrency control mandatory and want to reject \
             unconditional writes explicitly.",
        ],
        avoid: &[
            "Sending 428 when the request did carry If-Match but the ETag is out of date: that is \
             412 Precondition Failed.",
            "Requiring If-Match on writes without sending ETag on reads: clients cannot comply; send \
             ETag (RFC 9110 §8.8.3) on every GET of the resource.",
            "Answering 428 without saying what is expected: RFC 6585 §3 says the response SHOULD \
             explain how to resubmit; name If-Match and where to get the ETag.",
        ],
        on_receipt: "GET the resource, take its ETag (or Last-Modified), and resend the write with \
                     If-Match (or If-Unmodified-Since). If that then fails with 412, someone else \
                     changed the resource: reload it, merge your change, and try again.",
        examples: &[Example {
            title: "An unconditional update to a shared article",
            request: "PUT /v1/articles/42 HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer 7d1e...\nContent-Type: application/json\nContent-Length: 75\n\n{\"title\": \"Spring release notes\", \"body\": \"Version 3.2 adds offline mode.\"}",
            response: "HTTP/1.1 428 Precondition Required\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/precondition-required\", \"title\": \"Conditional request required\", \"detail\": \"Updates to articles must be conditional: GET /v1/articles/42 and resend with If-Match set to its ETag.\"}",
        }],
        headers: &[
            Header {
                name: "If-Match",
                usage: HeaderUsage::Request,
                why: "A write without If-Match is what the server rejects; sending the ETag from \
                      the last GET makes it conditional.",
                source: "RFC 9110 §13.1.1",
            },
            Header {
                name: "If-Unmodified-Since",
                usage: HeaderUsage::Request,
                why: "A date-based precondition that some servers accept instead of If-Match.",
                source: "RFC 9110 §13.1.4",
            },
        ],
        cache: Cache::Never("RFC 6585 §3"),
        retry: "Not unchanged; resend with If-Match (or If-Unmodified-Since) taken from a fresh GET.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 412,
                how: "The precondition was sent but did not hold: the resource changed since it was read.",
            },
            Related {
                code: 409,
                how: "A conflict with the resource's current state, found without a precondition.",
            },
            Related {
                code: 423,
                how: "WebDAV's pessimistic alternative: someone else holds a lock on the resource.",
            },
        ],
        keywords: &[
            "if-match required",
            "missing if-match",
            "etag required",
            "missing etag",
            "conditional request required",
            "lost update",
            "optimistic locking",
            "optimistic concurrency",
            "concurrent edit",
            "mid-air collision",
            "version check",
        ],
    },
    Status {
        code: 429,
        name: "Too Many Requests",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 6585",
            section: Some("4"),
        }),
        summary: "The client sent too many requests in a given time; slow down.",
        meaning: "The server is rate limiting this client, user or API key (RFC 6585 §4). The \
                  response SHOULD explain the limit and MAY say when to come back with \
                  Retry-After; how the server identifies the client and counts requests is up to \
                  it. It is about volume over time, not about permission or a malformed request.",
        use_when: &[
            "A client exceeds a per-user, per-key or per-IP request quota.",
            "A login or password-reset endpoint is being hammered and you throttle it.",
            "A client opens more concurrent requests or jobs than its plan allows.",
        ],
        avoid: &[
            "Answering a rate-limited request with 403 or 400: clients cannot tell it from a real \
             refusal and will not back off.",
            "Sending 429 without Retry-After: clients guess, and aggressive retries make the \
             overload worse.",
            "Using 429 when the whole service is overloaded for everyone: that is 503.",
            "Leaving nginx's limit_req at its default rejection status, which is 503 (nginx \
             1.31.4): set limit_req_status 429 so clients see a rate limit, not an outage.",
        ],
        on_receipt: "Stop and wait: honour Retry-After if present, otherwise back off exponentially \
                     with jitter. Check the API's rate-limit headers to pace later calls.",
        examples: &[Example {
            title: "An API key over its hourly quota",
            request: "GET /v1/search?q=boots HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer 9f2c...",
            response: "HTTP/1.1 429 Too Many Requests\nContent-Type: application/problem+json\nRetry-After: 120\n\n{\"type\": \"https://api.example.com/problems/rate-limit\", \"title\": \"Rate limit exceeded\", \"detail\": \"1000 requests per hour; try again in 120 seconds.\"}",
        }],
        headers: &[Header {
            name: "Retry-After",
            usage: HeaderUsage::May,
            why: "Tells the client how many seconds (or until what date) to wait before trying again.",
            source: "RFC 6585 §4; RFC 9110 §10.2.3",
        }],
        cache: Cache::Never("RFC 6585 §4"),
        retry: "Yes, but only after the Retry-After delay, or with exponential backoff when none is \
                given.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 503,
                how: "The whole service is overloaded or down, not just this client's quota.",
            },
            Related {
                code: 403,
                how: "Refused for who the client is, not for how often it asks.",
            },
            Related {
                code: 420,
                how: "Twitter's old unofficial rate-limit code (Enhance Your Calm), replaced by 429.",
            },
            Related {
                code: 509,
                how: "Unofficial hosting code for a site over its bandwidth quota, not a per-client rate.",
            },
        ],
        keywords: &[
            "rate limit",
            "rate limited",
            "throttled",
            "throttling",
            "quota exceeded",
            "slow down",
            "too many calls",
            "api limit",
            "burst",
            "request limit",
            "backoff",
            "requests per second",
        ],
    },
    Status {
        code: 431,
        name: "Request Header Fields Too Large",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 6585",
            section: Some("5"),
        }),
        summary: "The request's headers, in total or one of them, are too large to process.",
        meaning: "The server refuses the request because its header section is too big, either in \
                  total or because of one oversized field (RFC 6585 §5). In practice the culprit \
                  is usually the Cookie header, swollen by many or large cookies, or a large \
                  Authorization token such as a JWT carrying many claims. When one field is at \
                  fault the response SHOULD say which; the client may resubmit once the headers \
                  are smaller, and caches MUST NOT store the response (RFC 6585 §5).",
        use_when: &[
            "The total size of the request's header section exceeds the server's configured limit.",
            "A single field, typically Cookie or Authorization, exceeds the per-field limit.",
        ],
        avoid: &[
            "Answering oversized headers with a generic 400 (nginx 1.31.4's default page says \
             \"Request Header Or Cookie Too Large\" under a 400): 431 tells the client what to \
             shrink.",
            "Sending 431 for a long URL: that is 414 URI Too Long.",
            "Sending 431 for a large request body: that is 413 Content Too Large.",
            "Returning 431 without naming the field at fault: RFC 6585 §5 says the response SHOULD \
             specify which header field was too large.",
        ],
        on_receipt: "Make the headers smaller before retrying: clear or trim the site's cookies (the \
                     usual cause in browsers), shorten tokens, or drop redundant custom headers. If \
                     many users hit it at once, look for code that keeps adding cookies, or a proxy \
                     chain that keeps appending forwarding headers.",
        examples: &[Example {
            title: "A browser whose cookies have grown too large",
            request: "GET /account HTTP/1.1\nHost: www.example.com\nAccept: text/html\nCookie: session=8f3a...; cart=...; prefs=...; (about 18 KB of cookies)",
            response: "HTTP/1.1 431 Request Header Fields Too Large\nContent-Type: application/problem+json\nConnection: close\n\n{\"type\": \"about:blank\", \"title\": \"Request Header Fields Too Large\", \"detail\": \"The Cookie header is 18,204 bytes; the limit is 8,192. Clear cookies for www.example.com and try again.\"}",
        }],
        headers: &[
            Header {
                name: "Cookie",
                usage: HeaderUsage::Request,
                why: "Accumulated cookies are the most common reason a request's headers outgrow \
                      the server's limit.",
                source: "RFC 6265 §5.4",
            },
            Header {
                name: "Authorization",
                usage: HeaderUsage::Request,
                why: "Large bearer tokens, such as JWTs with many claims, are the other usual cause.",
                source: "RFC 9110 §11.6.2",
            },
        ],
        cache: Cache::Never("RFC 6585 §5"),
        retry: "Yes, but only after reducing the size of the headers (RFC 6585 §5); unchanged it \
                will fail again.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 414,
                how: "The request target (URL) is too long, not the headers.",
            },
            Related {
                code: 413,
                how: "The request body is too large, not the headers.",
            },
            Related {
                code: 400,
                how: "What many servers send instead, nginx included; less specific.",
            },
            Related {
                code: 494,
                how: "nginx's internal code for oversized headers; clients receive it as 400.",
            },
        ],
        keywords: &[
            "cookie too large",
            "header too large",
            "headers too big",
            "request header or cookie too large",
            "too many cookies",
            "large cookie",
            "jwt too large",
            "token too big",
            "header size limit",
            "max header size",
            "clear cookies",
            "bad request cookie",
        ],
    },
    Status {
        code: 451,
        name: "Unavailable For Legal Reasons",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 7725",
            section: Some("3"),
        }),
        summary: "Access is denied because of a legal demand, such as a court order.",
        meaning: "The server, or an intermediary such as an ISP or network operator, refuses access \
                  to the resource because of a legal demand (RFC 7725 §3): a court order, an \
                  official blocking list, a takedown notice or sanctions law. The body SHOULD \
                  explain the demand: who made it, under which law, and to which people and \
                  resources it applies. The code implies nothing about whether the resource \
                  exists, and the response is cacheable by default (RFC 7725 §3). The RFC's \
                  acknowledgements thank Ray Bradbury, whose novel Fahrenheit 451 the number \
                  recalls.",
        use_when: &[
            "A court order, takedown notice or regulator requires you to withhold a specific resource.",
            "A law bars access from certain jurisdictions, such as sanctioned countries, and you \
             block requests from them.",
            "An ISP or network operator blocks a site under a legal order and answers in its place.",
        ],
        avoid: &[
            "Using 451 for content removed under your own policy or terms of service with no legal \
             demand behind it: that is 403, or 404 or 410 if it is gone.",
            "Sending 451 with an empty body: RFC 7725 §3 says the body SHOULD say who demanded the \
             block, under which law, and whom it affects.",
            "Pointing Link rel=\"blocked-by\" at the court or government: it identifies the entity \
             that implements the block, such as your company or CDN (RFC 7725 §4).",
        ],
        on_receipt: "Do not retry: the block is deliberate, waiting will not lift it, and the \
                     response may be cached (RFC 7725 §3). \
                     Read the body for the legal basis and the Link rel=\"blocked-by\" header for \
                     who applied it. Microsoft Exchange ActiveSync uses 451 for something else \
                     entirely, a redirect to another mailbox server ([MS-ASHTTP]).",
        examples: &[Example {
            title: "A news article withheld in one country under a court order",
            request: "GET /articles/2025/leaked-memo HTTP/1.1\nHost: news.example.com\nAccept: text/html",
            response: "HTTP/1.1 451 Unavailable For Legal Reasons\nLink: <https://news.example.com/legal/blocking>; rel=\"blocked-by\"\nContent-Type: text/html; charset=utf-8\n\n<html><head><title>Unavailable For Legal Reasons</title></head><body><h1>Unavailable For Legal Reasons</h1><p>Access to this article from your country is withheld under a court order (case 2025-1187) issued under national defamation law. News Example Ltd applied this block; the link above explains how to contest it.</p></body></html>",
        }],
        headers: &[Header {
            name: "Link",
            usage: HeaderUsage::Should,
            why: "With rel=\"blocked-by\" it identifies the entity implementing the block (not the \
                  authority that demanded it), so people know whom to contact.",
            source: "RFC 7725 §4",
        }],
        cache: Cache::Heuristic("RFC 7725 §3"),
        retry: "No; the refusal is legal and lasting, and caches may keep it, so repeating the \
                request will not help.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 403,
                how: "A refusal for the server's own reasons (permissions, policy), not a legal demand.",
            },
            Related {
                code: 404,
                how: "Nothing at this URI (or it is hidden); 451 instead states a legal block.",
            },
            Related {
                code: 410,
                how: "Removed for good by the owner; 451 says a legal demand forced it.",
            },
        ],
        keywords: &[
            "censored",
            "censorship",
            "legal block",
            "blocked by court order",
            "dmca takedown",
            "takedown",
            "government block",
            "sanctions",
            "embargoed country",
            "blocked in my country",
            "legally restricted",
            "geo blocked for legal reasons",
            "fahrenheit 451",
        ],
    },
];
