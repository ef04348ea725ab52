//! The decision tree's questions and leaves.

use super::{Answer, Leaf, Node, Question};

pub static ROOT: Node = Node::Question(Question {
    id: "root",
    text: "Did the request succeed?",
    answers: &[
        Answer {
            label: "yes",
            next: &SUCCESS,
        },
        Answer {
            label: "redirect",
            next: &REDIRECT,
        },
        Answer {
            label: "no",
            next: &ERROR,
        },
    ],
});

// ---------------------------------------------------------------------------
// 2xx, and 304 for a client whose cached copy is still good
// ---------------------------------------------------------------------------

static SUCCESS: Node = Node::Question(Question {
    id: "success",
    text: "What kind of success is it?",
    answers: &[
        Answer {
            label: "created",
            next: &CREATED,
        },
        Answer {
            label: "still running",
            next: &Node::Leaf(Leaf {
                code: 202,
                why: "The request was accepted but the work has not finished, and 202 promises nothing \
                      about the outcome. Point the client at a status resource it can poll (Location, by \
                      convention).",
                headers: &["Location", "Retry-After"],
                mistake: "Answering 200 or 201 before the work is done: the client will assume the result \
                          already exists.",
            }),
        },
        Answer {
            label: "client has it",
            next: &CONDITIONAL,
        },
        Answer {
            label: "range request",
            next: &RANGE,
        },
        Answer {
            label: "completed",
            next: &BODY,
        },
    ],
});

static CREATED: Node = Node::Question(Question {
    id: "created",
    text: "Is it new, or did the same resource already exist?",
    answers: &[
        Answer {
            label: "new",
            next: &Node::Leaf(Leaf {
                code: 201,
                why: "The request made a new resource. 201 says so, and Location tells the client where \
                      it lives (RFC 9110 §15.3.2).",
                headers: &["Location", "ETag"],
                mistake: "Answering 200 with no Location: the client cannot tell creation from an update \
                          and has no URI for the new resource.",
            }),
        },
        Answer {
            label: "already existed",
            next: &Node::Leaf(Leaf {
                code: 303,
                why: "The POST would have produced a resource that already exists, so the server points \
                      the client at it with 303 and its URI in Location (RFC 9110 §9.3.3). A repeated \
                      request under an idempotency key may instead get the original 201 or a 200 again.",
                headers: &["Location"],
                mistake: "Creating a duplicate, or answering 409 when the existing resource is exactly what \
                          the client asked for; keep 409 for a real clash.",
            }),
        },
    ],
});

static CONDITIONAL: Node = Node::Question(Question {
    id: "conditional",
    text: "Conditional GET: does the client's validator still match?",
    answers: &[
        Answer {
            label: "yes",
            next: &Node::Leaf(Leaf {
                code: 304,
                why: "The client sent If-None-Match or If-Modified-Since and its cached copy is still \
                      current, so the server sends no content and the client reuses what it has.",
                headers: &["ETag", "Cache-Control", "Vary"],
                mistake: "Sending a body with 304, or sending 304 to a request that had no validator; only \
                          a conditional GET or HEAD can get it.",
            }),
        },
        Answer {
            label: "no",
            next: &Node::Leaf(Leaf {
                code: 200,
                why: "The validator no longer matches, so the client's copy is stale: send the full current \
                      representation with its new validator.",
                headers: &["ETag", "Last-Modified", "Cache-Control"],
                mistake: "Comparing dates when the client sent an ETag: If-None-Match takes precedence over \
                          If-Modified-Since.",
            }),
        },
    ],
});

static RANGE: Node = Node::Question(Question {
    id: "range",
    text: "Can you serve the byte range the client asked for?",
    answers: &[
        Answer {
            label: "yes",
            next: &Node::Leaf(Leaf {
                code: 206,
                why: "The client sent Range and the server supports it, so the response carries only the \
                      requested part, described by Content-Range.",
                headers: &["Content-Range", "Accept-Ranges", "ETag"],
                mistake: "Sending 206 without Content-Range, or with the whole file: the client will splice \
                          the wrong bytes into its download.",
            }),
        },
        Answer {
            label: "out of range",
            next: &Node::Leaf(Leaf {
                code: 416,
                why: "No requested range overlaps the current representation, for example a start offset \
                      past the end of the file.",
                headers: &["Content-Range"],
                mistake: "Leaving out Content-Range with the current length (bytes */12345): the client then \
                          cannot correct its request.",
            }),
        },
        Answer {
            label: "ignore it",
            next: &Node::Leaf(Leaf {
                code: 200,
                why: "Range support is optional; a server that does not support ranges, or chooses not to \
                      honour this one, sends the full representation.",
                headers: &["Content-Length"],
                mistake: "Failing the request because of a Range header you do not support; ignore it and \
                          send the whole content.",
            }),
        },
    ],
});

static BODY: Node = Node::Question(Question {
    id: "body",
    text: "Is there content to send back?",
    answers: &[
        Answer {
            label: "yes",
            next: &Node::Leaf(Leaf {
                code: 200,
                why: "The request succeeded and the response carries the result: the requested data, the \
                      updated resource or a status report.",
                headers: &["Content-Type"],
                mistake: "Returning 200 with an error object in the body; failures need a 4xx or 5xx code \
                          so caches, monitors and clients notice.",
            }),
        },
        Answer {
            label: "no",
            next: &Node::Leaf(Leaf {
                code: 204,
                why: "The request succeeded and there is nothing to add, such as after a DELETE or a PUT \
                      whose result the client already knows.",
                headers: &[],
                mistake: "Putting a body on 204 (it cannot have one), or sending 204 when the client needs \
                          the data it just changed.",
            }),
        },
    ],
});

// ---------------------------------------------------------------------------
// 3xx
// ---------------------------------------------------------------------------

static REDIRECT: Node = Node::Question(Question {
    id: "redirect",
    text: "What kind of redirection is it?",
    answers: &[
        Answer {
            label: "moved",
            next: &MOVED,
        },
        Answer {
            label: "see other",
            next: &Node::Leaf(Leaf {
                code: 303,
                why: "The client should fetch a different resource with GET, such as the result of a POST \
                      it just made; the original URI has not moved.",
                headers: &["Location"],
                mistake: "Using 303 to say a resource moved; that is 301 or 308 (permanent) or 302 or 307 \
                          (temporary).",
            }),
        },
        Answer {
            label: "use cached copy",
            next: &Node::Leaf(Leaf {
                code: 304,
                why: "The client made a conditional GET or HEAD and its cached copy is still valid, so it \
                      is told to reuse that copy instead of receiving the content again.",
                headers: &["ETag", "Cache-Control", "Vary"],
                mistake: "Sending 304 to a request without If-None-Match or If-Modified-Since; only \
                          conditional requests can receive it.",
            }),
        },
    ],
});

static MOVED: Node = Node::Question(Question {
    id: "moved",
    text: "Is the move permanent?",
    answers: &[
        Answer {
            label: "permanent",
            next: &PERMANENT,
        },
        Answer {
            label: "temporary",
            next: &TEMPORARY,
        },
    ],
});

static PERMANENT: Node = Node::Question(Question {
    id: "permanent",
    text: "Must the method and body be kept (POST stays POST)?",
    answers: &[
        Answer {
            label: "yes",
            next: &Node::Leaf(Leaf {
                code: 308,
                why: "The resource moved for good and clients must repeat the same method and body at the \
                      new URI.",
                headers: &["Location"],
                mistake: "Using 301 for a moved API endpoint that takes POST: some clients will follow with \
                          GET and drop the body.",
            }),
        },
        Answer {
            label: "no",
            next: &Node::Leaf(Leaf {
                code: 301,
                why: "The resource moved for good and the requests are GETs (pages, links), which every \
                      client follows correctly after 301.",
                headers: &["Location"],
                mistake: "Using 301 for a move you may undo: it is heuristically cacheable, and browsers \
                          remember it.",
            }),
        },
    ],
});

static TEMPORARY: Node = Node::Question(Question {
    id: "temporary",
    text: "Must the method and body be kept (POST stays POST)?",
    answers: &[
        Answer {
            label: "yes",
            next: &Node::Leaf(Leaf {
                code: 307,
                why: "The resource is elsewhere for now, and the client must send the same method and body \
                      there.",
                headers: &["Location"],
                mistake: "Using 302 when a POST or PUT has to be replayed: clients may switch to GET.",
            }),
        },
        Answer {
            label: "no",
            next: &Node::Leaf(Leaf {
                code: 302,
                why: "The resource is temporarily elsewhere and the requests are GETs, for which 302 is \
                      safe and understood everywhere.",
                headers: &["Location"],
                mistake: "Using 302 after a form POST to show a result page; 303 states that intent \
                          explicitly.",
            }),
        },
    ],
});

// ---------------------------------------------------------------------------
// 4xx and 5xx
// ---------------------------------------------------------------------------

static ERROR: Node = Node::Question(Question {
    id: "error",
    text: "Is the request at fault, or the server?",
    answers: &[
        Answer {
            label: "client",
            next: &CLIENT,
        },
        Answer {
            label: "server",
            next: &SERVER,
        },
    ],
});

static CLIENT: Node = Node::Question(Question {
    id: "client",
    text: "What is wrong with the request?",
    answers: &[
        Answer {
            label: "identity or access",
            next: &AUTH,
        },
        Answer {
            label: "target resource",
            next: &TARGET,
        },
        Answer {
            label: "content or format",
            next: &CONTENT,
        },
        Answer {
            label: "resource state",
            next: &PRECONDITION,
        },
        Answer {
            label: "size, rate or time",
            next: &LIMITS,
        },
    ],
});

static AUTH: Node = Node::Question(Question {
    id: "auth",
    text: "Is the client unidentified, or known but not allowed?",
    answers: &[
        Answer {
            label: "not authenticated",
            next: &Node::Leaf(Leaf {
                code: 401,
                why: "No valid credentials came with the request (missing, expired or malformed), so the \
                      client must authenticate first; WWW-Authenticate is required (RFC 9110 §15.5.2).",
                headers: &["WWW-Authenticate"],
                mistake: "Answering 403 when no valid credentials were sent: clients refresh tokens or \
                          prompt for login only on 401.",
            }),
        },
        Answer {
            label: "not allowed",
            next: &HIDE,
        },
    ],
});

static HIDE: Node = Node::Question(Question {
    id: "hide",
    text: "May the client learn that the resource exists?",
    answers: &[
        Answer {
            label: "yes",
            next: &Node::Leaf(Leaf {
                code: 403,
                why: "The client is known but may not do this, and admitting the resource exists gives \
                      nothing away.",
                headers: &[],
                mistake: "Sending 401 here: authenticating again as the same user will not help, and \
                          clients may loop.",
            }),
        },
        Answer {
            label: "no",
            next: &Node::Leaf(Leaf {
                code: 404,
                why: "Even admitting the resource exists would leak information, and RFC 9110 §15.5.4 \
                      allows answering as if it did not.",
                headers: &[],
                mistake: "Making this 404 differ from a real one in body, headers or timing: the \
                          difference reveals the secret.",
            }),
        },
    ],
});

static TARGET: Node = Node::Question(Question {
    id: "target",
    text: "What is wrong with the target resource?",
    answers: &[
        Answer {
            label: "missing",
            next: &MISSING,
        },
        Answer {
            label: "wrong method",
            next: &METHOD,
        },
        Answer {
            label: "legal block",
            next: &Node::Leaf(Leaf {
                code: 451,
                why: "Access is denied because of a legal demand, such as a court order, not because of \
                      the server's own policy (RFC 7725 §3).",
                headers: &["Link"],
                mistake: "Hiding a legal block behind 403 or 404; 451 with an explanation in the body tells \
                          users why the content is unavailable.",
            }),
        },
    ],
});

static MISSING: Node = Node::Question(Question {
    id: "missing",
    text: "Was it removed on purpose, for good?",
    answers: &[
        Answer {
            label: "yes",
            next: &Node::Leaf(Leaf {
                code: 410,
                why: "The resource existed and was removed deliberately and permanently, so clients and \
                      search engines should drop their links to it.",
                headers: &[],
                mistake: "Sending 410 when you cannot be sure it will not return; RFC 9110 §15.5.11 says to \
                          use 404 then.",
            }),
        },
        Answer {
            label: "no or unknown",
            next: &Node::Leaf(Leaf {
                code: 404,
                why: "Nothing is at this URI now, and the server makes no claim about whether that will \
                      change.",
                headers: &[],
                mistake: "Returning 404 for an empty collection; a list with no items is 200 with an empty \
                          array.",
            }),
        },
    ],
});

static METHOD: Node = Node::Question(Question {
    id: "method",
    text: "Does the server support this method on other resources?",
    answers: &[
        Answer {
            label: "yes",
            next: &Node::Leaf(Leaf {
                code: 405,
                why: "The method is known and implemented, just not allowed on this resource (RFC 9110 \
                      §9.1).",
                headers: &["Allow"],
                mistake: "Leaving out Allow: RFC 9110 §15.5.6 requires it, and clients use it to find the \
                          right method.",
            }),
        },
        Answer {
            label: "no",
            next: &Node::Leaf(Leaf {
                code: 501,
                why: "The server does not recognize or implement the method for any resource, which RFC \
                      9110 §9.1 answers with 501; it is a 5xx because the server lacks the capability.",
                headers: &[],
                mistake: "Answering 501 for a method you support on other resources; that is 405 with \
                          Allow.",
            }),
        },
    ],
});

static CONTENT: Node = Node::Question(Question {
    id: "content",
    text: "What is wrong with the content or format?",
    answers: &[
        Answer {
            label: "malformed",
            next: &Node::Leaf(Leaf {
                code: 400,
                why: "The server cannot parse the request: broken JSON, bad syntax, an invalid header or \
                      framing.",
                headers: &[],
                mistake: "Letting the parser's exception become a 500; catch it and answer 400 saying what \
                          was wrong.",
            }),
        },
        Answer {
            label: "invalid values",
            next: &Node::Leaf(Leaf {
                code: 422,
                why: "The body parses and its media type is supported, but the values fail validation or \
                      business rules (RFC 9110 §15.5.21).",
                headers: &[],
                mistake: "Using 422 for unparsable JSON (that is 400) or for an unsupported Content-Type \
                          (that is 415).",
            }),
        },
        Answer {
            label: "unsupported type",
            next: &Node::Leaf(Leaf {
                code: 415,
                why: "The server will not process content in the Content-Type or Content-Encoding the \
                      client sent.",
                headers: &["Accept", "Accept-Encoding"],
                mistake: "Answering 406 here; 406 is about the response format the client asked for, 415 \
                          about the request body it sent.",
            }),
        },
        Answer {
            label: "no acceptable format",
            next: &Node::Leaf(Leaf {
                code: 406,
                why: "The client's Accept headers rule out every representation the server can produce.",
                headers: &[],
                mistake: "Sending 406 where a default would serve; the server may ignore Accept and send \
                          its default format (RFC 9110 §12.5.1).",
            }),
        },
    ],
});

static PRECONDITION: Node = Node::Question(Question {
    id: "precondition",
    text: "What kind of state problem is it?",
    answers: &[
        Answer {
            label: "conflict",
            next: &Node::Leaf(Leaf {
                code: 409,
                why: "The request clashes with the resource's current state: a duplicate unique value, an \
                      edit based on a stale version or an invalid state change.",
                headers: &[],
                mistake: "Not saying what conflicts; RFC 9110 §15.5.10 asks for enough detail to find the \
                          source of the conflict.",
            }),
        },
        Answer {
            label: "precondition failed",
            next: &Node::Leaf(Leaf {
                code: 412,
                why: "The client sent If-Match, If-Unmodified-Since or a similar condition and it is false: \
                      the resource changed since the client last saw it.",
                headers: &["ETag"],
                mistake: "Answering 412 to a GET whose If-None-Match matched; for GET and HEAD that is \
                          304.",
            }),
        },
        Answer {
            label: "precondition missing",
            next: &Node::Leaf(Leaf {
                code: 428,
                why: "The server requires conditional requests to prevent lost updates, and this one had \
                      no If-Match or If-Unmodified-Since (RFC 6585 §3).",
                headers: &[],
                mistake: "Sending 412 when no condition was sent; 412 means a condition was sent and \
                          failed.",
            }),
        },
    ],
});

static LIMITS: Node = Node::Question(Question {
    id: "limits",
    text: "Which limit did the request exceed?",
    answers: &[
        Answer {
            label: "body size",
            next: &Node::Leaf(Leaf {
                code: 413,
                why: "The request content is larger than the server will accept, such as an upload over \
                      the size limit. Send Retry-After only if the condition is temporary.",
                headers: &["Retry-After"],
                mistake: "Reading the whole oversized body before refusing; check Content-Length early and \
                          state the limit in the error.",
            }),
        },
        Answer {
            label: "uri length",
            next: &Node::Leaf(Leaf {
                code: 414,
                why: "The target URI, usually its query string, is longer than the server will handle.",
                headers: &[],
                mistake: "Designing GET requests that carry bulk data in the query; move it into a POST \
                          body.",
            }),
        },
        Answer {
            label: "header size",
            next: &Node::Leaf(Leaf {
                code: 431,
                why: "The header section, or one field in it such as Cookie, is too large (RFC 6585 §5).",
                headers: &[],
                mistake: "Answering 400 or 413: 413 is about the body, and 431 tells the client to trim \
                          headers or cookies.",
            }),
        },
        Answer {
            label: "request rate",
            next: &Node::Leaf(Leaf {
                code: 429,
                why: "This client, key or user sent too many requests in the time window (RFC 6585 §4).",
                headers: &["Retry-After"],
                mistake: "Using 403 or 400 for a rate limit: clients will not back off and will retry at \
                          once.",
            }),
        },
        Answer {
            label: "time to send",
            next: &Node::Leaf(Leaf {
                code: 408,
                why: "The client took too long to send a complete request, so the server stopped waiting.",
                headers: &["Connection"],
                mistake: "Using 408 when your own backend was slow; that is 504 at a gateway, or 503 or 500 \
                          at the origin.",
            }),
        },
    ],
});

static SERVER: Node = Node::Question(Question {
    id: "server",
    text: "What went wrong on the server side?",
    answers: &[
        Answer {
            label: "bug",
            next: &Node::Leaf(Leaf {
                code: 500,
                why: "An unexpected condition, usually an unhandled exception, stopped the server from \
                      fulfilling a valid request.",
                headers: &[],
                mistake: "Using 500 for bad input that deserves a 4xx, or putting stack traces in the \
                          body.",
            }),
        },
        Answer {
            label: "overload or maintenance",
            next: &Node::Leaf(Leaf {
                code: 503,
                why: "The server is temporarily unable to handle requests, overloaded or down for \
                      maintenance, and expects to recover.",
                headers: &["Retry-After"],
                mistake: "Serving a maintenance page with 200: caches store it and monitors see success.",
            }),
        },
        Answer {
            label: "upstream failed",
            next: &UPSTREAM,
        },
        Answer {
            label: "not implemented",
            next: &Node::Leaf(Leaf {
                code: 501,
                why: "The server lacks the functionality the request needs, such as a method it does not \
                      implement for any resource.",
                headers: &[],
                mistake: "Using 501 for a method that is merely not allowed on this resource; that is 405.",
            }),
        },
    ],
});

static UPSTREAM: Node = Node::Question(Question {
    id: "upstream",
    text: "How did the upstream server fail?",
    answers: &[
        Answer {
            label: "bad answer",
            next: &Node::Leaf(Leaf {
                code: 502,
                why: "Acting as a gateway or proxy, the server got an invalid response from the upstream, \
                      or the connection to it failed.",
                headers: &[],
                mistake: "Using 502 when the upstream was merely too slow; that is 504.",
            }),
        },
        Answer {
            label: "no answer in time",
            next: &Node::Leaf(Leaf {
                code: 504,
                why: "Acting as a gateway or proxy, the server waited for the upstream and gave up before \
                      it answered.",
                headers: &[],
                mistake: "Retrying a POST automatically after 504: the upstream may still have done the \
                          work.",
            }),
        },
    ],
});
