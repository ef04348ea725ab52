//! Records for 400 to 417: the client errors RFC 9110 defines up to 417.

use super::types::*;

pub static CODES: &[Status] = &[
    Status {
        code: 400,
        name: "Bad Request",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.1"),
        }),
        summary: "The server cannot or will not process a malformed or invalid request.",
        meaning: "The generic client-error code: something about the request is perceived as the \
                  client's fault, such as unparseable JSON, a missing or mistyped parameter, broken \
                  message framing or deceptive request routing (RFC 9110 §15.5.1). Use it when no \
                  more specific 4xx code fits, and say in the body exactly what is wrong so the \
                  client can fix it. Clients that meet an unknown 4xx code must treat it as 400 \
                  (RFC 9110 §15).",
        use_when: &[
            "The body cannot be parsed: truncated or invalid JSON, XML that is not well formed, a broken multipart boundary.",
            "A required query parameter or header is missing, or has the wrong type (?limit=abc).",
            "The message itself is malformed: an HTTP/1.1 request without exactly one valid Host header, or an invalid Content-Length (RFC 9112 §3.2, §6.3).",
            "Input fails validation and your API has chosen to report every input error as 400 rather than 422; then do so consistently.",
        ],
        avoid: &[
            "Lumping well-formed but invalid content (a negative quantity, an end date before the start date) in with parse errors: 422 tells the client the syntax was fine and only the values were rejected.",
            "Letting a validation failure escape as an unhandled exception and a 500: validate input first and answer 400 or 422, or dashboards will report the client's mistake as a server fault.",
            "Answering rate-limited requests with 400: send 429 with Retry-After so clients know to slow down instead of \"fixing\" a request that was fine.",
            "Sending 400 where a more specific code exists: an unsupported Content-Type is 415, an oversized body 413, an over-long URI 414, oversized headers 431.",
        ],
        on_receipt: "Do not resend it unchanged: read the error body, fix the request and try again. If \
                     the request looks right, compare it with a working one (headers, encoding, JSON \
                     escaping). Note that nginx (read at 1.31.4) also answers 400 for oversized headers \
                     or cookies, a missing or bad client certificate, and plain HTTP sent to an HTTPS \
                     port.",
        examples: &[
            Example {
                title: "A request body that is not valid JSON",
                request: "POST /v1/orders HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nContent-Length: 32\n\n{\"sku\": \"BOOT-42\", \"quantity\": 2",
                response: "HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/malformed-json\", \"title\": \"Malformed JSON\", \"status\": 400, \"detail\": \"The request body is not valid JSON: unexpected end of input.\"}",
            },
            Example {
                title: "A query parameter of the wrong type",
                request: "GET /v1/orders?limit=abc HTTP/1.1\nHost: api.example.com\nAccept: application/json\nAuthorization: Bearer 3b8f0c...",
                response: "HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/invalid-parameter\", \"title\": \"Invalid query parameter\", \"status\": 400, \"invalid-params\": [{\"name\": \"limit\", \"reason\": \"must be an integer from 1 to 100\"}]}",
            },
        ],
        headers: &[
            Header {
                name: "Host",
                usage: HeaderUsage::Request,
                why: "An HTTP/1.1 request with no Host header, more than one, or an invalid one MUST be answered with 400.",
                source: "RFC 9112 §3.2",
            },
            Header {
                name: "Content-Length",
                usage: HeaderUsage::Request,
                why: "An invalid Content-Length (without Transfer-Encoding) leaves the framing unreadable; the server MUST answer 400 and close the connection.",
                source: "RFC 9112 §6.3",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Not unchanged: fix what the error body points to, then send the corrected request.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 422,
                how: "The content parsed fine but its values were rejected; 400 is for requests that are malformed.",
            },
            Related {
                code: 415,
                how: "The body's media type or content coding is not supported at all.",
            },
            Related {
                code: 431,
                how: "The header section (often cookies) is too large; nginx reports this as 400 instead.",
            },
            Related {
                code: 429,
                how: "The request was fine, but the client is sending too many of them.",
            },
            Related {
                code: 500,
                how: "The server failed; bad client input should never surface as 500.",
            },
        ],
        keywords: &[
            "malformed",
            "malformed request",
            "invalid request",
            "bad input",
            "invalid json",
            "malformed json",
            "parse error",
            "syntax error",
            "missing parameter",
            "invalid parameter",
            "validation error",
            "bad params",
            "client error",
        ],
    },
    Status {
        code: 401,
        name: "Unauthorized",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.2"),
        }),
        summary: "No valid credentials were sent; authenticate and try again.",
        meaning: "Despite the name, 401 is about authentication: the request lacks valid credentials \
                  for the target resource, either because none were sent or because the ones sent \
                  (an expired token, a wrong password) were refused. The server MUST send a \
                  WWW-Authenticate header with at least one challenge that says how to authenticate \
                  (RFC 9110 §15.5.2). The client may then repeat the request with a new or corrected \
                  Authorization header.",
        use_when: &[
            "The request carries no Authorization header (or session) and the resource requires one.",
            "The token is expired, revoked, malformed or signed with the wrong key.",
            "The user name or password in HTTP Basic credentials is wrong.",
        ],
        avoid: &[
            "Answering a signed-in user who lacks a role or permission with 401: that is 403. Swapping the two sends clients into login loops that cannot help.",
            "Omitting WWW-Authenticate: RFC 9110 §15.5.2 makes it a MUST. Token APIs send, for example, WWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\" (RFC 6750 §3).",
            "Sending WWW-Authenticate: Basic to the fetch calls of a browser app with its own login page: browsers pop up a native password dialog. Use the Bearer scheme or your own scheme name.",
            "Using 401 for a proxy's own login: a proxy sends 407 with Proxy-Authenticate.",
        ],
        on_receipt: "Read WWW-Authenticate to learn the scheme, obtain or refresh credentials (log in, \
                     refresh the OAuth token) and repeat the request once. If fresh credentials are \
                     refused too, stop and report the error instead of looping.",
        examples: &[
            Example {
                title: "No credentials sent",
                request: "GET /v1/me HTTP/1.1\nHost: api.example.com\nAccept: application/json",
                response: "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api.example.com\"\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/unauthenticated\", \"title\": \"Authentication required\", \"status\": 401, \"detail\": \"Send an access token in the Authorization header.\"}",
            },
            Example {
                title: "An expired access token",
                request: "GET /v1/me HTTP/1.1\nHost: api.example.com\nAccept: application/json\nAuthorization: Bearer eyJhbGciOiJSUzI1NiJ9...",
                response: "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api.example.com\", error=\"invalid_token\", error_description=\"The access token expired\"\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/token-expired\", \"title\": \"Access token expired\", \"status\": 401, \"detail\": \"Refresh the token and repeat the request.\"}",
            },
        ],
        headers: &[
            Header {
                name: "WWW-Authenticate",
                usage: HeaderUsage::Must,
                why: "Carries at least one challenge naming the scheme (and realm, parameters) the client must use to authenticate.",
                source: "RFC 9110 §15.5.2; RFC 9110 §11.6.1",
            },
            Header {
                name: "Authorization",
                usage: HeaderUsage::Request,
                why: "Missing, expired or refused credentials in this field are what lead to 401; the client retries with new ones.",
                source: "RFC 9110 §11.6.2",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Yes, once, with new or refreshed credentials in Authorization; never again with the credentials that were just refused.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 403,
                how: "The server knows who the client is and still refuses: the credentials are not enough, and the client should not resend them automatically (RFC 9110 §15.5.4).",
            },
            Related {
                code: 407,
                how: "The same kind of challenge, but from a proxy, with Proxy-Authenticate and Proxy-Authorization.",
            },
            Related {
                code: 511,
                how: "A captive portal wants the user to log in to the network before any access (RFC 6585).",
            },
            Related {
                code: 419,
                how: "Laravel's unofficial code for an expired session or CSRF token, not an authentication challenge.",
            },
        ],
        keywords: &[
            "unauthenticated",
            "not authenticated",
            "not logged in",
            "login required",
            "authentication required",
            "auth required",
            "auth failed",
            "login failed",
            "invalid token",
            "expired token",
            "missing token",
            "jwt expired",
            "bad credentials",
            "wrong password",
            "missing api key",
            "session expired",
            "www-authenticate",
        ],
    },
    Status {
        code: 402,
        name: "Payment Required",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.3"),
        }),
        summary: "Reserved for future use; HTTP defines no meaning for it yet.",
        meaning: "RFC 9110 §15.5.3 says only that 402 is reserved for future use: it defines no \
                  semantics, no headers and no client behaviour. The name hints at web payment \
                  schemes that were once imagined, but none was ever standardised. Some APIs give it \
                  their own meaning (Stripe, for example, answers 402 when a charge fails, such as a \
                  declined card), so what it means depends entirely on that API's documentation.",
        use_when: &[
            "Your API documents its own meaning for 402, such as a declined payment or a feature outside the paid plan, and clients are written against that documentation.",
            "Only together with a body that explains the payment problem and how to resolve it; generic clients learn nothing from the code alone.",
        ],
        avoid: &[
            "Expecting browsers or generic HTTP libraries to do anything special with 402: they treat it as an ordinary client error.",
            "Using 402 for a usage quota that resets over time: that is 429, which clients know to back off from.",
            "Using 402 when the real issue is permissions or a suspended account: 403 with an explanation is understood everywhere.",
            "Using 402 for missing or expired credentials: that is 401.",
        ],
        on_receipt: "Treat it as a client error that will not go away by itself, and read the body: \
                     the meaning comes from the API's own documentation, typically a failed payment, \
                     an unpaid account or a feature outside the current plan.",
        examples: &[Example {
            title: "An API that uses 402 for a declined card",
            request: "POST /v1/charges HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer 4f1c9e...\nContent-Type: application/x-www-form-urlencoded\nContent-Length: 44\n\namount=2000&currency=eur&source=tok_card_981",
            response: "HTTP/1.1 402 Payment Required\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/card-declined\", \"title\": \"Card declined\", \"status\": 402, \"detail\": \"The card issuer declined the charge. Ask the customer for another payment method.\"}",
        }],
        headers: &[],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Not unchanged; only after the payment problem described in the body has been resolved (for example with another payment method).",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 403,
                how: "A refusal understood by every client; fits suspended accounts and features the caller may not use.",
            },
            Related {
                code: 429,
                how: "A rate or usage quota that resets with time.",
            },
            Related {
                code: 401,
                how: "Credentials are missing or invalid; nothing to do with payment.",
            },
        ],
        keywords: &[
            "payment",
            "billing",
            "payment failed",
            "card declined",
            "insufficient funds",
            "subscription expired",
            "trial expired",
            "unpaid",
            "paywall",
            "upgrade plan",
            "paid plan",
            "credits",
        ],
    },
    Status {
        code: 403,
        name: "Forbidden",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.4"),
        }),
        summary: "The server understood the request but refuses to fulfil it.",
        meaning: "The server knows what was asked and will not do it, and the client SHOULD NOT \
                  automatically repeat the request with the same credentials (RFC 9110 §15.5.4). \
                  Usually the client is identified but lacks the role, scope or ownership needed; \
                  the refusal can also have nothing to do with credentials, such as an IP block or \
                  a disabled directory listing. The server may explain why in the body, or, to hide that the resource \
                  exists at all, answer 404 instead, which §15.5.4 explicitly allows.",
        use_when: &[
            "An authenticated user lacks the role, scope or ownership required: a viewer trying to delete, a token without the write scope.",
            "Access is refused for reasons unrelated to identity: an IP allow list, a disabled account, directory listing turned off.",
            "A CSRF check fails on a state-changing request.",
        ],
        avoid: &[
            "Sending 403 when no credentials were sent or the token has expired: that is 401 with WWW-Authenticate. Swapping the two is the classic mistake, and it breaks clients' refresh-and-retry logic.",
            "Answering 403 for a private resource whose very existence is sensitive: it confirms that the resource exists; RFC 9110 §15.5.4 allows 404 instead.",
            "Using 403 for rate limiting: send 429 with Retry-After; a 403 tells clients that waiting will not help.",
            "Using 403 for content blocked because of a legal demand: 451 Unavailable For Legal Reasons says exactly that (RFC 7725).",
        ],
        on_receipt: "Do not retry automatically with the same credentials (RFC 9110 §15.5.4). Check the \
                     account's roles or the token's scopes, or sign in as another user; if the body \
                     gives no reason, look for a WAF rule, an IP restriction or file permissions on \
                     the server.",
        examples: &[
            Example {
                title: "A viewer trying to delete a project",
                request: "DELETE /v1/projects/381 HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer 7d0e2a...",
                response: "HTTP/1.1 403 Forbidden\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/insufficient-permission\", \"title\": \"Insufficient permission\", \"status\": 403, \"detail\": \"Deleting a project requires the owner role; you have viewer.\"}",
            },
            Example {
                title: "An OAuth token without the scope the operation needs",
                request: "PUT /v1/repos/acme/site/topics HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer 91ab47...\nContent-Type: application/json\nContent-Length: 22\n\n{\"topics\": [\"static\"]}",
                response: "HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm=\"api.example.com\", error=\"insufficient_scope\", scope=\"repo:write\"\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/insufficient-scope\", \"title\": \"Insufficient scope\", \"status\": 403, \"detail\": \"This token needs the repo:write scope.\"}",
            },
        ],
        headers: &[
            Header {
                name: "Authorization",
                usage: HeaderUsage::Request,
                why: "When credentials were sent, 403 means they were judged insufficient, and the client should not automatically repeat the request with them.",
                source: "RFC 9110 §15.5.4; RFC 9110 §11.6.2",
            },
            Header {
                name: "WWW-Authenticate",
                usage: HeaderUsage::May,
                why: "OAuth bearer-token APIs can add error=\"insufficient_scope\" and the scope that would be needed.",
                source: "RFC 6750 §3.1",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Not with the same credentials (RFC 9110 §15.5.4); only with different credentials or after the permissions have changed.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 401,
                how: "No valid credentials yet; authenticating (again) may succeed.",
            },
            Related {
                code: 404,
                how: "May be sent instead of 403 to hide that the resource exists.",
            },
            Related {
                code: 429,
                how: "Refused for now because of request volume; waiting helps.",
            },
            Related {
                code: 451,
                how: "Refused because of a legal demand such as a court order (RFC 7725).",
            },
        ],
        keywords: &[
            "permission denied",
            "access denied",
            "no permission",
            "insufficient permissions",
            "insufficient scope",
            "not authorized",
            "not allowed",
            "missing role",
            "admin only",
            "csrf failed",
            "ip blocked",
            "waf blocked",
            "no access",
        ],
    },
    Status {
        code: 404,
        name: "Not Found",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.5"),
        }),
        summary: "Nothing exists at this URI, or the server will not reveal that it does.",
        meaning: "The origin server found no current representation for the target resource, or is \
                  not willing to disclose that one exists (RFC 9110 §15.5.5). It says nothing about \
                  whether the absence is temporary or permanent; when the server knows the resource \
                  is gone for good, 410 is the better answer. A 404 is heuristically cacheable, so \
                  caches may keep it for a while unless Cache-Control says otherwise.",
        use_when: &[
            "No route matches the path, or no record has that ID (GET /v1/users/99999).",
            "The resource exists but this caller must not learn that it does (RFC 9110 §15.5.4 allows 404 in place of 403).",
            "A resource was removed and you do not know, or do not want to promise, that the removal is permanent.",
        ],
        avoid: &[
            "Returning 200 with a null or {\"found\": false} body for a missing record: clients, caches and monitoring all read that as success. Send 404.",
            "Serving the web server's HTML 404 page from a JSON API: every JSON client then fails to parse the error. Return application/problem+json (or your usual JSON error) on API routes, including unknown ones.",
            "Sending 404 when the path exists but not for this method: that is 405 with an Allow header.",
            "Answering 404 to a search or list with no matches: an empty collection is 200 with an empty array.",
        ],
        on_receipt: "Check the URL first: IDs, the API version prefix, the base URL and any trailing \
                     slash. If the resource should exist, it may be hidden from this caller (404 in \
                     place of 403) or not created yet; retry only if you expect it to appear, and \
                     remember that caches may keep serving a 404 for a while.",
        examples: &[
            Example {
                title: "A record that does not exist",
                request: "GET /v1/users/99999 HTTP/1.1\nHost: api.example.com\nAccept: application/json\nAuthorization: Bearer 3b8f0c...",
                response: "HTTP/1.1 404 Not Found\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{\"type\": \"https://api.example.com/problems/not-found\", \"title\": \"User not found\", \"status\": 404, \"detail\": \"No user with id 99999.\"}",
            },
            Example {
                title: "A private repository hidden from an outsider",
                request: "GET /v1/repos/acme/secret-plans HTTP/1.1\nHost: api.example.com\nAccept: application/json\nAuthorization: Bearer 5e72d1...",
                response: "HTTP/1.1 404 Not Found\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{\"type\": \"https://api.example.com/problems/not-found\", \"title\": \"Repository not found\", \"status\": 404, \"detail\": \"No repository acme/secret-plans is visible to you.\"}",
            },
        ],
        headers: &[Header {
            name: "Cache-Control",
            usage: HeaderUsage::May,
            why: "A 404 is heuristically cacheable; set a short max-age or no-store if the resource may soon exist.",
            source: "RFC 9110 §15.5.5; RFC 9111 §5.2",
        }],
        cache: Cache::Heuristic("RFC 9110 §15.1"),
        retry: "Not unchanged expecting a different answer, unless the resource is expected to be created soon (a 404 may be temporary); then retry later.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 410,
                how: "The resource existed and is gone for good; asks whoever links to it to remove the link (RFC 9110 §15.5.11).",
            },
            Related {
                code: 403,
                how: "The resource exists and the refusal is stated openly.",
            },
            Related {
                code: 405,
                how: "The resource exists but does not support this method.",
            },
            Related {
                code: 301,
                how: "The resource moved; redirect with Location instead of letting old links break.",
            },
        ],
        keywords: &[
            "missing",
            "does not exist",
            "doesn't exist",
            "no such resource",
            "no such file",
            "missing page",
            "wrong url",
            "broken link",
            "dead link",
            "unknown route",
            "no route",
            "record missing",
            "unknown id",
            "typo in url",
        ],
    },
    Status {
        code: 405,
        name: "Method Not Allowed",
        standing: Standing::Standard,
        former_names: &[Alias {
            name: "Not Allowed",
            source: "nginx",
        }],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.6"),
        }),
        summary: "The resource exists, but does not support this HTTP method.",
        meaning: "The server knows the method in the request line, but the target resource does not \
                  support it, such as DELETE on a read-only resource (RFC 9110 §15.5.6). The response \
                  MUST carry an Allow header listing the methods the resource currently supports. A \
                  405 is heuristically cacheable.",
        use_when: &[
            "A client sends POST, PUT, PATCH or DELETE to a resource that can only be read.",
            "An endpoint that only accepts POST receives a GET, for example a webhook receiver opened in a browser.",
            "A method is temporarily disabled on a resource by configuration; Allow may then be empty (RFC 9110 §10.2.1).",
        ],
        avoid: &[
            "Leaving out the Allow header: RFC 9110 §15.5.6 makes it a MUST, and it is how the client learns what it may send.",
            "Sending 405 for a method the server does not recognise at all (a typo such as PSOT, or an unknown extension method): that is 501 (RFC 9110 §15.6.2).",
            "Sending 405 when the method is supported but this user may not use it: that is 403.",
            "Answering a CORS preflight (OPTIONS) with 405: the browser then blocks the real request. Handle OPTIONS, or let the CORS middleware answer it.",
        ],
        on_receipt: "Read the Allow header and switch to one of the listed methods; also check the URL, \
                     since a collection and an item often support different methods. In a browser, a \
                     405 to an OPTIONS request shows up as a CORS error.",
        examples: &[Example {
            title: "DELETE on a resource that can only be read",
            request: "DELETE /v1/invoices/2024-0117 HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer 51aa3d...",
            response: "HTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/method-not-allowed\", \"title\": \"Method not allowed\", \"status\": 405, \"detail\": \"Issued invoices cannot be deleted; issue a credit note instead.\"}",
        }],
        headers: &[Header {
            name: "Allow",
            usage: HeaderUsage::Must,
            why: "Lists the methods the target resource currently supports, so the client can pick one.",
            source: "RFC 9110 §15.5.6; RFC 9110 §10.2.1",
        }],
        cache: Cache::Heuristic("RFC 9110 §15.1"),
        retry: "Not with the same method; repeat only with one of the methods listed in Allow.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 501,
                how: "The server does not recognise or implement the method for any resource.",
            },
            Related {
                code: 404,
                how: "Nothing exists at the URI, whatever the method.",
            },
            Related {
                code: 403,
                how: "The method is supported, but this client may not use it.",
            },
        ],
        keywords: &[
            "wrong method",
            "wrong http method",
            "method not supported",
            "request method not supported",
            "unsupported method",
            "post not allowed",
            "get not allowed",
            "delete not allowed",
            "allow header",
            "read only",
            "cors preflight",
            "options request",
        ],
    },
    Status {
        code: 406,
        name: "Not Acceptable",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.7"),
        }),
        summary: "The server cannot produce a response in any format the client accepts.",
        meaning: "The request's proactive negotiation headers (Accept, Accept-Language, \
                  Accept-Encoding, Accept-Charset) rule out every representation the server can \
                  produce, and the server chose not to send a default instead (RFC 9110 §15.5.7). It \
                  is about the format of the response, not of the request body. The server SHOULD \
                  describe the available representations in the body so the client or user can \
                  pick one.",
        use_when: &[
            "A client asks only for application/xml and the resource exists only as JSON or CSV, and a clear refusal is better than an unexpected format.",
            "A media-type-versioned API receives Accept: application/vnd.example.v1+json for a version it no longer serves.",
            "Accept-Language names only languages you have no content in, and a default language would mislead (for example legal text).",
        ],
        avoid: &[
            "Using 406 for a request body in a format the server cannot read: that is 415; 406 concerns the response.",
            "Sending 406 when the request has no Accept header or sends */*: a request without Accept states no preference on media type (RFC 9110 §12.4.1), and */* matches every type.",
            "Refusing over a minor mismatch when a default would serve: RFC 9110 §12.4.1 lets the server disregard an Accept header it cannot satisfy and send a representation anyway, though the client may not be able to use it.",
            "Sending 406 without saying what is available: RFC 9110 §15.5.7 says the body SHOULD list the alternatives.",
        ],
        on_receipt: "Widen the Accept-family headers (add the type the body lists, or */* with a low q \
                     value) and try again. On the server side, Spring MVC raises \
                     HttpMediaTypeNotAcceptableException, which it answers with 406, when no message \
                     converter can write the result in a type the client accepts.",
        examples: &[Example {
            title: "XML requested from a resource that exists as JSON and CSV",
            request: "GET /v1/reports/2024-q4 HTTP/1.1\nHost: api.example.com\nAccept: application/xml",
            response: "HTTP/1.1 406 Not Acceptable\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/not-acceptable\", \"title\": \"No acceptable representation\", \"status\": 406, \"detail\": \"This report is available as application/json or text/csv.\"}",
        }],
        headers: &[
            Header {
                name: "Accept",
                usage: HeaderUsage::Request,
                why: "Lists the media types the client will take; if none can be produced the server can either answer 406 or disregard the header.",
                source: "RFC 9110 §12.5.1; RFC 9110 §12.4.1",
            },
            Header {
                name: "Accept-Language",
                usage: HeaderUsage::Request,
                why: "Restricts the acceptable natural languages; rarely a good reason for 406 on its own.",
                source: "RFC 9110 §12.5.4",
            },
            Header {
                name: "Accept-Encoding",
                usage: HeaderUsage::Request,
                why: "Restricts the acceptable content codings, such as gzip or br; when none of them is available the server SHOULD send the response without a content coding rather than refuse, unless identity is excluded too.",
                source: "RFC 9110 §12.5.3",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Yes, after widening the Accept (or Accept-Language, Accept-Encoding) header to include a representation the server offers.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 415,
                how: "The request body's format is unsupported; 406 is about the response's format.",
            },
            Related {
                code: 300,
                how: "The server lists the alternatives and lets the client choose, rather than refusing.",
            },
            Related {
                code: 200,
                how: "What a server may send instead: a representation that disregards the unmatched Accept (RFC 9110 §12.4.1).",
            },
        ],
        keywords: &[
            "accept header",
            "content negotiation",
            "wrong accept header",
            "accept mismatch",
            "unsupported response format",
            "no acceptable representation",
            "could not find acceptable representation",
            "media type not acceptable",
            "format not available",
            "language not available",
            "cannot produce",
        ],
    },
    Status {
        code: 407,
        name: "Proxy Authentication Required",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.8"),
        }),
        summary: "A proxy on the path needs the client to authenticate to it first.",
        meaning: "Like 401, but the challenge comes from a proxy between client and server rather than \
                  from the origin: the client must authenticate to that proxy before it will forward \
                  the request (RFC 9110 §15.5.8). The proxy MUST send Proxy-Authenticate with a \
                  challenge for itself, and the client answers with Proxy-Authorization. It comes \
                  from forward proxies that require a login, including on the CONNECT request that \
                  opens an HTTPS tunnel.",
        use_when: &[
            "A forward proxy requires users or services to log in before it relays their traffic.",
            "A CONNECT request for an HTTPS tunnel arrives without valid Proxy-Authorization.",
        ],
        avoid: &[
            "Sending 407 from an origin server or API for its own login: that is 401 with WWW-Authenticate; clients send different headers for each.",
            "Omitting Proxy-Authenticate: RFC 9110 §15.5.8 makes it a MUST, and without it the client cannot tell which scheme to use.",
            "Using 407 for a captive portal that wants users to sign in to the network: 511 Network Authentication Required (RFC 6585 §6) is meant for that.",
        ],
        on_receipt: "Give the client its proxy credentials (many command-line tools accept them in the \
                     proxy URL, as in HTTPS_PROXY=http://user:pass@proxy:3128, or through a proxy-auth \
                     option) and retry with Proxy-Authorization. If only some tools fail, check which \
                     ones read the system proxy settings and support the proxy's scheme, such as NTLM \
                     or Negotiate, which not every tool implements.",
        examples: &[
            Example {
                title: "A corporate proxy challenging an HTTPS tunnel",
                request: "CONNECT api.example.com:443 HTTP/1.1\nHost: api.example.com:443\nUser-Agent: curl/8.5.0",
                response: "HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic realm=\"Example Corp proxy\"\nContent-Type: text/plain\n\nLog in to the proxy to reach external sites.",
            },
            Example {
                title: "The same tunnel, retried with proxy credentials",
                request: "CONNECT api.example.com:443 HTTP/1.1\nHost: api.example.com:443\nProxy-Authorization: Basic ZGV2OnMzY3JldA==\nUser-Agent: curl/8.5.0",
                response: "HTTP/1.1 200 Connection established",
            },
        ],
        headers: &[
            Header {
                name: "Proxy-Authenticate",
                usage: HeaderUsage::Must,
                why: "Carries the proxy's challenge: the scheme and realm the client must use with this proxy.",
                source: "RFC 9110 §15.5.8; RFC 9110 §11.7.1",
            },
            Header {
                name: "Proxy-Authorization",
                usage: HeaderUsage::Request,
                why: "Holds the client's credentials for the proxy; absent or refused credentials lead to 407.",
                source: "RFC 9110 §11.7.2",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Yes, with valid credentials for the proxy in Proxy-Authorization.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 401,
                how: "The origin server, not a proxy, wants credentials (WWW-Authenticate, Authorization).",
            },
            Related {
                code: 511,
                how: "An intercepting proxy or captive portal wants the user to log in to the network (RFC 6585).",
            },
            Related {
                code: 403,
                how: "The proxy knows the user and refuses the destination anyway, for example by policy.",
            },
        ],
        keywords: &[
            "proxy login",
            "proxy auth",
            "proxy authentication",
            "proxy password",
            "proxy credentials",
            "corporate proxy",
            "behind a proxy",
            "proxy-authenticate",
            "proxy-authorization",
            "squid",
            "connect tunnel",
            "https_proxy",
            "ntlm proxy",
        ],
    },
    Status {
        code: 408,
        name: "Request Timeout",
        standing: Standing::Standard,
        former_names: &[Alias {
            name: "Request Time-out",
            source: "RFC 2616 §6.1.1",
        }],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.9"),
        }),
        summary: "The client took too long to send its request; the server stopped waiting.",
        meaning: "The server did not receive a complete request message within the time it was \
                  prepared to wait (RFC 9110 §15.5.9). The slowness is on the sending side: a stalled \
                  upload, a connection opened with nothing sent on it, or headers that trickle in. \
                  Because the server is giving up on the connection, it closes it, and a server that \
                  intends to close SHOULD say so with Connection: close (RFC 9112 §9.6); RFC 7231 \
                  §6.5.7 asked for that on every 408, a sentence RFC 9110 no longer has. The \
                  client may repeat the request, on a new connection if the old one is no longer \
                  usable (RFC 9110 §15.5.9).",
        use_when: &[
            "A client opens a connection and sends no request, or only part of the headers, before the idle or header timeout.",
            "A request body arrives so slowly that the body read timeout expires, such as a stalled mobile upload.",
            "Shedding slow-request attacks (Slowloris-style) that hold connections open by sending headers very slowly.",
        ],
        avoid: &[
            "Sending 408 because the backend, database or an upstream service was slow: the client did its part. A gateway answers 504, an overloaded server 503.",
            "Keeping the connection open after a 408: send Connection: close and close it, since the request boundaries are no longer clear.",
            "Using 408 when an application deadline passed (an expired reservation hold, a quiz timer): the request arrived in time, so answer with a normal error such as 409 or 410 and explain.",
        ],
        on_receipt: "The client may resend the request, on a new connection (RFC 9110 §15.5.9); if it \
                     keeps happening, look for stalled uploads, a slow client-side proxy or server \
                     timeouts set too short. In server logs, 408 lines with no request line can come \
                     from connections that a client opened ahead of time and never used.",
        examples: &[Example {
            title: "An upload that stalls halfway",
            request: "POST /v1/uploads HTTP/1.1\nHost: api.example.com\nContent-Type: application/octet-stream\nContent-Length: 52428800\n\n[1.2 MB of the body, then nothing for 60 seconds]",
            response: "HTTP/1.1 408 Request Timeout\nConnection: close\nContent-Type: text/plain\n\nRequest body not received within 60 seconds.",
        }],
        headers: &[Header {
            name: "Connection",
            usage: HeaderUsage::Should,
            why: "The \"close\" option tells the client the connection is finished: a server that intends to close SHOULD send it (RFC 9112 §9.6), and RFC 7231 §6.5.7 asked for it on every 408.",
            source: "RFC 9112 §9.6; RFC 7231 §6.5.7",
        }],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Yes (RFC 9110 §15.5.9), on a new connection if the server closed the old one; the server never received the complete request, but make sure the cause, such as a stalled upload, is gone first.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 504,
                how: "A gateway gave up waiting for the upstream server, not for the client.",
            },
            Related {
                code: 499,
                how: "nginx's log-only code for a client that hung up before the response was sent.",
            },
            Related {
                code: 503,
                how: "The server is overloaded or down; nothing to do with how fast the client sends.",
            },
        ],
        keywords: &[
            "timeout",
            "timed out",
            "request time-out",
            "client timeout",
            "slow client",
            "slow upload",
            "stalled upload",
            "idle connection",
            "keep-alive timeout",
            "header timeout",
            "client_body_timeout",
            "client_header_timeout",
            "slowloris",
        ],
    },
    Status {
        code: 409,
        name: "Conflict",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.10"),
        }),
        summary: "The request conflicts with the current state of the resource.",
        meaning: "The request could not be completed because it clashes with the current state of the \
                  target resource, and the user may be able to resolve the clash and resubmit \
                  (RFC 9110 §15.5.10). Typical cases are a value that must be unique and is taken, an \
                  edit based on an outdated version, or a state change that is not possible from the \
                  current state. The server SHOULD include enough information for the user to \
                  recognise the source of the conflict.",
        use_when: &[
            "Creating something whose unique key is taken: a username, an email address, a slug.",
            "A PUT carries a version number in its body that is older than the stored one (when no If-Match is involved).",
            "A state change is impossible from the current state: cancelling an order that has shipped, deleting a folder that still has files.",
            "A request repeats an idempotency key while the first request with that key is still being processed (draft-ietf-httpapi-idempotency-key-header §2.7; reusing a key with a different body is 422 there).",
        ],
        avoid: &[
            "Using 409 when an If-Match or If-Unmodified-Since check failed: that is 412, which tells the client its precondition, not its data, was the problem.",
            "Using 409 for field validation errors (a bad email format, a negative amount): that is 422 or 400.",
            "Sending 409 with no explanation: the client cannot tell which field or state conflicts; RFC 9110 §15.5.10 says the body SHOULD identify it.",
        ],
        on_receipt: "Do not retry unchanged. Re-fetch the resource, reconcile your change with its \
                     current state (or choose another unique value) and resubmit; show the conflict \
                     to the user when it cannot be merged automatically.",
        examples: &[
            Example {
                title: "Registering an email address that is already taken",
                request: "POST /v1/users HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nContent-Length: 43\n\n{\"email\": \"ana@example.com\", \"name\": \"Ana\"}",
                response: "HTTP/1.1 409 Conflict\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/duplicate-email\", \"title\": \"Email already registered\", \"status\": 409, \"detail\": \"An account with ana@example.com already exists.\"}",
            },
            Example {
                title: "Cancelling an order that has already shipped",
                request: "POST /v1/orders/5512/cancel HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer 0c6f2b...\nContent-Length: 0",
                response: "HTTP/1.1 409 Conflict\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/invalid-state\", \"title\": \"Order cannot be cancelled\", \"status\": 409, \"detail\": \"Order 5512 shipped on 2025-02-01 and can no longer be cancelled; request a return instead.\"}",
            },
        ],
        headers: &[],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Not unchanged: resolve the conflict first (re-fetch, merge or choose another value), then resubmit.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 412,
                how: "A conditional header such as If-Match failed: the conflict was detected through validators.",
            },
            Related {
                code: 422,
                how: "The content is invalid in itself, whatever the resource's state.",
            },
            Related {
                code: 428,
                how: "The server insists on conditional requests, to prevent lost updates (RFC 6585).",
            },
            Related {
                code: 423,
                how: "WebDAV: the resource is locked (RFC 4918).",
            },
        ],
        keywords: &[
            "duplicate",
            "already exists",
            "duplicate key",
            "unique constraint",
            "email taken",
            "username taken",
            "version conflict",
            "edit conflict",
            "optimistic locking",
            "concurrent update",
            "stale version",
            "invalid state",
            "state conflict",
            "idempotency key reused",
        ],
    },
    Status {
        code: 410,
        name: "Gone",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.11"),
        }),
        summary: "The resource was removed on purpose and is not coming back.",
        meaning: "Access to the target resource is no longer available at the origin server, and \
                  this is likely to be permanent (RFC 9110 §15.5.11). It exists for web maintenance: \
                  it tells whoever links to the resource that its owners want those links \
                  removed. If the server does not know whether the removal is permanent, it ought \
                  to send 404 instead. A 410 is heuristically cacheable.",
        use_when: &[
            "Content was deliberately taken down and will not return: a closed promotion, a deleted account's public profile.",
            "An API version or endpoint has been shut down after its announced sunset date.",
            "A one-time or time-limited link has expired and you want to say it existed but is no longer valid.",
        ],
        avoid: &[
            "Sending 410 when you cannot be sure the removal is permanent: RFC 9110 §15.5.11 says 404 ought to be used then.",
            "Sending 410 for content that moved: use 301 or 308 with Location, so clients and search engines follow it.",
            "Using 410 for something temporarily unpublished or hidden: use 404 (or 403), because a 410 is heuristically cacheable and asks for links to the URL to be removed.",
        ],
        on_receipt: "Stop requesting the URL and remove it from bookmarks, sitemaps, link lists or \
                     client configuration. For a retired API endpoint, move to the replacement named \
                     in the body, in a Link header or in the provider's migration guide.",
        examples: &[Example {
            title: "A retired API version",
            request: "GET /v1/legacy/orders HTTP/1.1\nHost: api.example.com\nAccept: application/json",
            response: "HTTP/1.1 410 Gone\nContent-Type: application/problem+json\nLink: <https://api.example.com/v2/orders>; rel=\"successor-version\"\n\n{\"type\": \"https://api.example.com/problems/endpoint-retired\", \"title\": \"Endpoint retired\", \"status\": 410, \"detail\": \"API v1 was shut down on 2025-06-30. Use /v2/orders.\"}",
        }],
        headers: &[Header {
            name: "Cache-Control",
            usage: HeaderUsage::May,
            why: "A 410 is heuristically cacheable; an explicit max-age decides how long caches keep it.",
            source: "RFC 9110 §15.5.11; RFC 9111 §4.2.2",
        }],
        cache: Cache::Heuristic("RFC 9110 §15.1"),
        retry: "No; the removal is meant to be permanent, so repeating the request will not help.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 404,
                how: "Not found, with no promise about whether that is permanent.",
            },
            Related {
                code: 301,
                how: "The resource lives on at a new URI given in Location.",
            },
            Related {
                code: 451,
                how: "Removed or blocked because of a legal demand (RFC 7725).",
            },
        ],
        keywords: &[
            "deleted",
            "removed",
            "permanently removed",
            "permanently deleted",
            "no longer available",
            "retired",
            "retired endpoint",
            "sunset",
            "discontinued",
            "taken down",
            "expired link",
            "deprecated api",
        ],
    },
    Status {
        code: 411,
        name: "Length Required",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.12"),
        }),
        summary: "The server requires a Content-Length header on this request.",
        meaning: "The server refuses to accept the request without a defined Content-Length \
                  (RFC 9110 §15.5.12). It typically answers a body sent with chunked transfer coding, \
                  or a POST or PUT with no length at all, at a server or endpoint that must know the \
                  size in advance, for example to enforce upload limits or reserve storage. The \
                  client may repeat the request with a valid Content-Length.",
        use_when: &[
            "An upload endpoint needs the full size up front (to check a quota or pre-allocate storage) and receives a chunked body.",
            "A POST or PUT arrives without Content-Length, and the server insists that such requests declare their length, even when it is zero.",
        ],
        avoid: &[
            "Sending 411 when Content-Length is present but too large: that is 413.",
            "Sending 411 when Content-Length is present but not a valid number: that is a framing error, which MUST get 400 (RFC 9112 §6.3).",
            "Demanding Content-Length on requests that never carry a body, such as GET or DELETE.",
            "Rejecting streamed uploads everywhere by default: clients that stream (and HTTP/2 and HTTP/3, which have no chunked coding) often cannot know the length up front.",
        ],
        on_receipt: "Resend with Content-Length set to the exact byte length of the body (Content-Length: \
                     0 for an empty POST). If the client streams the body, buffer it first or turn off \
                     chunked transfer coding for this request.",
        examples: &[
            Example {
                title: "A chunked upload to an endpoint that needs the size first",
                request: "PUT /v1/files/report.pdf HTTP/1.1\nHost: storage.example.com\nContent-Type: application/pdf\nTransfer-Encoding: chunked\n\n[chunked body]",
                response: "HTTP/1.1 411 Length Required\nConnection: close\nContent-Type: application/problem+json\n\n{\"type\": \"https://storage.example.com/problems/length-required\", \"title\": \"Length required\", \"status\": 411, \"detail\": \"Uploads must declare Content-Length so the quota can be checked before the transfer.\"}",
            },
            Example {
                title: "An empty POST sent without any length",
                request: "POST /v1/jobs/77/retry HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer 2d94e1...",
                response: "HTTP/1.1 411 Length Required\nContent-Type: text/plain\n\nPOST requests must carry a Content-Length header (use 0 for an empty body).",
            },
        ],
        headers: &[
            Header {
                name: "Content-Length",
                usage: HeaderUsage::Request,
                why: "Its absence is what triggers 411; sending the exact length of the body fixes it.",
                source: "RFC 9110 §15.5.12; RFC 9110 §8.6",
            },
            Header {
                name: "Transfer-Encoding",
                usage: HeaderUsage::Request,
                why: "A chunked body declares no length up front, which some servers and endpoints will not accept.",
                source: "RFC 9112 §6.1",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Yes, once the request carries a valid Content-Length with the exact size of the body.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 413,
                how: "A length was given (or the body was read) and it exceeds the limit.",
            },
            Related {
                code: 400,
                how: "A Content-Length was given but is invalid: a framing error, not a missing length.",
            },
        ],
        keywords: &[
            "content-length",
            "content length missing",
            "missing content-length",
            "no content length",
            "chunked",
            "transfer-encoding chunked",
            "chunked upload",
            "streaming upload",
            "empty post",
            "content-length: 0",
            "length header",
        ],
    },
    Status {
        code: 412,
        name: "Precondition Failed",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.13"),
        }),
        summary: "A condition in the request headers, such as If-Match, evaluated to false.",
        meaning: "One or more conditions in the request's header fields, typically If-Match or \
                  If-Unmodified-Since, evaluated to false on the server, so the method was not \
                  applied (RFC 9110 §15.5.13). It is the guard against lost updates: the client says \
                  \"change this only if it is still the version I read\", and 412 means someone \
                  changed it first. A failed If-None-Match gives 304 for GET and HEAD, but 412 for \
                  any other method (RFC 9110 §13.1.2).",
        use_when: &[
            "A PUT, PATCH or DELETE carries If-Match with an ETag that no longer matches the current representation.",
            "A write carries If-Unmodified-Since and the resource has changed since that date.",
            "A PUT with If-None-Match: * (create only if absent) targets a resource that already exists.",
        ],
        avoid: &[
            "Using 412 for business rules (\"the account must be verified first\"): those are not HTTP preconditions; use 409, 422 or 403.",
            "Answering a failed If-None-Match on GET or HEAD with 412: that is 304 Not Modified (RFC 9110 §13.1.2).",
            "Sending 412 when the request carried no conditional header: if you require one, send 428 Precondition Required (RFC 6585 §3).",
            "Issuing only weak ETags (W/\"...\") on resources that clients update: If-Match uses strong comparison (RFC 9110 §13.1.1), so every conditional write fails with 412.",
        ],
        on_receipt: "A condition you sent was false on the server (RFC 9110 §15.5.13): most often, \
                     someone changed the resource after you read it. Fetch it again to get the current \
                     representation and ETag, reapply or merge your change, and resend with the new \
                     If-Match; do not simply drop the condition, which would overwrite the other \
                     change. If every conditional write fails, check whether the server only issues \
                     weak ETags.",
        examples: &[Example {
            title: "An edit based on an outdated version",
            request: "PUT /v1/articles/88 HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nIf-Match: \"v7-3f9a\"\nContent-Length: 58\n\n{\"title\": \"Spring release notes\", \"body\": \"Updated text.\"}",
            response: "HTTP/1.1 412 Precondition Failed\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/stale-etag\", \"title\": \"Resource has changed\", \"status\": 412, \"detail\": \"Article 88 changed after version v7-3f9a; fetch it again and reapply your edit.\"}",
        }],
        headers: &[
            Header {
                name: "If-Match",
                usage: HeaderUsage::Request,
                why: "The method is applied only if the current ETag matches one listed, using strong comparison; otherwise 412.",
                source: "RFC 9110 §13.1.1",
            },
            Header {
                name: "If-Unmodified-Since",
                usage: HeaderUsage::Request,
                why: "The method is applied only if the resource has not changed since the given date; otherwise 412.",
                source: "RFC 9110 §13.1.4",
            },
            Header {
                name: "If-None-Match",
                usage: HeaderUsage::Request,
                why: "For methods other than GET and HEAD, a match (or * when the resource exists) yields 412.",
                source: "RFC 9110 §13.1.2",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Not unchanged: fetch the current ETag, reapply the change, then retry with the new If-Match.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 409,
                how: "A conflict with the resource's state found by the application, not through conditional headers.",
            },
            Related {
                code: 428,
                how: "The request lacked a condition the server requires (RFC 6585).",
            },
            Related {
                code: 304,
                how: "A failed If-None-Match or If-Modified-Since on GET or HEAD: the cached copy is still good.",
            },
        ],
        keywords: &[
            "if-match",
            "if-unmodified-since",
            "if-none-match",
            "etag mismatch",
            "stale etag",
            "lost update",
            "optimistic concurrency",
            "optimistic locking",
            "conditional request failed",
            "concurrent modification",
            "version changed",
            "resource modified",
        ],
    },
    Status {
        code: 413,
        name: "Content Too Large",
        standing: Standing::Standard,
        former_names: &[
            Alias {
                name: "Payload Too Large",
                source: "RFC 7231",
            },
            Alias {
                name: "Request Entity Too Large",
                source: "RFC 2616",
            },
        ],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.14"),
        }),
        summary: "The request body is larger than the server is willing or able to process.",
        meaning: "The server refuses the request because its content is larger than it is willing or \
                  able to process (RFC 9110 §15.5.14); it may stop reading and close the connection \
                  rather than take the rest. If the limit is only temporary, the server SHOULD send \
                  Retry-After to say so and when to try again. The code was named Request Entity Too \
                  Large in RFC 2616 and Payload Too Large in RFC 7231, and many libraries and \
                  servers still use those names.",
        use_when: &[
            "An upload exceeds the per-file or per-request limit, such as 5 MB for avatars.",
            "A JSON or form body exceeds the configured maximum request size.",
            "The server temporarily cannot take large bodies (for example while scratch space is short); add Retry-After.",
        ],
        avoid: &[
            "Sending 413 for a URI that is too long (that is 414) or for headers and cookies that are too large (431).",
            "Reading the whole body before refusing: check Content-Length first, and answer a request with Expect: 100-continue with 413 instead of 100 so the body is never sent.",
            "Refusing without stating the limit: put the maximum size in the error body so the client can split or compress the upload.",
            "Using 413 when the request is within limits but the user's storage quota is full: that is not about this request's size; 507 Insufficient Storage or 403 with an explanation fits better.",
        ],
        on_receipt: "Send less: compress, split into parts, or use the API's multipart or resumable \
                     upload, staying under the limit given in the body. If Retry-After is present the \
                     limit is temporary, so the request may be retried after that time. Behind nginx, \
                     a 413 comes from client_max_body_size, which defaults to 1 MB (nginx 1.31.4).",
        examples: &[Example {
            title: "An avatar upload refused before the body is sent",
            request: "POST /v1/avatars HTTP/1.1\nHost: api.example.com\nContent-Type: image/png\nContent-Length: 26214400\nExpect: 100-continue",
            response: "HTTP/1.1 413 Content Too Large\nConnection: close\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/too-large\", \"title\": \"Upload too large\", \"status\": 413, \"detail\": \"Avatars may be at most 5 MB; this one is 25 MB.\"}",
        }],
        headers: &[
            Header {
                name: "Retry-After",
                usage: HeaderUsage::Should,
                why: "Only when the limit is temporary: it says so, and when the client may try again.",
                source: "RFC 9110 §15.5.14; RFC 9110 §10.2.3",
            },
            Header {
                name: "Connection",
                usage: HeaderUsage::May,
                why: "\"close\" lets the server stop reading a body it will not accept.",
                source: "RFC 9110 §15.5.14; RFC 9110 §7.6.1",
            },
            Header {
                name: "Content-Length",
                usage: HeaderUsage::Request,
                why: "A declared length above the limit lets the server refuse before reading the body.",
                source: "RFC 9110 §8.6",
            },
            Header {
                name: "Expect",
                usage: HeaderUsage::Request,
                why: "With 100-continue the client waits for the server's verdict, so a 413 arrives before the body is uploaded.",
                source: "RFC 9110 §10.1.1",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Not unchanged: send a smaller body. If Retry-After is present the limit is temporary and the same request may be retried after it.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 414,
                how: "The URI, not the body, is too long.",
            },
            Related {
                code: 431,
                how: "The header section (often cookies) is too large (RFC 6585).",
            },
            Related {
                code: 411,
                how: "The server wants the size declared in Content-Length before it reads the body.",
            },
            Related {
                code: 507,
                how: "The server cannot store the result, such as a full storage quota (RFC 4918).",
            },
        ],
        keywords: &[
            "payload too large",
            "request entity too large",
            "entity too large",
            "file too large",
            "file too big",
            "upload too big",
            "body too large",
            "max upload size",
            "upload limit",
            "file size limit",
            "request size limit",
            "body limit",
            "client_max_body_size",
        ],
    },
    Status {
        code: 414,
        name: "URI Too Long",
        standing: Standing::Standard,
        former_names: &[
            Alias {
                name: "Request-URI Too Long",
                source: "RFC 2616 §10.4.15",
            },
            Alias {
                name: "Request-URI Too Large",
                source: "RFC 2616 §6.1.1; nginx",
            },
        ],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.15"),
        }),
        summary: "The request URI is longer than the server is willing to interpret.",
        meaning: "The server refuses the request because the target URI is longer than it is willing \
                  to interpret (RFC 9110 §15.5.15). This is rare and usually points to a client \
                  problem: a form or search turned from POST into GET with a huge query string, a \
                  redirect loop that grows the URI on every hop, or an attack probing for overflow \
                  bugs. RFC 9110 §4.1 recommends supporting URIs of at least 8000 octets. A 414 is \
                  heuristically cacheable.",
        use_when: &[
            "The request target exceeds the server's limit, for example a query string listing thousands of IDs.",
            "A redirect loop has appended to the URI on every hop until it hit the limit.",
        ],
        avoid: &[
            "Sending 414 when the headers (often cookies) are too large: that is 431 (RFC 6585 §5).",
            "Setting limits far below 8000 octets: RFC 9110 §4.1 recommends supporting at least that, and legitimate clients will break.",
            "Designing search or filter endpoints that take long ID lists in the query string: accept them in a POST body instead.",
            "Answering an over-long URI with a generic 400: 414 tells the client exactly what to shorten.",
        ],
        on_receipt: "Shorten the URI: move large parameters into a request body (POST), split the IDs \
                     over several requests, or fix a redirect loop that keeps appending to the URL. \
                     Behind nginx (1.31.4), the request line must fit in one of the \
                     large_client_header_buffers.",
        examples: &[Example {
            title: "Thousands of IDs packed into a query string",
            request: "GET /v1/products?ids=10001,10002,10003,[... 9,990 more IDs ...] HTTP/1.1\nHost: api.example.com\nAccept: application/json",
            response: "HTTP/1.1 414 URI Too Long\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/uri-too-long\", \"title\": \"URI too long\", \"status\": 414, \"detail\": \"The request target exceeds 16384 bytes. Send long ID lists to POST /v1/products/lookup.\"}",
        }],
        headers: &[],
        cache: Cache::Heuristic("RFC 9110 §15.1"),
        retry: "Not unchanged: shorten the URI, or move the data into a request body, then retry.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 431,
                how: "The header section (often cookies) is too large, not the URI (RFC 6585).",
            },
            Related {
                code: 413,
                how: "The request body, not the URI, is too large.",
            },
            Related {
                code: 400,
                how: "The request is malformed in some other way.",
            },
        ],
        keywords: &[
            "request-uri too long",
            "request uri too long",
            "url too long",
            "uri too large",
            "long url",
            "query string too long",
            "long query string",
            "request line too long",
            "too many query parameters",
            "large_client_header_buffers",
            "redirect loop",
        ],
    },
    Status {
        code: 415,
        name: "Unsupported Media Type",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.16"),
        }),
        summary: "The request body is in a format this endpoint does not accept.",
        meaning: "The origin server refuses the request because its content is in a format that this \
                  method on this resource does not support (RFC 9110 §15.5.16). The cause can be the \
                  declared Content-Type, the Content-Encoding, or what the server found when it \
                  inspected the data. The response can say what would work: Accept-Encoding for \
                  content codings, Accept for media types, and Accept-Post or Accept-Patch for POST \
                  and PATCH bodies.",
        use_when: &[
            "A JSON endpoint receives text/plain, application/x-www-form-urlencoded or no Content-Type at all.",
            "A PATCH uses a patch format the resource does not support, such as JSON Patch where only JSON Merge Patch is accepted (RFC 5789 §2.2).",
            "The request body is compressed with a content coding (gzip, br) that the server does not decode.",
        ],
        avoid: &[
            "Sending 415 because the Accept header asks for a response format you cannot produce: that is 406.",
            "Sending 415 when the Content-Type is right but the JSON is broken (400) or its values are invalid (422).",
            "Rejecting \"application/json; charset=utf-8\" because it is not exactly \"application/json\": compare the media type, and treat parameters separately.",
            "Refusing without saying what is accepted: list the types in the body or in Accept, Accept-Post or Accept-Patch.",
            "Adding Accept-Encoding to a 415 whose cause is not a content coding: RFC 9110 §12.5.3 says it MUST NOT be included then, so that clients can tell the two causes apart.",
        ],
        on_receipt: "Set Content-Type to a type the endpoint accepts (see Accept, Accept-Post or \
                     Accept-Patch in the response, or the API docs) and make sure the body really is \
                     in that format. A common cause is a client sending form data, or no Content-Type, \
                     to an endpoint that expects application/json.",
        examples: &[
            Example {
                title: "Form data sent to a JSON endpoint",
                request: "POST /v1/customers HTTP/1.1\nHost: api.example.com\nContent-Type: application/x-www-form-urlencoded\nContent-Length: 37\n\nname=Ana+Lima&email=ana%40example.com",
                response: "HTTP/1.1 415 Unsupported Media Type\nAccept-Post: application/json\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/unsupported-media-type\", \"title\": \"Unsupported media type\", \"status\": 415, \"detail\": \"Send the customer as application/json.\"}",
            },
            Example {
                title: "A patch format the resource does not support",
                request: "PATCH /v1/customers/17 HTTP/1.1\nHost: api.example.com\nContent-Type: application/json-patch+json\nContent-Length: 65\n\n[{\"op\": \"replace\", \"path\": \"/email\", \"value\": \"ana@example.org\"}]",
                response: "HTTP/1.1 415 Unsupported Media Type\nAccept-Patch: application/merge-patch+json\nContent-Type: application/problem+json\n\n{\"type\": \"https://api.example.com/problems/unsupported-patch-format\", \"title\": \"Unsupported patch format\", \"status\": 415, \"detail\": \"Use JSON Merge Patch (application/merge-patch+json).\"}",
            },
        ],
        headers: &[
            Header {
                name: "Accept-Encoding",
                usage: HeaderUsage::May,
                why: "When a content coding was the problem, RFC 9110 says this field ought to list the codings that would have been accepted; for any other cause it MUST NOT be sent.",
                source: "RFC 9110 §15.5.16; RFC 9110 §12.5.3",
            },
            Header {
                name: "Accept",
                usage: HeaderUsage::May,
                why: "When the media type was the problem, lists the media types that would have been accepted.",
                source: "RFC 9110 §15.5.16; RFC 9110 §12.5.1",
            },
            Header {
                name: "Accept-Patch",
                usage: HeaderUsage::Should,
                why: "For an unsupported PATCH document format, lists the patch formats the resource supports.",
                source: "RFC 5789 §2.2; RFC 5789 §3.1",
            },
            Header {
                name: "Accept-Post",
                usage: HeaderUsage::May,
                why: "Lists the media types the resource accepts in POST requests.",
                source: "W3C Linked Data Platform 1.0 §7.1",
            },
            Header {
                name: "Content-Type",
                usage: HeaderUsage::Request,
                why: "The declared media type of the request content; an unsupported one is the usual trigger.",
                source: "RFC 9110 §8.3",
            },
            Header {
                name: "Content-Encoding",
                usage: HeaderUsage::Request,
                why: "A content coding the server cannot decode also leads to 415.",
                source: "RFC 9110 §8.4",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Yes, once the body is sent in a supported format with a matching Content-Type (or without the unsupported content coding).",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 406,
                how: "The response format the client asked for (Accept) is unavailable; 415 is about the request body.",
            },
            Related {
                code: 400,
                how: "The media type is supported, but the body does not parse.",
            },
            Related {
                code: 422,
                how: "The body parses in a supported format, but its values are rejected.",
            },
        ],
        keywords: &[
            "content-type",
            "wrong content type",
            "invalid content type",
            "unsupported content type",
            "content type not supported",
            "media type",
            "mime type",
            "unsupported format",
            "json expected",
            "form data rejected",
            "content-encoding",
            "accept-patch",
            "accept-post",
        ],
    },
    Status {
        code: 416,
        name: "Range Not Satisfiable",
        standing: Standing::Standard,
        former_names: &[Alias {
            name: "Requested Range Not Satisfiable",
            source: "RFC 2616",
        }],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.17"),
        }),
        summary: "None of the requested ranges can be served from the current resource.",
        meaning: "The server rejects the ranges in the request's Range header, either because none of \
                  them overlaps the current representation (bytes=5000- on a 4000-byte file) or \
                  because the client asked for too many small or overlapping ranges \
                  (RFC 9110 §15.5.17). For byte ranges the server SHOULD send Content-Range in the \
                  unsatisfied-range form, such as bytes */4000, so the client learns the current \
                  length. Servers may also ignore Range and send the whole representation with 200, \
                  so clients cannot count on getting 416.",
        use_when: &[
            "Every requested range starts at or beyond the end of the representation, e.g. resuming a download from an offset past the end of a file that has since been replaced with a shorter one.",
            "A request asks for a large number of tiny or overlapping ranges, which looks like a denial-of-service attempt.",
        ],
        avoid: &[
            "Leaving out Content-Range: a 416 to a byte-range request SHOULD carry Content-Range: bytes */<length> (RFC 9110 §15.5.17) so the client can correct its offsets.",
            "Sending 416 when a range only runs past the end: a range that starts inside the representation is satisfiable; send 206 with the bytes that exist.",
            "Sending 416 when If-Range did not match: the server ignores Range then and sends the full current representation with 200 (RFC 9110 §13.1.5).",
            "Sending 416 for a Range on a resource that does not support ranges: ignore the header and send 200 (RFC 9110 §14.2).",
        ],
        on_receipt: "Read the current length from Content-Range (bytes */<length>) and ask for a range \
                     inside it, or drop the Range header to fetch everything. When resuming a download, \
                     416 often means the file is already complete or was replaced on the server, so \
                     check the local copy or start again.",
        examples: &[Example {
            title: "Resuming a download past the end of a replaced file",
            request: "GET /downloads/app-2.4.1.dmg HTTP/1.1\nHost: cdn.example.com\nRange: bytes=104857600-",
            response: "HTTP/1.1 416 Range Not Satisfiable\nDate: Mon, 03 Feb 2025 10:15:00 GMT\nContent-Range: bytes */94371840\nContent-Type: text/plain\n\nRequested range starts after the end of the file (94371840 bytes).",
        }],
        headers: &[
            Header {
                name: "Content-Range",
                usage: HeaderUsage::Should,
                why: "In the form bytes */<length> it tells the client the current length of the representation.",
                source: "RFC 9110 §15.5.17; RFC 9110 §14.4",
            },
            Header {
                name: "Range",
                usage: HeaderUsage::Request,
                why: "The requested ranges; if none is satisfiable, or there are too many, the answer is 416.",
                source: "RFC 9110 §14.2",
            },
            Header {
                name: "If-Range",
                usage: HeaderUsage::Request,
                why: "When its validator no longer matches, the server ignores Range and sends 200 with the full representation instead of 416.",
                source: "RFC 9110 §13.1.5",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Not unchanged: ask for a range within the length given in Content-Range, or drop the Range header.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 206,
                how: "At least one range was satisfiable and is being sent.",
            },
            Related {
                code: 200,
                how: "The server ignored Range (or If-Range failed) and sends the whole representation.",
            },
        ],
        keywords: &[
            "requested range not satisfiable",
            "range header",
            "byte range",
            "bytes range",
            "invalid range",
            "bad range",
            "range out of bounds",
            "offset beyond end",
            "resume download",
            "partial download",
            "content-range",
            "video seek",
        ],
    },
    Status {
        code: 417,
        name: "Expectation Failed",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.5.18"),
        }),
        summary: "A server on the path cannot meet the request's Expect header.",
        meaning: "The expectation in the request's Expect header could not be met by at least one of \
                  the inbound servers (RFC 9110 §15.5.18). The only expectation HTTP defines is \
                  100-continue, so 417 usually means an unknown expectation, or a proxy or server on \
                  the path that does not support 100-continue. A client that gets 417 to a \
                  100-continue request SHOULD repeat it without the expectation \
                  (RFC 9110 §10.1.1).",
        use_when: &[
            "The Expect header carries something other than 100-continue, which the server does not understand (RFC 9110 §10.1.1).",
            "An intermediary cannot honour the expectation for the next hop on the path.",
        ],
        avoid: &[
            "Sending 417 to turn down a 100-continue request you do not want (too large, not authenticated): send the final status, such as 413 or 401, instead of 100 Continue.",
            "Using 417 for a failed If-Match or other conditional header: that is 412.",
            "Using 417 when the content fails business expectations (wrong totals, an invalid state): that is 422 or 409.",
        ],
        on_receipt: "Repeat the request without the Expect header (RFC 9110 §10.1.1). Some clients add \
                     Expect: 100-continue by themselves: .NET Framework's HttpWebRequest to every PUT \
                     or POST with a body while ServicePointManager.Expect100Continue is true (the \
                     default); curl, over HTTP/1.1, to POST bodies over 1024 bytes up to 7.68.0 and \
                     over 1 MiB from 7.69.0, and to PUT bodies of any size before 8.0.0 and over 1 MiB \
                     from 8.0.0. curl 7.69.0 and later repeat the request without Expect after a 417 \
                     on their own; with other clients, turn the header off if a proxy keeps answering \
                     417.",
        examples: &[Example {
            title: "A proxy that does not support 100-continue",
            request: "PUT /v1/backups/db-2025-02-03.tar.gz HTTP/1.1\nHost: storage.example.com\nContent-Type: application/gzip\nContent-Length: 734003200\nExpect: 100-continue",
            response: "HTTP/1.1 417 Expectation Failed\nConnection: close\nContent-Type: text/plain\n\nThis proxy does not support the 100-continue expectation.",
        }],
        headers: &[Header {
            name: "Expect",
            usage: HeaderUsage::Request,
            why: "Carries the expectation that could not be met; 100-continue is the only one defined.",
            source: "RFC 9110 §10.1.1",
        }],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Yes, without the Expect header; after a 417 to a 100-continue request a client SHOULD do exactly that (RFC 9110 §10.1.1).",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 100,
                how: "The interim answer a 100-continue request hopes for: go ahead and send the body.",
            },
            Related {
                code: 413,
                how: "What a server should send instead of 100 when the announced body is too large.",
            },
            Related {
                code: 412,
                how: "A conditional header such as If-Match failed; 417 is only about Expect.",
            },
        ],
        keywords: &[
            "expect header",
            "expect: 100-continue",
            "100-continue",
            "100 continue",
            "expect100continue",
            "expectation",
            "proxy rejects expect",
            "curl expect header",
            "upload handshake",
        ],
    },
];
