//! Curated notes on codes developers confuse.

use super::types::Comparison;

pub static COMPARISONS: &[Comparison] = &[
    Comparison {
        codes: &[401, 403],
        title: "401 vs 403: who are you, or you may not",
        note: "Ask whether valid credentials would change the answer. 401 means the request carried no \
               valid authentication (missing, expired or malformed), and the server MUST send \
               WWW-Authenticate naming a scheme the client can use (RFC 9110 §15.5.2). 403 means the \
               server understood the request and refuses it anyway; if credentials were sent, the \
               client SHOULD NOT automatically repeat the request with the same ones, though new \
               or different ones MAY be tried (RFC 9110 §15.5.4).",
        rules: &[
            "401: the client has not proved who it is; send WWW-Authenticate.",
            "403: the client is known (or it does not matter) and is still not allowed; repeating the request with the same credentials will not help.",
        ],
    },
    Comparison {
        codes: &[400, 422],
        title: "400 vs 422: cannot read it, or cannot accept it",
        note: "Ask whether the server could parse the request at all. 400 covers requests it cannot \
               make sense of: broken JSON, bad syntax, an invalid header or framing (RFC 9110 §15.5.1). \
               422 says the media type is supported and the syntax is correct, but the instructions \
               cannot be carried out, such as a well-formed body whose email field is not an email \
               (RFC 9110 §15.5.21). Many APIs use 400 for both, which is acceptable if consistent; 422 \
               lets clients tell a syntax bug from a validation failure.",
        rules: &[
            "400: the request is malformed: unparsable body, bad syntax, broken header or framing.",
            "422: the request parses and its media type is supported, but the values fail validation or business rules.",
        ],
    },
    Comparison {
        codes: &[404, 410],
        title: "404 vs 410: not here, or gone for good",
        note: "Ask whether you know the resource existed and will never return. 410 says it was removed \
               on purpose and permanently, and that its owners would like links to it removed; if the \
               server cannot tell whether the condition is permanent, 404 ought to be used instead \
               (RFC 9110 §15.5.11). Both are heuristically cacheable (RFC 9110 §15.1), so add explicit \
               Cache-Control if the resource may appear soon.",
        rules: &[
            "404: nothing is here now, and you make no claim about whether that will change.",
            "410: it existed, it was removed deliberately, and it will not come back; clients should forget the URI.",
        ],
    },
    Comparison {
        codes: &[403, 404],
        title: "403 vs 404: refuse openly, or hide that it exists",
        note: "Ask whether the client may learn that the resource exists. 403 admits it is there and \
               refuses access; when even its existence is sensitive (another tenant's invoice, a private \
               repository), RFC 9110 §15.5.4 lets the server answer 404 instead. If you hide, answer \
               exactly as for a missing resource, with the same body, headers and timing, or the \
               difference leaks what you meant to hide.",
        rules: &[
            "403: the client may know the resource exists; say plainly that it is not allowed.",
            "404: the client must not learn whether the resource exists; answer as if it did not.",
        ],
    },
    Comparison {
        codes: &[409, 412],
        title: "409 vs 412: state conflict, or failed precondition",
        note: "Ask whether the client stated a condition in a request header. 412 answers a conditional \
               request whose If-Match or If-Unmodified-Since evaluated to false (or whose \
               If-None-Match did, on a method other than GET or HEAD), the lost-update check the \
               client itself asked for (RFC 9110 §15.5.13, §13.1.1, §13.1.2). 409 means the request clashes \
               with the resource's current state without such a header, such as a duplicate unique key, \
               a stale version number in the body or an invalid state change; the server SHOULD explain \
               the conflict so it can be resolved (RFC 9110 §15.5.10). To make clients send \
               conditions, answer 428 when they are missing (RFC 6585 §3).",
        rules: &[
            "409: the request conflicts with the current state (duplicate, stale version in the body, invalid transition); say how to resolve it.",
            "412: a precondition header the client sent (If-Match, If-Unmodified-Since, or If-None-Match on a write) is false; re-fetch, then retry with the new validator.",
        ],
    },
    Comparison {
        codes: &[405, 501],
        title: "405 vs 501: not on this resource, or not anywhere",
        note: "Ask whether the server supports the method on any resource. 405 means the method is \
               known and implemented but not allowed on this target, and the origin server MUST list \
               the allowed methods in Allow (RFC 9110 §15.5.6). 501 means the server does not \
               recognize or implement the method for any resource (RFC 9110 §9.1, §15.6.2). Both are \
               heuristically cacheable (RFC 9110 §15.1).",
        rules: &[
            "405: the method works elsewhere on this server but not here (DELETE on a read-only collection); send Allow.",
            "501: the server does not implement the method or feature at all, for any resource.",
        ],
    },
    Comparison {
        codes: &[500, 503],
        title: "500 vs 503: broken, or temporarily unavailable",
        note: "Ask whether the failure is expected to clear by itself soon. 500 is the catch-all for an \
               unexpected condition, usually a bug or an unhandled exception (RFC 9110 §15.6.1). 503 \
               says the server is temporarily unable to handle the request because of overload or \
               maintenance, and it may send Retry-After to say when to come back (RFC 9110 §15.6.4). \
               Send 503 deliberately (load shedding, maintenance mode) and let 500 mean something needs \
               fixing.",
        rules: &[
            "500: an unexpected fault, typically a bug; log and alert, and keep stack traces out of the body.",
            "503: a known temporary condition (overload, maintenance); send Retry-After when you can estimate recovery.",
        ],
    },
    Comparison {
        codes: &[502, 504],
        title: "502 vs 504: bad answer, or no answer in time",
        note: "Both come from a gateway or proxy and describe the server behind it; ask whether that \
               upstream answered. 502 means the gateway got an invalid response from it (RFC 9110 \
               §15.6.3); proxies such as nginx also send it when the connection to the upstream \
               fails. 504 means no timely response came from the upstream before the gateway \
               stopped waiting (RFC 9110 §15.6.5). Look at \
               the upstream's logs and the proxy's timeouts, not at the proxy's own code.",
        rules: &[
            "502: the upstream answered with something invalid, or the connection to it failed or was cut.",
            "504: the upstream did not answer before the gateway's timeout.",
        ],
    },
    Comparison {
        codes: &[200, 201, 204],
        title: "200 vs 201 vs 204: what the client gets back",
        note: "Ask two questions: did the request create a resource, and is there anything to send \
               back? 201 says a resource was created, identified by Location (or the target URI when \
               there is none), and a POST that creates one SHOULD answer with it (RFC 9110 §15.3.2, \
               §9.3.3). 204 says success with nothing to send, and it cannot carry content (RFC 9110 \
               §15.3.5), which suits DELETE or a PUT whose result the client already knows. Otherwise \
               answer 200 with the representation or a status report (RFC 9110 §15.3.1).",
        rules: &[
            "200: success with a body: the requested data, the updated resource or a result.",
            "201: a new resource exists now; send Location pointing at it, and usually its representation.",
            "204: success with nothing to return; send no body at all.",
        ],
    },
    Comparison {
        codes: &[301, 302, 303, 307, 308],
        title: "The redirect family: permanent or not, method kept or not",
        note: "Two questions decide: is the move permanent, and must the follow-up keep the method and \
               body? 301 and 302 date from HTTP/1.0; early user agents split on whether to redirect \
               a POST as a POST or as a GET, practice settled on GET, and RFC 9110 still lets user \
               agents do that (§15.4, §15.4.2, §15.4.3). HTTP/1.1 added 303 to make the switch to \
               GET explicit, the usual answer after a form POST (§15.4.4), and 307 to forbid it: \
               with 307 the user agent MUST NOT change the method (§15.4.8). 308 later gave 307 a \
               permanent twin; RFC 9110 counts both as method-preserving (§15.4), and RFC 7538 §3 \
               says 308 does not allow changing POST to GET, so the body is sent again.",
        rules: &[
            "301: permanent; clients may turn POST into GET; fine for pages and GET-only links.",
            "302: temporary; clients may turn POST into GET; in new code prefer 307 or 303.",
            "303: not a move: GET the result at another URI; the usual reply after a POST.",
            "307: temporary; the same method and body go to the new URI.",
            "308: permanent; the same method and body go to the new URI; right for moved API endpoints.",
        ],
    },
    Comparison {
        codes: &[429, 503],
        title: "429 vs 503: this client, or everyone",
        note: "Ask whether the limit applies to this client or to the whole service. 429 says this \
               client, key or user sent too many requests in a given time (RFC 6585 §4); 503 says the \
               server cannot serve anyone right now because of overload or maintenance (RFC 9110 \
               §15.6.4). Both MAY carry Retry-After (RFC 6585 §4, RFC 9110 §15.6.4, §10.2.3), but \
               only 429 is fixed by this one client slowing down.",
        rules: &[
            "429: this client exceeded its quota or rate; send Retry-After and the limit details.",
            "503: the service as a whole is overloaded or in maintenance; send Retry-After if you can estimate recovery.",
        ],
    },
    Comparison {
        codes: &[408, 504],
        title: "408 vs 504: the client was slow, or the upstream was",
        note: "Ask who was too slow. 408 means the server stopped waiting for the client to finish \
               sending its request (RFC 9110 §15.5.9), typically a stalled upload or an idle \
               connection; the connection is often closed with it, so a retry may need a new one. 504 means a gateway \
               or proxy received the whole request but gave up waiting for the upstream server to \
               answer (RFC 9110 §15.6.5). A slow backend is never a 408.",
        rules: &[
            "408: the client did not send a complete request in time; close the connection, and the client may retry.",
            "504: the request arrived, but the server behind the gateway did not answer in time.",
        ],
    },
    Comparison {
        codes: &[413, 414, 431],
        title: "413 vs 414 vs 431: which part is too big",
        note: "Ask which part of the request broke a limit. 413 is about the content, such as an upload \
               over the size limit; if the condition is temporary the server SHOULD send Retry-After \
               (RFC 9110 §15.5.14). 414 is about the target URI, often a GET whose query string should \
               have been a POST body (RFC 9110 §15.5.15). 431 is about the header section, in total or \
               one oversized field such as Cookie (RFC 6585 §5).",
        rules: &[
            "413: the request body is too large; state the limit in the error.",
            "414: the URI (path and query) is too long; move bulk parameters into a request body.",
            "431: the headers are too large overall or one field is, for example too many or too large cookies; say which field if one is at fault.",
        ],
    },
    Comparison {
        codes: &[406, 415],
        title: "406 vs 415: what the client wants back, or what it sent",
        note: "Ask which direction the format problem lies in. 406 means the server cannot produce a \
               representation that matches the request's Accept, Accept-Language or similar headers \
               (RFC 9110 §15.5.7); the server may instead disregard those headers and send its default, \
               and a request without them states no preference at all (RFC 9110 §12.4.1). 415 means the server will not process the request content because \
               of its Content-Type or Content-Encoding, such as XML posted to a JSON-only endpoint \
               (RFC 9110 §15.5.16); the response can list what it takes in Accept or Accept-Encoding \
               (RFC 9110 §15.5.16).",
        rules: &[
            "406: nothing the server can produce matches the client's Accept headers (response side).",
            "415: the request body's Content-Type or Content-Encoding is not supported (request side).",
        ],
    },
    Comparison {
        codes: &[301, 308],
        title: "301 vs 308: moved for good, and may the method change",
        note: "Both say the resource has a new permanent URI, both SHOULD carry it in Location, and both \
               are heuristically cacheable (RFC 9110 §15.4.2, §15.4.9, §15.1). The deciding question is \
               the method: for historical reasons a user agent MAY turn a POST into a GET when it \
               follows 301 (§15.4.2), while 308 is a method-preserving redirect (§15.4) that does not \
               allow changing POST to GET (RFC 7538 §3). Use 301 for web pages and \
               GET-only links; use 308 for API endpoints that accept POST, PUT or PATCH.",
        rules: &[
            "301: moved for good; a POST may arrive at the new URI as a GET.",
            "308: moved for good; the method and body are kept.",
        ],
    },
    Comparison {
        codes: &[302, 303, 307],
        title: "302 vs 303 vs 307: temporary redirects and the method",
        note: "Ask what the client should do at the other URI. 303 sends it to a different resource to \
               fetch with GET, typically the result page after a form POST, and does not claim the \
               original moved (RFC 9110 §15.4.4). 307 says the resource is temporarily elsewhere and \
               the user agent MUST NOT change the method (RFC 9110 §15.4.8). 302 is the older, \
               ambiguous form in which user agents MAY change POST to GET (RFC 9110 §15.4.3), so new \
               code should pick 303 or 307 for what it means.",
        rules: &[
            "302: temporary; POST may become GET; fine for GET-only links, ambiguous for anything else.",
            "303: go and GET this other resource; the standard reply after a POST (post/redirect/get).",
            "307: temporary; repeat the same method with the same body at the new URI.",
        ],
    },
];
