//! The decision tree's questions; each leaf is a situation of the catalogue, so the tree and
//! search give one answer, with one text, for the same situation.

use super::{Answer, Leaf, Node, Question};

pub static ROOT: Node = Node::Question(Question {
    id: "root",
    text: "What happened to the request?",
    answers: &[
        Answer {
            label: "worked",
            text: "It worked, fully or in part",
            next: &SUCCESS,
        },
        Answer {
            label: "go elsewhere",
            text: "The client should go elsewhere or use its cached copy",
            next: &REDIRECT,
        },
        Answer {
            label: "failed",
            text: "It failed or was refused",
            next: &FAILURE,
        },
        Answer {
            label: "not final yet",
            text: "Not final yet: continue, early hints or a protocol switch",
            next: &INTERIM,
        },
    ],
});

static INTERIM: Node = Node::Question(Question {
    id: "interim",
    text: "What should the client hear before, or instead of, a final answer?",
    answers: &[
        Answer {
            label: "send the body",
            text: "It asked, with an Expect header, before sending its body",
            next: &Node::Leaf(Leaf {
                situation: "expect-continue-upload",
            }),
        },
        Answer {
            label: "switch protocols",
            text: "It asked to switch protocols, e.g. to WebSocket",
            next: &Node::Leaf(Leaf {
                situation: "websocket-upgrade",
            }),
        },
        Answer {
            label: "early hints",
            text: "The page is slow to build: hint at what to preload",
            next: &Node::Leaf(Leaf {
                situation: "early-hints-preload",
            }),
        },
    ],
});

static SUCCESS: Node = Node::Question(Question {
    id: "success",
    text: "What did the request do?",
    answers: &[
        Answer {
            label: "created",
            text: "It was asked to create something",
            next: &CREATED,
        },
        Answer {
            label: "started",
            text: "It started work that will finish later",
            next: &STARTED,
        },
        Answer {
            label: "mixed",
            text: "A batch or bulk request: some items failed",
            next: &Node::Leaf(Leaf {
                situation: "batch-mixed-results",
            }),
        },
        Answer {
            label: "partial data",
            text: "It returned data, but some fields failed (GraphQL)",
            next: &Node::Leaf(Leaf {
                situation: "graphql-resolver-error-partial-data",
            }),
        },
        Answer {
            label: "part of a file",
            text: "It asked for part of a file with a Range header",
            next: &RANGE,
        },
        Answer {
            label: "has a result",
            text: "It finished, and there is a result to send back",
            next: &RESULT,
        },
        Answer {
            label: "found nothing",
            text: "It listed or searched, and found nothing",
            next: &Node::Leaf(Leaf {
                situation: "empty-collection",
            }),
        },
        Answer {
            label: "nothing to send",
            text: "It finished, and there is nothing to send back",
            next: &NOTHING,
        },
        Answer {
            label: "preflight or head",
            text: "It was a CORS preflight (OPTIONS) or a HEAD request",
            next: &MECHANICS,
        },
    ],
});

static STARTED: Node = Node::Question(Question {
    id: "started",
    text: "Will the client come back to check on it?",
    answers: &[
        Answer {
            label: "yes, a job",
            text: "Yes: it gets a job it can poll for the outcome",
            next: &Node::Leaf(Leaf {
                situation: "async-job-started",
            }),
        },
        Answer {
            label: "no, queued",
            text: "No: the work is queued, as for a webhook received",
            next: &Node::Leaf(Leaf {
                situation: "work-queued-for-later",
            }),
        },
    ],
});

static RESULT: Node = Node::Question(Question {
    id: "result",
    text: "Is the endpoint being retired?",
    answers: &[
        Answer {
            label: "no",
            text: "No: a plain result",
            next: &Node::Leaf(Leaf {
                situation: "request-succeeded-with-result",
            }),
        },
        Answer {
            label: "deprecated",
            text: "Yes: it is deprecated, but still served",
            next: &Node::Leaf(Leaf {
                situation: "deprecated-endpoint",
            }),
        },
    ],
});

static MECHANICS: Node = Node::Question(Question {
    id: "mechanics",
    text: "Which request was it?",
    answers: &[
        Answer {
            label: "preflight",
            text: "A CORS preflight: OPTIONS asking what is allowed",
            next: &Node::Leaf(Leaf {
                situation: "cors-preflight",
            }),
        },
        Answer {
            label: "head",
            text: "HEAD, to an endpoint written for GET",
            next: &Node::Leaf(Leaf {
                situation: "head-request",
            }),
        },
    ],
});

static CREATED: Node = Node::Question(Question {
    id: "created",
    text: "Did the same resource exist before this request?",
    answers: &[
        Answer {
            label: "new",
            text: "No: it is new and exists now",
            next: &Node::Leaf(Leaf {
                situation: "resource-created-by-post",
            }),
        },
        Answer {
            label: "already existed",
            text: "Yes: a matching one already existed",
            next: &Node::Leaf(Leaf {
                situation: "post-matches-existing-resource",
            }),
        },
    ],
});

static RANGE: Node = Node::Question(Question {
    id: "range",
    text: "Will the server send just the range asked for?",
    answers: &[
        Answer {
            label: "yes",
            text: "Yes: it starts inside the file (an end past it is cut)",
            next: &Node::Leaf(Leaf {
                situation: "range-request-served",
            }),
        },
        Answer {
            label: "whole file",
            text: "No: it sends the whole file instead",
            next: &Node::Leaf(Leaf {
                situation: "range-ignored-whole-file",
            }),
        },
    ],
});

static NOTHING: Node = Node::Question(Question {
    id: "nothing",
    text: "Should the client reset the form or view it sent from? (APIs: no)",
    answers: &[
        Answer {
            label: "keep it",
            text: "No: it keeps showing what it has",
            next: &Node::Leaf(Leaf {
                situation: "succeeded-nothing-to-send",
            }),
        },
        Answer {
            label: "reset it",
            text: "Yes: clear it for the next entry",
            next: &Node::Leaf(Leaf {
                situation: "reset-form-after-submit",
            }),
        },
    ],
});

static REDIRECT: Node = Node::Question(Question {
    id: "redirect",
    text: "Where should the client go?",
    answers: &[
        Answer {
            label: "moved",
            text: "The resource now lives at another URL",
            next: &MOVED,
        },
        Answer {
            label: "form result",
            text: "A form it posted worked: show the result page",
            next: &Node::Leaf(Leaf {
                situation: "post-redirect-get",
            }),
        },
        Answer {
            label: "job result",
            text: "A job it polls is done: its result has its own URL",
            next: &Node::Leaf(Leaf {
                situation: "job-finished-result-ready",
            }),
        },
        Answer {
            label: "sign in first",
            text: "A browser user must sign in before seeing the page",
            next: &Node::Leaf(Leaf {
                situation: "login-page-redirect",
            }),
        },
        Answer {
            label: "cached copy current",
            text: "Nowhere: its cached copy is still current",
            next: &Node::Leaf(Leaf {
                situation: "etag-unchanged",
            }),
        },
        Answer {
            label: "choose one",
            text: "Several versions exist and it should choose one",
            next: &Node::Leaf(Leaf {
                situation: "multiple-representations-choice",
            }),
        },
    ],
});

static MOVED: Node = Node::Question(Question {
    id: "moved",
    text: "Is the move for good?",
    answers: &[
        Answer {
            label: "for good",
            text: "Yes: clients should update their links",
            next: &PERMANENT,
        },
        Answer {
            label: "for now",
            text: "No: clients should keep using this URL",
            next: &TEMPORARY,
        },
    ],
});

static PERMANENT: Node = Node::Question(Question {
    id: "permanent",
    text: "Must a POST stay a POST, with its body, at the new URL?",
    answers: &[
        Answer {
            label: "keep method",
            text: "Yes: the method and body must be kept",
            next: &Node::Leaf(Leaf {
                situation: "api-endpoint-moved-permanently",
            }),
        },
        Answer {
            label: "get is fine",
            text: "No: following with GET is fine, as for pages",
            next: &Node::Leaf(Leaf {
                situation: "page-url-changed-permanently",
            }),
        },
    ],
});

static TEMPORARY: Node = Node::Question(Question {
    id: "temporary",
    text: "Must a POST stay a POST, with its body, at the other URL?",
    answers: &[
        Answer {
            label: "keep method",
            text: "Yes: the method and body must be kept",
            next: &Node::Leaf(Leaf {
                situation: "write-endpoint-temporarily-elsewhere",
            }),
        },
        Answer {
            label: "get is fine",
            text: "No: following with GET is fine, as for pages",
            next: &Node::Leaf(Leaf {
                situation: "page-temporarily-elsewhere",
            }),
        },
    ],
});

static FAILURE: Node = Node::Question(Question {
    id: "error",
    text: "Where does the failure come from?",
    answers: &[
        Answer {
            label: "the request",
            text: "The request: who sent it, where it goes, what it holds",
            next: &CLIENT,
        },
        Answer {
            label: "the server",
            text: "The server, or a service behind it",
            next: &SERVER,
        },
        Answer {
            label: "outside rule",
            text: "A rule outside the API: a law, or a network's sign-in",
            next: &OUTSIDE,
        },
    ],
});

static OUTSIDE: Node = Node::Question(Question {
    id: "outside",
    text: "What stops the request?",
    answers: &[
        Answer {
            label: "legal demand",
            text: "A court order, a law or a sanction",
            next: &LEGAL,
        },
        Answer {
            label: "network sign-in",
            text: "The client's network wants it to sign in first",
            next: &Node::Leaf(Leaf {
                situation: "captive-portal-sign-in",
            }),
        },
        Answer {
            label: "proxy sign-in",
            text: "A proxy on the way wants credentials",
            next: &Node::Leaf(Leaf {
                situation: "proxy-authentication-required",
            }),
        },
    ],
});

static CLIENT: Node = Node::Question(Question {
    id: "client",
    text: "What is wrong with the request?",
    answers: &[
        Answer {
            label: "who",
            text: "Who sent it: credentials, permission or payment",
            next: &ACCESS,
        },
        Answer {
            label: "where",
            text: "Where it goes: the URL, the method or the connection",
            next: &TARGET,
        },
        Answer {
            label: "what",
            text: "What it holds: the body, its format or its headers",
            next: &CONTENT,
        },
        Answer {
            label: "state",
            text: "The resource's state: a conflict, a lock or a condition",
            next: &STATE,
        },
        Answer {
            label: "how much",
            text: "How much or how fast: sizes, rates or time",
            next: &LIMITS,
        },
    ],
});

static ACCESS: Node = Node::Question(Question {
    id: "access",
    text: "What is wrong with the client's access?",
    answers: &[
        Answer {
            label: "no credentials",
            text: "It sent no token, key, password or session cookie",
            next: &Node::Leaf(Leaf {
                situation: "credentials-missing",
            }),
        },
        Answer {
            label: "rejected credentials",
            text: "Its credentials are wrong, expired or not accepted",
            next: &REJECTED,
        },
        Answer {
            label: "second factor",
            text: "Its password passed, but a second factor is needed",
            next: &Node::Leaf(Leaf {
                situation: "two-factor-required",
            }),
        },
        Answer {
            label: "not allowed",
            text: "It is known, but not allowed to do this",
            next: &HIDE,
        },
        Answer {
            label: "account state",
            text: "Its account is banned, locked or not verified",
            next: &ACCOUNT,
        },
        Answer {
            label: "payment or plan",
            text: "Payment or its plan: credit, a declined card, limits",
            next: &BILLING,
        },
        Answer {
            label: "proxy sign-in",
            text: "A proxy on the way wants credentials",
            next: &Node::Leaf(Leaf {
                situation: "proxy-authentication-required",
            }),
        },
    ],
});

static REJECTED: Node = Node::Question(Question {
    id: "rejected",
    text: "Which credentials were turned down?",
    answers: &[
        Answer {
            label: "token expired",
            text: "An access token or JWT that has expired",
            next: &Node::Leaf(Leaf {
                situation: "access-token-expired",
            }),
        },
        Answer {
            label: "session expired",
            text: "A login session that has expired",
            next: &Node::Leaf(Leaf {
                situation: "session-expired",
            }),
        },
        Answer {
            label: "wrong password",
            text: "A wrong password or an unknown user name",
            next: &Node::Leaf(Leaf {
                situation: "login-wrong-password",
            }),
        },
        Answer {
            label: "client certificate",
            text: "A TLS client certificate, missing or not accepted",
            next: &Node::Leaf(Leaf {
                situation: "client-certificate-invalid",
            }),
        },
    ],
});

static ACCOUNT: Node = Node::Question(Question {
    id: "account",
    text: "What about the account stops it?",
    answers: &[
        Answer {
            label: "banned",
            text: "It is banned or suspended",
            next: &Node::Leaf(Leaf {
                situation: "account-banned",
            }),
        },
        Answer {
            label: "locked out",
            text: "It is locked after too many failed logins",
            next: &Node::Leaf(Leaf {
                situation: "account-locked-failed-logins",
            }),
        },
        Answer {
            label: "not verified",
            text: "Its email address is not verified yet",
            next: &Node::Leaf(Leaf {
                situation: "email-not-verified",
            }),
        },
    ],
});

static BILLING: Node = Node::Question(Question {
    id: "billing",
    text: "What about payment or the plan stops it?",
    answers: &[
        Answer {
            label: "credit ran out",
            text: "Its prepaid credit or usage balance ran out",
            next: &Node::Leaf(Leaf {
                situation: "credits-exhausted",
            }),
        },
        Answer {
            label: "card declined",
            text: "A payment it tried was declined",
            next: &Node::Leaf(Leaf {
                situation: "card-declined",
            }),
        },
        Answer {
            label: "subscription lapsed",
            text: "Its subscription lapsed or is unpaid",
            next: &Node::Leaf(Leaf {
                situation: "subscription-expired",
            }),
        },
        Answer {
            label: "plan limit",
            text: "Its plan's limit on seats, projects or items is reached",
            next: &Node::Leaf(Leaf {
                situation: "plan-limit-reached",
            }),
        },
        Answer {
            label: "not in plan",
            text: "The feature is not in its plan",
            next: &Node::Leaf(Leaf {
                situation: "feature-not-in-plan",
            }),
        },
    ],
});

static HIDE: Node = Node::Question(Question {
    id: "hide",
    text: "May the client learn that the resource exists?",
    answers: &[
        Answer {
            label: "yes",
            text: "Yes: it may know, it just cannot act on it",
            next: &Node::Leaf(Leaf {
                situation: "role-missing",
            }),
        },
        Answer {
            label: "no",
            text: "No: its existence must stay hidden",
            next: &Node::Leaf(Leaf {
                situation: "hide-existence-of-forbidden-resource",
            }),
        },
    ],
});

static TARGET: Node = Node::Question(Question {
    id: "target",
    text: "What is wrong with where the request goes?",
    answers: &[
        Answer {
            label: "nothing there",
            text: "Nothing is at that URL",
            next: &MISSING,
        },
        Answer {
            label: "url too long",
            text: "The URL is longer than the server will read",
            next: &Node::Leaf(Leaf {
                situation: "url-too-long",
            }),
        },
        Answer {
            label: "method",
            text: "The resource does not take this method",
            next: &METHOD,
        },
        Answer {
            label: "connection",
            text: "The connection or protocol is wrong for it",
            next: &PROTOCOL,
        },
        Answer {
            label: "legal demand",
            text: "A court order, a law or a sanction blocks it",
            next: &LEGAL,
        },
    ],
});

static MISSING: Node = Node::Question(Question {
    id: "missing",
    text: "Was something there that was removed on purpose, for good?",
    answers: &[
        Answer {
            label: "removed for good",
            text: "Yes: deleted on purpose, and it will not come back",
            next: &Node::Leaf(Leaf {
                situation: "resource-permanently-removed",
            }),
        },
        Answer {
            label: "link expired",
            text: "It was a one-time link that expired or was used",
            next: &Node::Leaf(Leaf {
                situation: "invite-link-expired",
            }),
        },
        Answer {
            label: "no or unknown",
            text: "No, it can be restored, or you cannot tell",
            next: &Node::Leaf(Leaf {
                situation: "resource-not-found",
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
            text: "Yes: only this resource refuses it",
            next: &Node::Leaf(Leaf {
                situation: "method-not-supported-on-endpoint",
            }),
        },
        Answer {
            label: "no",
            text: "No: the server does not implement it at all",
            next: &Node::Leaf(Leaf {
                situation: "unknown-method",
            }),
        },
    ],
});

static PROTOCOL: Node = Node::Question(Question {
    id: "protocol",
    text: "What is wrong with how the request arrived?",
    answers: &[
        Answer {
            label: "wrong server",
            text: "It reached a server that does not serve that host",
            next: &Node::Leaf(Leaf {
                situation: "misdirected-request",
            }),
        },
        Answer {
            label: "must upgrade",
            text: "It must switch protocols first, e.g. to WebSocket",
            next: &Node::Leaf(Leaf {
                situation: "websocket-upgrade-required",
            }),
        },
        Answer {
            label: "http version",
            text: "It uses an HTTP version the server does not support",
            next: &Node::Leaf(Leaf {
                situation: "http-version-unsupported",
            }),
        },
        Answer {
            label: "early data",
            text: "It came in TLS early data and could be replayed",
            next: &Node::Leaf(Leaf {
                situation: "early-data-replay-risk",
            }),
        },
    ],
});

static CONTENT: Node = Node::Question(Question {
    id: "content",
    text: "What is wrong with what the request holds?",
    answers: &[
        Answer {
            label: "cannot parse",
            text: "It cannot be parsed: broken syntax or framing",
            next: &Node::Leaf(Leaf {
                situation: "malformed-request-syntax",
            }),
        },
        Answer {
            label: "invalid values",
            text: "It parses, but its values break your rules",
            next: &Node::Leaf(Leaf {
                situation: "field-validation-failed",
            }),
        },
        Answer {
            label: "harmful content",
            text: "A scan or policy refuses what it holds, e.g. malware",
            next: &Node::Leaf(Leaf {
                situation: "upload-refused-by-malware-scan",
            }),
        },
        Answer {
            label: "graphql document",
            text: "A GraphQL query that fails to parse or validate",
            next: &Node::Leaf(Leaf {
                situation: "graphql-validation-failed",
            }),
        },
        Answer {
            label: "body format",
            text: "The body is in a format this endpoint does not take",
            next: &Node::Leaf(Leaf {
                situation: "unsupported-content-type",
            }),
        },
        Answer {
            label: "response format",
            text: "It accepts only response formats you cannot produce",
            next: &Node::Leaf(Leaf {
                situation: "accept-not-satisfiable",
            }),
        },
        Answer {
            label: "headers",
            text: "A header it needs is missing or cannot be met",
            next: &HEADERS,
        },
        Answer {
            label: "byte range",
            text: "Its byte range starts past the end of the file",
            next: &Node::Leaf(Leaf {
                situation: "range-past-end",
            }),
        },
    ],
});

static HEADERS: Node = Node::Question(Question {
    id: "headers",
    text: "Which header is the problem?",
    answers: &[
        Answer {
            label: "content-length",
            text: "The body has no Content-Length and you need one",
            next: &Node::Leaf(Leaf {
                situation: "missing-content-length",
            }),
        },
        Answer {
            label: "expect",
            text: "Its Expect asks for more than leave to send the body",
            next: &Node::Leaf(Leaf {
                situation: "expectation-unsupported",
            }),
        },
        Answer {
            label: "if-match",
            text: "You require If-Match and it sent none",
            next: &Node::Leaf(Leaf {
                situation: "update-without-if-match",
            }),
        },
        Answer {
            label: "another header",
            text: "Another header is missing or invalid",
            next: &Node::Leaf(Leaf {
                situation: "missing-custom-header",
            }),
        },
    ],
});

static STATE: Node = Node::Question(Question {
    id: "state",
    text: "What about the resource's state stops the request?",
    answers: &[
        Answer {
            label: "conflict",
            text: "It clashes with the current state, such as a duplicate",
            next: &Node::Leaf(Leaf {
                situation: "conflicts-with-current-state",
            }),
        },
        Answer {
            label: "condition false",
            text: "A condition it sent, such as If-Match, is false",
            next: &Node::Leaf(Leaf {
                situation: "etag-mismatch-on-update",
            }),
        },
        Answer {
            label: "condition missing",
            text: "You require a condition such as If-Match and it sent none",
            next: &Node::Leaf(Leaf {
                situation: "update-without-if-match",
            }),
        },
        Answer {
            label: "locked",
            text: "Someone else holds a WebDAV lock on it",
            next: &Node::Leaf(Leaf {
                situation: "webdav-resource-locked",
            }),
        },
        Answer {
            label: "dependency failed",
            text: "It depended on another action that failed",
            next: &Node::Leaf(Leaf {
                situation: "dependent-action-failed",
            }),
        },
        Answer {
            label: "idempotency key",
            text: "It reuses an Idempotency-Key",
            next: &IDEMPOTENCY,
        },
    ],
});

static IDEMPOTENCY: Node = Node::Question(Question {
    id: "idempotency",
    text: "How is the key reused?",
    answers: &[
        Answer {
            label: "different body",
            text: "With a different request body",
            next: &Node::Leaf(Leaf {
                situation: "idempotency-key-reused-different-body",
            }),
        },
        Answer {
            label: "still running",
            text: "While the first request with it is still running",
            next: &Node::Leaf(Leaf {
                situation: "idempotency-key-request-in-flight",
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
            text: "The body is too large",
            next: &Node::Leaf(Leaf {
                situation: "request-body-too-large",
            }),
        },
        Answer {
            label: "url length",
            text: "The URL is too long",
            next: &Node::Leaf(Leaf {
                situation: "url-too-long",
            }),
        },
        Answer {
            label: "header size",
            text: "The headers are too large",
            next: &Node::Leaf(Leaf {
                situation: "headers-too-large",
            }),
        },
        Answer {
            label: "request rate",
            text: "Too many requests in a given time",
            next: &Node::Leaf(Leaf {
                situation: "rate-limit-exceeded",
            }),
        },
        Answer {
            label: "too slow",
            text: "It took too long to send the request",
            next: &Node::Leaf(Leaf {
                situation: "client-too-slow",
            }),
        },
        Answer {
            label: "storage quota",
            text: "It would go over the account's storage quota",
            next: &Node::Leaf(Leaf {
                situation: "storage-quota-exceeded",
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
            text: "A bug or an unexpected error in your own code",
            next: &Node::Leaf(Leaf {
                situation: "unhandled-exception",
            }),
        },
        Answer {
            label: "unavailable",
            text: "It is overloaded, in maintenance or starting up",
            next: &Node::Leaf(Leaf {
                situation: "service-temporarily-unavailable",
            }),
        },
        Answer {
            label: "read-only",
            text: "It runs read-only for now, and this is a write",
            next: &Node::Leaf(Leaf {
                situation: "read-only-mode",
            }),
        },
        Answer {
            label: "switched off",
            text: "The feature is built, but switched off for now",
            next: &Node::Leaf(Leaf {
                situation: "feature-switched-off",
            }),
        },
        Answer {
            label: "upstream",
            text: "A service, database or app behind it failed",
            next: &UPSTREAM,
        },
        Answer {
            label: "not built",
            text: "The endpoint or feature is planned but not built yet",
            next: &Node::Leaf(Leaf {
                situation: "not-implemented-yet",
            }),
        },
        Answer {
            label: "unknown method",
            text: "It implements the request's method for no resource at all",
            next: &Node::Leaf(Leaf {
                situation: "unknown-method",
            }),
        },
        Answer {
            label: "storage full",
            text: "It has no room left to store what was sent",
            next: &Node::Leaf(Leaf {
                situation: "disk-full",
            }),
        },
        Answer {
            label: "loop",
            text: "It ran into an endless loop of WebDAV bindings",
            next: &Node::Leaf(Leaf {
                situation: "webdav-binding-loop",
            }),
        },
    ],
});

static UPSTREAM: Node = Node::Question(Question {
    id: "upstream",
    text: "What failed behind the server?",
    answers: &[
        Answer {
            label: "refused",
            text: "The app behind the proxy is down: connection refused",
            next: &Node::Leaf(Leaf {
                situation: "upstream-connection-refused",
            }),
        },
        Answer {
            label: "bad answer",
            text: "The upstream sent a broken or incomplete response",
            next: &Node::Leaf(Leaf {
                situation: "upstream-invalid-response",
            }),
        },
        Answer {
            label: "third-party api",
            text: "A third-party API your code calls is down or failing",
            next: &Node::Leaf(Leaf {
                situation: "third-party-api-down",
            }),
        },
        Answer {
            label: "database",
            text: "The database is down or cannot be reached",
            next: &Node::Leaf(Leaf {
                situation: "database-down",
            }),
        },
        Answer {
            label: "no answer in time",
            text: "The upstream took the request but did not answer in time",
            next: &Node::Leaf(Leaf {
                situation: "upstream-timeout",
            }),
        },
        Answer {
            label: "cannot resolve",
            text: "The upstream's host name does not resolve (DNS)",
            next: &Node::Leaf(Leaf {
                situation: "upstream-dns-failure",
            }),
        },
        Answer {
            label: "connect timeout",
            text: "Connecting to the upstream timed out",
            next: &Node::Leaf(Leaf {
                situation: "upstream-connect-timeout",
            }),
        },
    ],
});

static LEGAL: Node = Node::Question(Question {
    id: "legal",
    text: "What does the legal demand block?",
    answers: &[
        Answer {
            label: "content",
            text: "Specific content, by a court order or a takedown",
            next: &Node::Leaf(Leaf {
                situation: "court-order-block",
            }),
        },
        Answer {
            label: "user or country",
            text: "This user or country, by sanctions or a law",
            next: &Node::Leaf(Leaf {
                situation: "sanctions-block",
            }),
        },
    ],
});
