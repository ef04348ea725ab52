//! Situations: protocols with their own error vocabulary over HTTP: gRPC behind gateways,
//! OAuth 2.0 and bearer tokens, GraphQL, WebDAV, S3 object storage, the Kubernetes API, SCIM,
//! ACME, JSON:API and tus resumable uploads.

use crate::db::{Alternative, Situation};

pub static SITUATIONS: &[Situation] = &[
    Situation {
        id: "grpc-cancelled-by-caller",
        title: "a gRPC call was cancelled by its caller before it finished",
        phrasings: &[
            "grpc cancelled http status",
            "CANCELLED",
            "client cancelled the rpc",
            "caller aborted the grpc request",
            "context canceled grpc gateway",
            "grpc call cancelled mapped to http",
        ],
        code: 499,
        vendor: Some("nginx"),
        why: "google.rpc.Code (google/rpc/code.proto) maps CANCELLED to 499 Client Closed \
              Request, a number it borrows from nginx's log-only code rather than a registered \
              status. The caller has usually gone, so the code matters mostly for logs and \
              metrics.",
        alternatives: &[Alternative {
            code: 504,
            when: "if the call ran out of time rather than being called off by the caller \
                       (DEADLINE_EXCEEDED)",
        }],
    },
    Situation {
        id: "grpc-invalid-argument",
        title: "a gRPC service rejects a malformed argument (INVALID_ARGUMENT)",
        phrasings: &[
            "grpc invalid argument http status",
            "INVALID_ARGUMENT",
            "grpc gateway bad request mapping",
            "malformed field in grpc request",
            "grpc validation error to rest status",
            "protobuf request field not valid",
        ],
        code: 400,
        vendor: None,
        why: "google.rpc.Code maps INVALID_ARGUMENT to 400: the argument is wrong whatever state \
              the system is in, such as a malformed file name. If the same input could succeed \
              once the system changes, FAILED_PRECONDITION or OUT_OF_RANGE is the more precise \
              code.",
        alternatives: &[Alternative {
            code: 422,
            when: "if a hand-written REST facade already answers well-formed but unusable \
                       bodies with 422 and you want to stay consistent",
        }],
    },
    Situation {
        id: "grpc-deadline-exceeded",
        title: "a gRPC call ran past its deadline (DEADLINE_EXCEEDED)",
        phrasings: &[
            "grpc deadline exceeded http status",
            "DEADLINE_EXCEEDED",
            "grpc timeout to http code",
            "rpc deadline expired behind gateway",
            "context deadline exceeded grpc",
            "grpc-timeout reached before reply",
        ],
        code: 504,
        vendor: None,
        why: "google.rpc.Code maps DEADLINE_EXCEEDED to 504 Gateway Timeout. The code's own notes \
              warn that a state-changing call may have completed anyway, so only retry writes \
              that are safe to repeat.",
        alternatives: &[Alternative {
            code: 499,
            when: "if the caller cancelled on its own rather than running out of time \
                       (CANCELLED)",
        }],
    },
    Situation {
        id: "grpc-already-exists",
        title: "a gRPC create finds the entity already there (ALREADY_EXISTS)",
        phrasings: &[
            "grpc already exists http status",
            "ALREADY_EXISTS",
            "grpc create duplicate resource",
            "entity already exists grpc gateway",
            "grpc duplicate name to rest status",
        ],
        code: 409,
        vendor: None,
        why: "google.rpc.Code maps ALREADY_EXISTS to 409 Conflict, and its notes prefer it over \
              FAILED_PRECONDITION when both would fit.",
        alternatives: &[Alternative {
            code: 412,
            when: "if the client asked, through a REST facade, to create only when absent \
                       (If-None-Match: *) and the condition failed",
        }],
    },
    Situation {
        id: "grpc-permission-denied",
        title: "a gRPC caller is known but not allowed (PERMISSION_DENIED)",
        phrasings: &[
            "grpc permission denied http status",
            "PERMISSION_DENIED",
            "grpc caller lacks permission",
            "grpc gateway forbidden mapping",
            "iam denied on grpc call",
        ],
        code: 403,
        vendor: None,
        why: "google.rpc.Code maps PERMISSION_DENIED to 403. It must not stand in for a caller \
              that could not be identified (UNAUTHENTICATED) or one that has only run out of \
              quota (RESOURCE_EXHAUSTED).",
        alternatives: &[
            Alternative {
                code: 401,
                when: "if the call carried no valid credentials at all (UNAUTHENTICATED)",
            },
            Alternative {
                code: 404,
                when: "if the service hides that the entity exists; code.proto lets NOT_FOUND \
                       cover that case",
            },
        ],
    },
    Situation {
        id: "grpc-unauthenticated",
        title: "a gRPC call lacks valid credentials (UNAUTHENTICATED)",
        phrasings: &[
            "grpc unauthenticated http status",
            "UNAUTHENTICATED",
            "grpc missing auth token",
            "grpc gateway 401 mapping",
            "grpc authorization metadata rejected",
            "expired token on grpc call",
        ],
        code: 401,
        vendor: None,
        why: "google.rpc.Code maps UNAUTHENTICATED to 401: the request has no valid \
              authentication credentials for the operation. Over HTTP the 401 also needs a \
              WWW-Authenticate challenge (RFC 9110 §15.5.2).",
        alternatives: &[Alternative {
            code: 403,
            when: "if the credentials are valid but the caller may not do this \
                       (PERMISSION_DENIED)",
        }],
    },
    Situation {
        id: "grpc-resource-exhausted",
        title: "a gRPC quota or resource has run out (RESOURCE_EXHAUSTED)",
        phrasings: &[
            "grpc resource exhausted http status",
            "RESOURCE_EXHAUSTED",
            "grpc quota exceeded",
            "grpc rate limited to http",
            "per user quota grpc gateway",
            "grpc out of quota 429",
        ],
        code: 429,
        vendor: None,
        why: "google.rpc.Code maps RESOURCE_EXHAUSTED to 429 Too Many Requests, whether a \
              per-user quota or the whole file system ran out. Add Retry-After when you know when \
              capacity returns.",
        alternatives: &[
            Alternative {
                code: 507,
                when: "if a hand-written REST facade reports that storage is full, which 429 \
                       describes poorly",
            },
            Alternative {
                code: 413,
                when: "if what was exceeded is the allowed message size, which a REST facade can \
                       say more plainly",
            },
        ],
    },
    Situation {
        id: "grpc-failed-precondition",
        title: "a gRPC call needs the system in another state (FAILED_PRECONDITION)",
        phrasings: &[
            "grpc failed precondition http status",
            "FAILED_PRECONDITION",
            "grpc delete non-empty directory",
            "grpc operation not allowed in current state",
            "failed precondition 400 or 412",
            "grpc conditional update mismatch",
        ],
        code: 400,
        vendor: None,
        why: "google.rpc.Code maps FAILED_PRECONDITION to 400, for calls that should not be \
              retried until someone fixes the state, like removing a directory that still has \
              files. Its notes allow 412 instead when the request carried ETag conditions.",
        alternatives: &[
            Alternative {
                code: 412,
                when: "if the request carried If-Match or another ETag condition that failed",
            },
            Alternative {
                code: 409,
                when: "if re-reading and retrying the whole read-modify-write could succeed \
                       (ABORTED)",
            },
        ],
    },
    Situation {
        id: "grpc-aborted",
        title: "a gRPC call was aborted by a concurrency clash (ABORTED)",
        phrasings: &[
            "grpc aborted http status",
            "ABORTED",
            "grpc transaction aborted",
            "grpc sequencer check failed",
            "concurrent modification grpc conflict",
            "retry read modify write grpc",
        ],
        code: 409,
        vendor: None,
        why: "google.rpc.Code maps ABORTED to 409 Conflict: a transaction abort or failed \
              sequencer check, after which the client should retry at a higher level by reading \
              again before writing.",
        alternatives: &[
            Alternative {
                code: 503,
                when: "if simply retrying the failing call is enough (UNAVAILABLE)",
            },
            Alternative {
                code: 400,
                when: "if the client must not retry until the state is fixed \
                       (FAILED_PRECONDITION)",
            },
        ],
    },
    Situation {
        id: "grpc-out-of-range",
        title: "a gRPC read or seek goes past the valid range (OUT_OF_RANGE)",
        phrasings: &[
            "grpc out of range http status",
            "OUT_OF_RANGE",
            "read past end of file grpc",
            "seek beyond file size grpc",
            "grpc page past the end",
        ],
        code: 400,
        vendor: None,
        why: "google.rpc.Code maps OUT_OF_RANGE to 400. Unlike INVALID_ARGUMENT it marks a limit \
              that may move as the system changes, so clients iterating through a space can stop \
              when they meet it.",
        alternatives: &[Alternative {
            code: 416,
            when: "if a REST facade serves byte ranges through the Range header, where asking \
                       past the end is 416 (RFC 9110 §15.5.17)",
        }],
    },
    Situation {
        id: "grpc-unimplemented",
        title: "a gRPC method is not implemented or not enabled (UNIMPLEMENTED)",
        phrasings: &[
            "grpc unimplemented http status",
            "UNIMPLEMENTED",
            "grpc method not found",
            "grpc service not supported",
            "unknown grpc method behind gateway",
            "grpc method disabled",
        ],
        code: 501,
        vendor: None,
        why: "google.rpc.Code maps UNIMPLEMENTED to 501 Not Implemented, for an operation the \
              service does not support or has not switched on.",
        alternatives: &[
            Alternative {
                code: 404,
                when: "if the URL of a REST facade names no route at all; a gRPC client also \
                       reads a bare 404 from a proxy as UNIMPLEMENTED (grpc \
                       doc/http-grpc-status-mapping.md)",
            },
            Alternative {
                code: 405,
                when: "if the facade has the path but not for this HTTP method",
            },
        ],
    },
    Situation {
        id: "grpc-unavailable",
        title: "a gRPC service is briefly unavailable (UNAVAILABLE)",
        phrasings: &[
            "grpc unavailable http status",
            "UNAVAILABLE",
            "grpc backend down retry",
            "grpc connection refused to http",
            "transient grpc failure retry with backoff",
        ],
        code: 503,
        vendor: None,
        why: "google.rpc.Code maps UNAVAILABLE to 503, a passing condition the client can cure by \
              retrying the same call with backoff. Add Retry-After if you know how long it lasts.",
        alternatives: &[Alternative {
            code: 502,
            when: "if a gateway got a broken or non-gRPC answer from the backend; gRPC \
                       clients read 502, 503 and 504 from a proxy all as UNAVAILABLE (grpc \
                       doc/http-grpc-status-mapping.md)",
        }],
    },
    Situation {
        id: "oauth-unsupported-grant-type",
        title: "an OAuth token request uses a grant type the server lacks",
        phrasings: &[
            "unsupported_grant_type",
            "token endpoint unknown grant_type",
            "grant type not supported oauth",
            "password grant turned off on the authorization server",
            "oauth token request wrong grant_type",
        ],
        code: 400,
        vendor: None,
        why: "RFC 6749 §5.2 lists unsupported_grant_type among the token endpoint errors, and \
              those go out with 400 unless the section says otherwise.",
        alternatives: &[Alternative {
            code: 401,
            when: "if the client's own authentication failed, which is invalid_client and \
                       must be 401 when the credentials came in the Authorization header (RFC \
                       6749 §5.2)",
        }],
    },
    Situation {
        id: "oauth-unauthorized-client",
        title: "an OAuth client is not allowed to use this grant type",
        phrasings: &[
            "unauthorized_client",
            "client not allowed client credentials grant",
            "grant type not enabled for this app",
            "oauth client not permitted grant",
            "app not authorized for refresh token grant",
        ],
        code: 400,
        vendor: None,
        why: "RFC 6749 §5.2: unauthorized_client means the client authenticated but may not use \
              this grant type, and like the other token endpoint errors it is a 400, whatever its \
              name suggests.",
        alternatives: &[
            Alternative {
                code: 401,
                when: "if the client could not be authenticated at all (invalid_client)",
            },
            Alternative {
                code: 302,
                when: "if the error arises at the authorization endpoint, where it goes back to \
                       the redirect URI (RFC 6749 §4.1.2.1)",
            },
        ],
    },
    Situation {
        id: "oauth-invalid-scope",
        title: "an OAuth request asks for an unknown or too-wide scope",
        phrasings: &[
            "invalid_scope",
            "requested scope not allowed",
            "oauth scope unknown",
            "scope wider than originally granted",
            "token request with bad scope parameter",
        ],
        code: 400,
        vendor: None,
        why: "RFC 6749 §5.2 makes invalid_scope a token endpoint error sent with 400: the scope \
              is unknown, malformed, or exceeds what the resource owner granted.",
        alternatives: &[
            Alternative {
                code: 302,
                when: "at the authorization endpoint, where invalid_scope goes back on the \
                       redirect (RFC 6749 §4.1.2.1)",
            },
            Alternative {
                code: 403,
                when: "if a valid token lacks a scope at a resource server (insufficient_scope, \
                       RFC 6750 §3.1)",
            },
        ],
    },
    Situation {
        id: "oauth-authorization-code-invalid",
        title: "an OAuth authorization code is reused, expired or mismatched",
        phrasings: &[
            "authorization code already used",
            "exchange the same auth code twice",
            "oauth code replay",
            "authorization code expired at token endpoint",
            "redirect_uri mismatch in code exchange",
            "invalid_grant for authorization code",
        ],
        code: 400,
        vendor: None,
        why: "A spent, expired or foreign code, or one redeemed with a different redirect_uri, is \
              an invalid grant, which RFC 6749 §5.2 answers with 400. §4.1.2 adds that a code \
              used twice should also cost the tokens already issued from it.",
        alternatives: &[Alternative {
            code: 401,
            when: "if the client's own credentials were refused as well (invalid_client, RFC \
                       6749 §5.2)",
        }],
    },
    Situation {
        id: "oauth-pkce-verifier-mismatch",
        title: "an OAuth PKCE code_verifier does not match the code challenge",
        phrasings: &[
            "pkce code_verifier mismatch",
            "code challenge verification failed",
            "invalid_grant pkce",
            "pkce verifier wrong",
            "code_verifier does not hash to code_challenge",
        ],
        code: 400,
        vendor: None,
        why: "RFC 7636 §4.6: when the verifier does not match the stored challenge, the server \
              answers invalid_grant as in RFC 6749 §5.2, which is a 400.",
        alternatives: &[Alternative {
            code: 401,
            when: "if it is the client's own authentication that failed (invalid_client)",
        }],
    },
    Situation {
        id: "oauth-consent-denied",
        title: "the user denies consent on the OAuth authorization page",
        phrasings: &[
            "user clicked deny on consent screen",
            "access_denied redirect",
            "oauth user cancels authorization",
            "resource owner denied the authorization request",
            "consent declined error response",
        ],
        code: 302,
        vendor: None,
        why: "RFC 6749 §4.1.2.1 sends authorization endpoint errors such as access_denied back to \
              the client's redirect URI as query parameters, and the RFC's own example does it \
              with 302 Found.",
        alternatives: &[
            Alternative {
                code: 303,
                when: "if you want to say plainly that the browser must follow with a GET",
            },
            Alternative {
                code: 400,
                when: "if the redirect URI itself is missing or not registered: then the server \
                       must not redirect and shows the user an error page (RFC 6749 §4.1.2.1)",
            },
        ],
    },
    Situation {
        id: "oauth-bearer-token-sent-twice",
        title: "a bearer token arrives in more than one place at once",
        phrasings: &[
            "access token in header and query string",
            "bearer token sent twice",
            "token in authorization header and form body",
            "multiple access token methods",
            "invalid_request bearer token",
        ],
        code: 400,
        vendor: None,
        why: "RFC 6750 §3.1 counts a request that uses more than one method to carry the access \
              token as invalid_request, which the resource server should answer with 400.",
        alternatives: &[Alternative {
            code: 401,
            when: "if the token itself is expired, revoked or malformed (invalid_token, RFC \
                       6750 §3.1)",
        }],
    },
    Situation {
        id: "oauth-device-authorization-pending",
        title: "a device flow poll arrives before the user has approved",
        phrasings: &[
            "authorization_pending",
            "device code polling before user approves",
            "device flow pending response status",
            "poll token endpoint device code not yet authorized",
            "tv login waiting for user",
        ],
        code: 400,
        vendor: None,
        why: "RFC 8628 §3.5 adds authorization_pending to the token endpoint errors of RFC 6749 \
              §5.2, so it travels as a 400 with a JSON error body, and the client keeps polling \
              at its interval.",
        alternatives: &[Alternative {
            code: 200,
            when: "once the user has approved: the same poll then returns the tokens (RFC \
                       6749 §5.1)",
        }],
    },
    Situation {
        id: "oauth-device-slow-down",
        title: "a device flow client polls the token endpoint too often",
        phrasings: &[
            "slow_down",
            "device code polling too frequently",
            "device flow slow down error",
            "token endpoint poll interval too short",
            "increase polling interval device grant",
        ],
        code: 400,
        vendor: None,
        why: "RFC 8628 §3.5: slow_down means the grant is still pending and the client must add 5 \
              seconds to its polling interval. It is a token endpoint error under RFC 6749 §5.2, \
              so 400, not 429.",
        alternatives: &[Alternative {
            code: 429,
            when: "if a client ignores slow_down and keeps hammering, for a general rate \
                       limit outside the OAuth protocol",
        }],
    },
    Situation {
        id: "oauth-device-code-expired",
        title: "a device flow device_code has expired",
        phrasings: &[
            "expired_token",
            "device code expired",
            "device flow timed out user never approved",
            "device authorization session over",
            "restart device login",
        ],
        code: 400,
        vendor: None,
        why: "RFC 8628 §3.5 defines expired_token for a device_code past its lifetime; as a token \
              endpoint error (RFC 6749 §5.2) it is a 400, and the client may start a new device \
              authorization.",
        alternatives: &[Alternative {
            code: 410,
            when: "only on a non-OAuth status page of your own that reports a dead pairing \
                       code; OAuth clients expect the 400 error body",
        }],
    },
    Situation {
        id: "oauth-revoke-unknown-token",
        title: "an OAuth revocation request names an invalid or unknown token",
        phrasings: &[
            "revoke invalid token",
            "token revocation unknown token status",
            "revoke token that was already revoked",
            "revocation endpoint token not found",
            "logout revoke token response code",
        ],
        code: 200,
        vendor: None,
        why: "RFC 7009 §2.2 answers 200 both when the token was revoked and when it was invalid: \
              the goal, a token that no longer works, is met either way, and the client could not \
              act on an error.",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if the server does not revoke that kind of token (unsupported_token_type, \
                       RFC 7009 §2.2.1)",
            },
            Alternative {
                code: 503,
                when: "if revocation is briefly impossible; the client must assume the token \
                       still works and retry later (RFC 7009 §2.2.1)",
            },
            Alternative {
                code: 401,
                when: "if the client's own authentication at the revocation endpoint failed \
                       (invalid_client)",
            },
        ],
    },
    Situation {
        id: "oauth-introspect-inactive-token",
        title: "token introspection is asked about an inactive or unknown token",
        phrasings: &[
            "introspection endpoint expired token response",
            "rfc 7662 inactive token",
            "introspect returns active false",
            "token introspection unknown token status code",
            "introspect revoked token",
        ],
        code: 200,
        vendor: None,
        why: "RFC 7662 §2.2: a properly authorized introspection call about an inactive, unknown \
              or undisclosable token gets an ordinary response whose only member is \"active\": \
              false, so 200. Error codes are for the caller's own authentication, not for the \
              token asked about.",
        alternatives: &[Alternative {
            code: 401,
            when: "if the protected resource's own credentials or bearer token for the \
                       introspection call are invalid (RFC 7662 §2.3)",
        }],
    },
    Situation {
        id: "graphql-mutation-over-get",
        title: "a GraphQL mutation is sent with a GET request",
        phrasings: &[
            "graphql mutation via get request",
            "mutation over http get not allowed",
            "graphql get mutation status code",
            "persisted mutation sent as get",
            "graphql only queries allowed with get",
        ],
        code: 405,
        vendor: None,
        why: "The GraphQL over HTTP draft forbids running mutations over GET and recommends 405 \
              Method Not Allowed, which needs an Allow header naming POST (RFC 9110 §15.5.6).",
        alternatives: &[Alternative {
            code: 400,
            when: "if your server predates that recommendation; the draft permits another 4xx \
                       but prefers 405",
        }],
    },
    Situation {
        id: "graphql-body-not-json",
        title: "a GraphQL POST body is not valid JSON",
        phrasings: &[
            "graphql invalid json body",
            "graphql request body parse error",
            "malformed json graphql post",
            "graphql body is not json",
            "graphql server cannot parse request body",
        ],
        code: 400,
        vendor: None,
        why: "The GraphQL over HTTP draft recommends 400 when the JSON body cannot be parsed at \
              all, since no GraphQL request can be read from it.",
        alternatives: &[
            Alternative {
                code: 415,
                when: "if the body is fine but arrives with a Content-Type the server does not \
                       accept",
            },
            Alternative {
                code: 422,
                when: "if the JSON parses but is not a GraphQL request, with wrong keys or \
                       variables that are not an object",
            },
        ],
    },
    Situation {
        id: "graphql-document-syntax-error",
        title: "a GraphQL query document has a syntax error",
        phrasings: &[
            "graphql syntax error status code",
            "graphql query parse error",
            "Syntax Error: Expected Name",
            "graphql document cannot be parsed",
            "unterminated graphql query string",
        ],
        code: 400,
        vendor: None,
        why: "The GraphQL over HTTP draft recommends 400 when the GraphQL document itself cannot \
              be parsed; nothing is validated or executed.",
        alternatives: &[
            Alternative {
                code: 422,
                when: "if the document parses but fails validation against the schema",
            },
            Alternative {
                code: 200,
                when: "for a legacy client that accepts only application/json, which earlier \
                       drafts answered with 200 and the errors in the body",
            },
        ],
    },
    Situation {
        id: "graphql-validation-failed",
        title: "a GraphQL query fails validation against the schema",
        phrasings: &[
            "graphql validation error status code",
            "Cannot query field on type",
            "graphql unknown field",
            "graphql query invalid against schema",
            "GRAPHQL_VALIDATION_FAILED",
            "graphql argument of wrong type",
        ],
        code: 422,
        vendor: None,
        why: "The current GraphQL over HTTP draft recommends 422 Unprocessable Content when the \
              document parses but fails validation, and the operation is not run. Earlier drafts \
              gave 400 for the same case.",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if you follow the earlier drafts, or your clients already expect 400",
            },
            Alternative {
                code: 200,
                when: "for a legacy client that accepts only application/json under the earlier \
                       drafts",
            },
        ],
    },
    Situation {
        id: "graphql-request-malformed",
        title: "a GraphQL request has the wrong shape: bad keys or variables",
        phrasings: &[
            "graphql qeury typo in request body",
            "variables is not an object graphql",
            "graphql post without query key",
            "graphql request parameters malformed",
            "operationName is not a string",
        ],
        code: 422,
        vendor: None,
        why: "The GraphQL over HTTP draft recommends 422 for a body that is valid JSON but not a \
              well-formed GraphQL-over-HTTP request, such as a misspelt query key or variables \
              sent as a list.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the body is not valid JSON at all",
        }],
    },
    Situation {
        id: "graphql-operation-ambiguous",
        title: "a GraphQL document has several operations and none is chosen",
        phrasings: &[
            "must provide operation name if query contains multiple operations",
            "graphql operationName missing",
            "unknown operation name graphql",
            "multiple operations in one graphql document",
            "graphql which operation to run",
        ],
        code: 422,
        vendor: None,
        why: "When the server cannot pick exactly one operation to run (GetOperation raises a \
              request error), the GraphQL over HTTP draft recommends 422 and no execution.",
        alternatives: &[Alternative {
            code: 400,
            when: "if you follow the earlier drafts, which used 400 for request errors",
        }],
    },
    Situation {
        id: "graphql-variable-coercion-failed",
        title: "the GraphQL variables do not fit their declared types",
        phrasings: &[
            "graphql variable of required type was not provided",
            "Variable $id got invalid value",
            "graphql variables wrong type",
            "non-null variable missing graphql",
            "graphql input coercion error",
        ],
        code: 422,
        vendor: None,
        why: "If coercing the variable values raises a request error, the GraphQL over HTTP draft \
              recommends 422, and the operation does not run.",
        alternatives: &[Alternative {
            code: 400,
            when: "if you follow the earlier drafts, which used 400 for request errors",
        }],
    },
    Situation {
        id: "graphql-resolver-error-partial-data",
        title: "a GraphQL resolver fails but other fields still return data",
        phrasings: &[
            "graphql partial data with errors status code",
            "resolver threw error graphql http status",
            "graphql errors array alongside data",
            "field error during graphql execution",
            "should graphql return 500 when a resolver fails",
            "null field with error graphql",
        ],
        code: 200,
        vendor: None,
        why: "A field error during execution still yields a well-formed result, and the GraphQL \
              over HTTP draft says not to use 4xx or 5xx while data is present. It asks for a \
              2xx: 200, or its own unregistered 294 for data with errors in \
              application/graphql-response+json.",
        alternatives: &[
            Alternative {
                code: 503,
                when: "if the server could not execute at all, for maintenance or load shedding, \
                       so there is no data",
            },
            Alternative {
                code: 500,
                when: "if an unexpected failure prevents producing a GraphQL response at all",
            },
        ],
    },
    Situation {
        id: "graphql-unsupported-content-type",
        title: "a GraphQL POST uses a Content-Type the server does not accept",
        phrasings: &[
            "graphql content type not supported",
            "graphql post with text/plain",
            "graphql multipart form not supported",
            "application/graphql content type rejected",
            "graphql 415",
        ],
        code: 415,
        vendor: None,
        why: "The GraphQL over HTTP draft requires servers to accept application/json bodies and \
              recommends 415 when the request's Content-Type is not supported.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the body cannot be read as anything at all",
        }],
    },
    Situation {
        id: "graphql-accept-not-supported",
        title: "a GraphQL client accepts no response type the server can send",
        phrasings: &[
            "graphql accept header not supported",
            "accept application/graphql-response+json",
            "graphql 406 not acceptable",
            "graphql accept text/html",
            "graphql response media type negotiation",
        ],
        code: 406,
        vendor: None,
        why: "The GraphQL over HTTP draft recommends 406 when Accept names neither a supported \
              type nor application/json; a server may instead ignore Accept and answer in a type \
              of its choosing.",
        alternatives: &[Alternative {
            code: 200,
            when: "if the client accepts application/json, as a legacy client does: run the \
                       request and label 2xx answers application/json",
        }],
    },
    Situation {
        id: "webdav-mkcol-parent-missing",
        title: "a WebDAV MKCOL is sent where a parent folder is missing",
        phrasings: &[
            "mkcol parent collection does not exist",
            "create folder in missing directory webdav",
            "webdav mkcol 409",
            "intermediate collections missing",
            "webdav create nested folder fails",
        ],
        code: 409,
        vendor: None,
        why: "RFC 4918 §9.3.1 answers 409 Conflict when intermediate collections are missing, and \
              the server must not create them on its own; the client makes each parent first.",
        alternatives: &[
            Alternative {
                code: 403,
                when: "if collections may not be created at that place at all",
            },
            Alternative {
                code: 405,
                when: "if something already exists at that URL",
            },
        ],
    },
    Situation {
        id: "webdav-mkcol-already-exists",
        title: "a WebDAV MKCOL targets a URL that already exists",
        phrasings: &[
            "mkcol folder already exists",
            "webdav create existing directory",
            "mkcol 405 method not allowed",
            "webdav make collection exists",
            "create folder that is already there webdav",
        ],
        code: 405,
        vendor: None,
        why: "RFC 4918 §9.3.1: MKCOL works only on an unmapped URL, so it fails with 405 Method \
              Not Allowed when something is already there; a client building a path can treat \
              that as done.",
        alternatives: &[Alternative {
            code: 409,
            when: "if a parent of the URL is missing rather than the URL being taken",
        }],
    },
    Situation {
        id: "webdav-put-parent-missing",
        title: "a WebDAV PUT uploads into a folder that does not exist",
        phrasings: &[
            "webdav upload to nonexistent folder",
            "put file into missing directory webdav",
            "webdav put 409 conflict",
            "upload fails parent collection missing",
            "create file in folder that was never made",
        ],
        code: 409,
        vendor: None,
        why: "RFC 4918 §9.7.1: a PUT that would create a resource without a suitable parent \
              collection must fail with 409 Conflict; the client creates the folders with MKCOL \
              first.",
        alternatives: &[Alternative {
            code: 405,
            when: "if the PUT targets an existing collection, which RFC 4918 §9.7.2 lets a \
                       server refuse",
        }],
    },
    Situation {
        id: "webdav-copy-move-no-overwrite",
        title: "a WebDAV COPY or MOVE with Overwrite: F finds the target taken",
        phrasings: &[
            "webdav overwrite f destination exists",
            "copy without overwrite destination already there",
            "move file would replace existing webdav",
            "webdav 412 on move",
            "Overwrite: F",
        ],
        code: 412,
        vendor: None,
        why: "RFC 4918 §9.8.5 and §9.9.4 give 412 Precondition Failed when Overwrite is \"F\" and \
              the destination is already mapped; Overwrite is a condition the client set.",
        alternatives: &[Alternative {
            code: 204,
            when: "if Overwrite is absent or \"T\": the destination is replaced and the COPY \
                       or MOVE succeeds",
        }],
    },
    Situation {
        id: "webdav-copy-move-parent-missing",
        title: "a WebDAV COPY or MOVE targets a folder that does not exist",
        phrasings: &[
            "webdav move to missing folder",
            "copy destination parent missing",
            "move into directory that does not exist webdav",
            "webdav copy 409 conflict",
            "destination intermediate collections missing",
        ],
        code: 409,
        vendor: None,
        why: "RFC 4918 §9.8.5 and §9.9.4: a resource cannot be made at the destination until its \
              intermediate collections exist, which is 409 Conflict, and the server must not \
              create them itself.",
        alternatives: &[Alternative {
            code: 423,
            when: "if the destination or its folder is locked by someone else",
        }],
    },
    Situation {
        id: "webdav-copy-onto-itself",
        title: "a WebDAV COPY or MOVE names the same source and destination",
        phrasings: &[
            "webdav move onto itself",
            "copy file to same location webdav",
            "source and destination are the same",
            "webdav move same url 403",
            "rename to identical name webdav",
        ],
        code: 403,
        vendor: None,
        why: "RFC 4918 §9.8.5 and §9.9.4 single out a source and destination that are the same \
              resource as a case for 403 Forbidden.",
        alternatives: &[Alternative {
            code: 409,
            when: "if the destination differs but its parent folder is missing",
        }],
    },
    Situation {
        id: "webdav-copy-to-other-server",
        title: "a WebDAV COPY or MOVE points at a destination on another server",
        phrasings: &[
            "webdav copy to another server",
            "move across webdav servers",
            "destination header other host",
            "cross server copy webdav 502",
            "destination namespace refuses resource",
        ],
        code: 502,
        vendor: None,
        why: "RFC 4918 §9.8.5 and §9.9.4 allow 502 Bad Gateway when the destination is on another \
              server or namespace that will not take the resource; the client can fall back to \
              GET and PUT.",
        alternatives: &[Alternative {
            code: 403,
            when: "if the server simply forbids destinations outside its own namespace",
        }],
    },
    Situation {
        id: "webdav-lock-conflict",
        title: "a WebDAV LOCK clashes with a lock someone already holds",
        phrasings: &[
            "webdav lock already locked",
            "exclusive lock conflict webdav",
            "cannot lock file already locked",
            "no-conflicting-lock",
            "lock request on locked resource",
        ],
        code: 423,
        vendor: None,
        why: "RFC 4918 §9.10.6 answers a LOCK that is incompatible with an existing lock with 423 \
              Locked, ideally naming the no-conflicting-lock precondition.",
        alternatives: &[Alternative {
            code: 412,
            when: "if the LOCK was a refresh whose token does not cover the URL \
                       (lock-token-matches-request-uri)",
        }],
    },
    Situation {
        id: "webdav-unlock-not-locked",
        title: "a WebDAV UNLOCK names a lock that does not cover the URL",
        phrasings: &[
            "webdav unlock wrong token",
            "unlock resource that is not locked",
            "unlock 409 conflict",
            "lock-token-matches-request-uri",
            "lock token does not match request url",
        ],
        code: 409,
        vendor: None,
        why: "RFC 4918 §9.11.1 gives 409 Conflict, with the lock-token-matches-request-uri \
              precondition, when the resource is not locked or the URL lies outside the lock's \
              scope.",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if no Lock-Token header was sent at all",
            },
            Alternative {
                code: 403,
                when: "if the user may not remove that lock",
            },
        ],
    },
    Situation {
        id: "webdav-proppatch-protected-property",
        title: "a WebDAV PROPPATCH tries to change a protected property",
        phrasings: &[
            "proppatch getetag forbidden",
            "set live property webdav",
            "cannot-modify-protected-property",
            "proppatch 403 in multistatus",
            "change read only webdav property",
        ],
        code: 207,
        vendor: None,
        why: "RFC 4918 §9.2.1: PROPPATCH answers in a 207 Multi-Status, giving 403 with \
              cannot-modify-protected-property for a protected property such as DAV:getetag; \
              since PROPPATCH is atomic, the other properties get 424 Failed Dependency.",
        alternatives: &[Alternative {
            code: 423,
            when: "if the whole resource is locked and the request carries no lock token",
        }],
    },
    Situation {
        id: "webdav-propfind-infinite-depth",
        title: "a WebDAV PROPFIND with Depth: infinity is refused",
        phrasings: &[
            "propfind depth infinity not allowed",
            "webdav list whole tree refused",
            "propfind-finite-depth",
            "depth infinity 403",
            "recursive propfind disabled",
        ],
        code: 403,
        vendor: None,
        why: "RFC 4918 §9.1.1 lets a server refuse PROPFIND with Depth: infinity on collections, \
              with 403 and the propfind-finite-depth precondition in the body; the client walks \
              the tree with Depth: 1.",
        alternatives: &[Alternative {
            code: 207,
            when: "if the server allows it and returns the whole tree as a Multi-Status",
        }],
    },
    Situation {
        id: "webdav-delete-collection-partly-fails",
        title: "deleting a WebDAV folder fails for some of its members",
        phrasings: &[
            "webdav delete folder with locked file",
            "delete collection partial failure",
            "some files could not be deleted webdav",
            "webdav delete multistatus",
            "recursive delete error webdav",
        ],
        code: 207,
        vendor: None,
        why: "RFC 4918 §9.6.1: when a member of a collection cannot be deleted, its ancestors \
              stay, and a 207 Multi-Status lists which members failed, for example with 423 for a \
              locked file.",
        alternatives: &[Alternative {
            code: 423,
            when: "if the request failed as a whole because the collection itself is locked; \
                       a 4xx may replace the 207 when nothing was deleted",
        }],
    },
    Situation {
        id: "s3-bucket-not-empty",
        title: "an S3 bucket that still holds objects is asked to be deleted",
        phrasings: &[
            "delete a bucket that still has objects",
            "s3 bucket not empty",
            "remove non-empty bucket",
            "BucketNotEmpty",
            "delete bucket fails 409",
            "cannot delete versioned bucket with objects",
        ],
        code: 409,
        vendor: None,
        why: "The S3 API Reference error code list gives BucketNotEmpty as 409 Conflict: the \
              bucket must be emptied, including all versions and delete markers, before it can \
              go.",
        alternatives: &[Alternative {
            code: 202,
            when: "for an API of your own that accepts a request to empty and then delete the \
                       bucket as a background job",
        }],
    },
    Situation {
        id: "s3-bucket-name-taken",
        title: "an S3 bucket name is already taken by another account",
        phrasings: &[
            "BucketAlreadyExists",
            "s3 bucket name taken",
            "create bucket name not available",
            "bucket name already in use globally",
            "s3 create bucket 409",
        ],
        code: 409,
        vendor: None,
        why: "The S3 API Reference error code list answers BucketAlreadyExists with 409 Conflict; \
              bucket names are shared by all users, so another name must be chosen.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the name breaks the naming rules rather than being taken \
                       (InvalidBucketName)",
        }],
    },
    Situation {
        id: "s3-bucket-already-owned",
        title: "an S3 bucket you already own is created again",
        phrasings: &[
            "BucketAlreadyOwnedByYou",
            "create bucket that i already own",
            "s3 bucket exists and is mine",
            "idempotent create bucket s3",
            "create bucket twice",
        ],
        code: 409,
        vendor: None,
        why: "The S3 API Reference error code list answers BucketAlreadyOwnedByYou with 409 \
              Conflict in every Region except us-east-1 (N. Virginia), where S3 keeps a legacy \
              200 OK.",
        alternatives: &[Alternative {
            code: 200,
            when: "to mimic S3 in us-east-1, which for legacy reasons reports success and \
                       resets the bucket ACL",
        }],
    },
    Situation {
        id: "s3-no-such-key",
        title: "an S3 object key does not exist in the bucket",
        phrasings: &[
            "NoSuchKey",
            "s3 object not found",
            "get object key does not exist",
            "s3 file missing 404",
            "wrong object key s3",
            "s3 key case mismatch",
        ],
        code: 404,
        vendor: None,
        why: "The S3 API Reference maps NoSuchKey to 404 Not Found, but only for callers allowed \
              to list the bucket; the others get 403 so they cannot probe which keys exist.",
        alternatives: &[Alternative {
            code: 403,
            when: "if the caller lacks s3:ListBucket, which is what S3 sends then \
                       (AccessDenied)",
        }],
    },
    Situation {
        id: "s3-missing-key-without-list-permission",
        title: "a missing S3 object gets 403 because the caller cannot list the bucket",
        phrasings: &[
            "s3 returns 403 instead of 404",
            "access denied for missing object s3",
            "head object 403 object does not exist",
            "s3 ListBucket permission 404 vs 403",
            "s3 403 forbidden key not found",
        ],
        code: 403,
        vendor: None,
        why: "The S3 API Reference for GetObject and HeadObject says a missing object yields 404 \
              only with s3:ListBucket permission, and 403 Access Denied without it, so the \
              response does not reveal whether the key exists.",
        alternatives: &[Alternative {
            code: 404,
            when: "if the caller may list the bucket, where S3 says NoSuchKey",
        }],
    },
    Situation {
        id: "s3-no-such-bucket",
        title: "an S3 request names a bucket that does not exist",
        phrasings: &[
            "NoSuchBucket",
            "s3 bucket does not exist",
            "the specified bucket does not exist",
            "wrong bucket name s3 404",
            "bucket deleted s3 request",
        ],
        code: 404,
        vendor: None,
        why: "The S3 API Reference maps NoSuchBucket to 404 Not Found, the same status as \
              NoSuchKey; the error code in the XML body tells the two apart.",
        alternatives: &[Alternative {
            code: 301,
            when: "if the bucket exists but must be reached through another endpoint \
                       (PermanentRedirect)",
        }],
    },
    Situation {
        id: "s3-slow-down",
        title: "an S3 client is asked to reduce its request rate (SlowDown)",
        phrasings: &[
            "SlowDown",
            "s3 503 slow down",
            "please reduce your request rate",
            "too many requests to one s3 prefix",
            "s3 throttling error",
            "s3 request rate exceeded",
        ],
        code: 503,
        vendor: None,
        why: "S3 reports SlowDown as 503 Slow Down (S3 API Reference error codes), not 429, while \
              it scales for a burst on a prefix; back off exponentially, and spread keys over \
              more prefixes.",
        alternatives: &[Alternative {
            code: 429,
            when: "for an S3-compatible service of your own, if its clients handle 429 with \
                       Retry-After better",
        }],
    },
    Situation {
        id: "s3-no-such-upload",
        title: "an S3 multipart upload ID is unknown, aborted or completed",
        phrasings: &[
            "NoSuchUpload",
            "multipart upload does not exist",
            "upload id not valid s3",
            "upload part after abort",
            "complete multipart upload twice",
        ],
        code: 404,
        vendor: None,
        why: "The S3 API Reference maps NoSuchUpload to 404: the upload ID is wrong, or the \
              upload was already aborted or completed, so the client starts a new multipart \
              upload.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the upload exists but a listed part is missing or its ETag differs \
                       (InvalidPart)",
        }],
    },
    Situation {
        id: "s3-archived-object-not-restored",
        title: "an S3 object in an archive storage class is read before restoring",
        phrasings: &[
            "InvalidObjectState",
            "glacier object get fails",
            "s3 object archived must restore",
            "deep archive get object 403",
            "read object in glacier storage class",
        ],
        code: 403,
        vendor: None,
        why: "S3 answers a GET on an archived object (Glacier Flexible Retrieval, Deep Archive, \
              archive tiers) with InvalidObjectState and 403 until a copy is restored with \
              RestoreObject.",
        alternatives: &[Alternative {
            code: 409,
            when: "for an API of your own, if you prefer to present it as a clash with the \
                       object's current state",
        }],
    },
    Situation {
        id: "s3-conditional-write-key-exists",
        title: "an S3 create-only write finds the key already taken",
        phrasings: &[
            "s3 if-none-match put object",
            "s3 conditional write 412",
            "prevent overwrite s3 object",
            "put object only if absent",
            "ConditionalRequestConflict",
        ],
        code: 412,
        vendor: None,
        why: "The S3 API Reference for PutObject and CompleteMultipartUpload: with If-None-Match: \
              * a write onto an existing key fails with 412 Precondition Failed.",
        alternatives: &[Alternative {
            code: 409,
            when: "if a concurrent write to the same key raced it, which S3 reports as 409 \
                       ConditionalRequestConflict and the client should retry",
        }],
    },
    Situation {
        id: "k8s-already-exists",
        title: "a Kubernetes object is created with a name already in use",
        phrasings: &[
            "kubernetes already exists error",
            "AlreadyExists",
            "kubectl create already exists",
            "k8s object name taken in namespace",
            "create pod that already exists 409",
            "operator create resource already exists",
        ],
        code: 409,
        vendor: None,
        why: "Kubernetes' StatusReason AlreadyExists carries 409 Conflict (apimachinery \
              pkg/apis/meta/v1/types.go). The API conventions suggest choosing another name, or \
              reading the existing object and updating it instead.",
        alternatives: &[Alternative {
            code: 200,
            when: "if the client meant create-or-update: server-side apply, or GET then PUT, \
                       replaces the object instead",
        }],
    },
    Situation {
        id: "k8s-resource-version-conflict",
        title: "a Kubernetes update carries a stale resourceVersion",
        phrasings: &[
            "the object has been modified; please apply your changes to the latest version",
            "kubernetes resourceVersion conflict",
            "k8s optimistic concurrency 409",
            "controller update conflict retry",
            "operation cannot be fulfilled on resource",
            "kubernetes Conflict reason",
        ],
        code: 409,
        vendor: None,
        why: "Under the Kubernetes API conventions (Concurrency Control and Consistency) an \
              update whose resourceVersion no longer matches fails with StatusReason Conflict and \
              409; the client reads the object again, reapplies its change and retries.",
        alternatives: &[Alternative {
            code: 422,
            when: "if the update is refused for invalid field values rather than a stale \
                       version (Invalid)",
        }],
    },
    Situation {
        id: "k8s-continue-token-expired",
        title: "a Kubernetes list continue token has expired",
        phrasings: &[
            "kubernetes continue token expired",
            "list pagination 410 gone",
            "resource expired continue",
            "k8s paged list token too old",
            "The provided continue parameter is too old",
            "kubectl get chunked list expired",
        ],
        code: 410,
        vendor: None,
        why: "Kubernetes' ListMeta docs say an expired continue value (usually after five to \
              fifteen minutes) is answered with a 410 ResourceExpired error, StatusReason \
              Expired; restart the list, or use the fresh token in the error for an inconsistent \
              continuation.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the continue value is malformed rather than expired",
        }],
    },
    Situation {
        id: "k8s-watch-resource-version-too-old",
        title: "a Kubernetes watch starts from a resourceVersion that is too old",
        phrasings: &[
            "too old resource version",
            "kubernetes watch 410 gone",
            "watch expired resourceVersion",
            "informer relist after 410",
            "k8s watch history compacted",
            "Expired: too old resource version",
        ],
        code: 410,
        vendor: None,
        why: "Kubernetes answers a watch whose resourceVersion has fallen out of the retained \
              history with 410 Gone and StatusReason Expired (apimachinery NewResourceExpired); \
              the client clears its cache, lists again and watches from the new version.",
        alternatives: &[Alternative {
            code: 200,
            when: "on a watch stream already open, where the same Expired status arrives as \
                       an ERROR event rather than an HTTP status",
        }],
    },
    Situation {
        id: "k8s-invalid-object",
        title: "a Kubernetes create or update has invalid field values",
        phrasings: &[
            "kubernetes is invalid error",
            "Invalid value spec",
            "k8s validation failed 422",
            "kubectl apply invalid field",
            "admission validation error kubernetes",
            "kubernetes Invalid reason causes",
        ],
        code: 422,
        vendor: None,
        why: "Kubernetes' StatusReason Invalid carries 422 Unprocessable Entity, with causes \
              naming each bad field (apimachinery types.go); the request could succeed once the \
              data is fixed.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the request makes no sense at all and can never succeed (StatusReason \
                       BadRequest)",
        }],
    },
    Situation {
        id: "k8s-apply-field-conflict",
        title: "a Kubernetes server-side apply conflicts with another field manager",
        phrasings: &[
            "server-side apply conflict",
            "Apply failed with conflicts",
            "field manager conflict kubernetes",
            "kubectl apply --server-side conflict",
            "conflict with kubectl-client-side-apply",
            "force conflicts server side apply",
        ],
        code: 409,
        vendor: None,
        why: "A server-side apply that would take over fields owned by another manager fails with \
              StatusReason Conflict and 409 (apimachinery NewApplyConflict); the client drops \
              those fields or re-sends with force=true to take ownership.",
        alternatives: &[Alternative {
            code: 200,
            when: "if the client re-sends with force=true and takes the conflicting fields \
                       over",
        }],
    },
    Situation {
        id: "k8s-too-many-requests",
        title: "the Kubernetes API server tells a client to slow down",
        phrasings: &[
            "kubernetes api server 429",
            "TooManyRequests",
            "api priority and fairness rejected",
            "k8s client throttled by apiserver",
            "too many requests please try again later kubernetes",
        ],
        code: 429,
        vendor: None,
        why: "Kubernetes' StatusReason TooManyRequests carries 429 with retryAfterSeconds in the \
              details (apimachinery types.go); clients may always retry after waiting at least \
              that long.",
        alternatives: &[Alternative {
            code: 503,
            when: "if the API server or an aggregated API is unavailable rather than limiting \
                       (ServiceUnavailable)",
        }],
    },
    Situation {
        id: "k8s-method-not-allowed",
        title: "a Kubernetes verb is not supported for this kind of resource",
        phrasings: &[
            "kubernetes MethodNotAllowed",
            "delete not supported on this resource kind",
            "k8s verb not allowed 405",
            "cannot update create-only resource",
            "tokenreview delete not supported",
        ],
        code: 405,
        vendor: None,
        why: "Kubernetes' StatusReason MethodNotAllowed carries 405, for example deleting a \
              resource that can only be created; such calls can never succeed (apimachinery \
              types.go).",
        alternatives: &[Alternative {
            code: 403,
            when: "if the verb exists but RBAC does not grant it to this user (Forbidden)",
        }],
    },
    Situation {
        id: "k8s-rbac-forbidden",
        title: "a Kubernetes user or service account lacks RBAC permission",
        phrasings: &[
            "User cannot list resource pods",
            "kubernetes forbidden rbac",
            "service account forbidden 403",
            "k8s permission denied for verb",
            "kubectl forbidden cannot get resource",
        ],
        code: 403,
        vendor: None,
        why: "Kubernetes' StatusReason Forbidden carries 403: the API server understood the \
              request but its policy denies it to this identity (apimachinery types.go).",
        alternatives: &[Alternative {
            code: 401,
            when: "if the credentials themselves were missing or rejected (Unauthorized)",
        }],
    },
    Situation {
        id: "k8s-unsupported-media-type",
        title: "a Kubernetes request body uses an encoding the resource cannot read",
        phrasings: &[
            "send protobuf to custom resource",
            "kubernetes UnsupportedMediaType",
            "k8s patch wrong content type",
            "415 from kubernetes api server",
            "crd does not support protobuf",
        ],
        code: 415,
        vendor: None,
        why: "Kubernetes' StatusReason UnsupportedMediaType carries 415, its example being \
              protobuf sent to a resource that takes only JSON and YAML, as custom resources do \
              (apimachinery types.go).",
        alternatives: &[Alternative {
            code: 406,
            when: "if it is the Accept header that asks for an encoding the resource cannot \
                       produce (NotAcceptable)",
        }],
    },
    Situation {
        id: "scim-uniqueness-conflict",
        title: "a SCIM create or update would duplicate a unique attribute",
        phrasings: &[
            "scim user already exists",
            "duplicate userName scim",
            "scim uniqueness error",
            "uniqueness",
            "provisioning user exists 409",
            "Refused to create a new, duplicate resource",
        ],
        code: 409,
        vendor: None,
        why: "RFC 7644 §3.3 requires 409 Conflict with scimType uniqueness when a new resource \
              clashes with an existing one, such as a User with a duplicate userName; Table 8 in \
              §3.12 lists 409 for this case.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the request is malformed rather than duplicating anything \
                       (invalidSyntax or invalidValue)",
        }],
    },
    Situation {
        id: "scim-mutability-violation",
        title: "a SCIM request tries to change a read-only or immutable attribute",
        phrasings: &[
            "scim readOnly attribute modified",
            "mutability",
            "scim change immutable attribute",
            "set id attribute in scim put",
            "scim attribute cannot be changed",
        ],
        code: 400,
        vendor: None,
        why: "RFC 7644 §3.12 files mutability under 400 Bad Request: the change does not fit the \
              attribute's mutability, as in its own example of a PUT that sets the read-only id.",
        alternatives: &[Alternative {
            code: 409,
            when: "if the clash is with another resource's value rather than with the \
                       attribute's mutability (uniqueness)",
        }],
    },
    Situation {
        id: "scim-invalid-filter",
        title: "a SCIM filter has bad syntax or an unsupported comparison",
        phrasings: &[
            "scim invalid filter",
            "invalidFilter",
            "scim filter syntax error",
            "unsupported scim filter operator",
            "filter=userName eq not parsed",
        ],
        code: 400,
        vendor: None,
        why: "RFC 7644 §3.12 gives invalidFilter with 400 Bad Request for a filter that breaks \
              the grammar of §3.4.2.2 or combines an attribute and operator the provider does not \
              support.",
        alternatives: &[Alternative {
            code: 403,
            when: "if the filter puts sensitive data such as a password into the URL \
                       (scimType sensitive, RFC 7644 §7.5.2)",
        }],
    },
    Situation {
        id: "scim-filter-too-many",
        title: "a SCIM filter would return more results than the server will handle",
        phrasings: &[
            "scim filter too many results",
            "tooMany",
            "scim query too broad",
            "userName pr returns all users scim",
            "scim search result limit exceeded",
        ],
        code: 400,
        vendor: None,
        why: "RFC 7644 §3.12 defines tooMany with 400 Bad Request for a filter that would yield \
              many more results than the provider is willing to compute, such as (userName pr) \
              alone.",
        alternatives: &[Alternative {
            code: 200,
            when: "if the provider can page the results instead, using startIndex and count \
                       (RFC 7644 §3.4.2.4)",
        }],
    },
    Situation {
        id: "scim-bulk-too-large",
        title: "a SCIM bulk request exceeds maxOperations or maxPayloadSize",
        phrasings: &[
            "scim bulk too many operations",
            "scim bulk payload too large",
            "maxOperations exceeded",
            "scim bulk 413",
            "maxPayloadSize scim bulk",
        ],
        code: 413,
        vendor: None,
        why: "RFC 7644 §3.7.4 and Table 8 in §3.12 answer a bulk request over the provider's \
              maxOperations or maxPayloadSize with 413, the limits being advertised in the \
              service provider configuration.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the bulk request is malformed rather than too large (invalidSyntax)",
        }],
    },
    Situation {
        id: "scim-version-mismatch",
        title: "a SCIM update's If-Match ETag no longer matches the resource",
        phrasings: &[
            "scim if-match precondition failed",
            "scim etag mismatch",
            "scim resource changed on server",
            "scim version conflict 412",
            "scim optimistic locking",
        ],
        code: 412,
        vendor: None,
        why: "RFC 7644 §3.14 resource versioning uses ETags with If-Match, and Table 8 in §3.12 \
              lists 412 Precondition Failed when the resource has changed on the server since it \
              was read.",
        alternatives: &[Alternative {
            code: 409,
            when: "if the version came in the request body rather than If-Match; Table 8 \
                       gives 409 for a version number that does not match",
        }],
    },
    Situation {
        id: "scim-patch-no-target",
        title: "a SCIM PATCH path matches no attribute or value",
        phrasings: &[
            "scim patch path not found",
            "noTarget",
            "scim patch filter matches nothing",
            "remove members path no match scim",
            "scim patch attribute does not exist",
        ],
        code: 400,
        vendor: None,
        why: "RFC 7644 §3.12 defines noTarget with 400 Bad Request for a PATCH path that yields \
              no attribute or value to act on, typically a path filter with no match.",
        alternatives: &[Alternative {
            code: 404,
            when: "if the resource named in the URL does not exist at all",
        }],
    },
    Situation {
        id: "scim-sensitive-data-in-url",
        title: "a SCIM query puts sensitive data such as passwords in the URL",
        phrasings: &[
            "scim filter on password",
            "sensitive",
            "scim query with confidential attribute",
            "scim get request sensitive information url",
            "scim 403 sensitive",
        ],
        code: 403,
        vendor: None,
        why: "RFC 7644 §7.5.2 refuses a GET that would put confidential information into the URL \
              with 403 Forbidden and scimType sensitive; the client uses a POST search to \
              /.search instead.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the filter is simply malformed (invalidFilter)",
        }],
    },
    Situation {
        id: "scim-operation-not-supported",
        title: "a SCIM provider does not support the requested operation",
        phrasings: &[
            "scim patch not supported",
            "scim bulk not implemented",
            "scim 501",
            "service provider does not support operation",
            "scim sort not supported",
        ],
        code: 501,
        vendor: None,
        why: "Table 8 in RFC 7644 §3.12 gives 501 Not Implemented when the provider does not \
              support the operation, with PATCH as its example; the service provider \
              configuration says what is supported.",
        alternatives: &[Alternative {
            code: 405,
            when: "if only this endpoint lacks the method while the provider supports it \
                       elsewhere",
        }],
    },
    Situation {
        id: "acme-bad-nonce",
        title: "an ACME request carries a used, unknown or missing nonce",
        phrasings: &[
            "acme bad nonce",
            "badNonce",
            "JWS has an invalid anti-replay nonce",
            "acme replay nonce rejected",
            "lets encrypt bad nonce retry",
            "acme nonce reused",
        ],
        code: 400,
        vendor: None,
        why: "RFC 8555 §6.5 requires 400 with error type badNonce when a nonce is missing or not \
              acceptable, and the response must carry a fresh Replay-Nonce so the client can \
              retry at once.",
        alternatives: &[Alternative {
            code: 405,
            when: "if the client sent a plain GET where a signed POST was needed",
        }],
    },
    Situation {
        id: "acme-rate-limited",
        title: "an ACME client exceeds the CA's rate limits",
        phrasings: &[
            "acme rate limited",
            "rateLimited",
            "lets encrypt too many certificates already issued",
            "acme too many new orders",
            "certbot rate limit error",
            "acme retry-after rate limit",
        ],
        code: 429,
        vendor: None,
        why: "RFC 8555 §6.6 fixes only the error type rateLimited and a Retry-After header, not \
              the number; 429 Too Many Requests (RFC 6585 §4) is the status that fits, and Let's \
              Encrypt's Boulder sends it.",
        alternatives: &[Alternative {
            code: 503,
            when: "if the whole CA is overloaded rather than this client over a limit",
        }],
    },
    Situation {
        id: "acme-get-request",
        title: "an ACME resource is fetched with GET instead of POST-as-GET",
        phrasings: &[
            "acme get request 405",
            "POST-as-GET",
            "acme fetch order with get",
            "acme get authorization url method not allowed",
            "acme unauthenticated get",
        ],
        code: 405,
        vendor: None,
        why: "RFC 8555 §6.3: apart from the directory and newNonce, a GET must fail with 405 \
              Method Not Allowed and error type malformed; resources are fetched with a signed \
              POST whose payload is empty.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the request was a POST but its JWS is malformed (malformed)",
        }],
    },
    Situation {
        id: "acme-wrong-content-type",
        title: "an ACME request is not sent as application/jose+json",
        phrasings: &[
            "acme content type application/json rejected",
            "application/jose+json required",
            "acme 415 unsupported media type",
            "acme post wrong content-type",
            "acme jws content type",
        ],
        code: 415,
        vendor: None,
        why: "RFC 8555 §6.2: ACME requests carry a flattened JWS and must say Content-Type: \
              application/jose+json, and a server must answer anything else with 415.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the type is right but the JWS inside it cannot be parsed (malformed)",
        }],
    },
    Situation {
        id: "acme-bad-signature-algorithm",
        title: "an ACME request is signed with an algorithm the server lacks",
        phrasings: &[
            "badSignatureAlgorithm",
            "acme unsupported jws alg",
            "acme signature algorithm not supported",
            "acme hs256 rejected",
            "acme key type not accepted",
        ],
        code: 400,
        vendor: None,
        why: "RFC 8555 §6.2 requires 400 with error type badSignatureAlgorithm, and the problem \
              document must list the supported algorithms in an \"algorithms\" field.",
        alternatives: &[Alternative {
            code: 401,
            when: "if the signature checks out but the account behind it is deactivated \
                       (unauthorized, RFC 8555 §7.3.6)",
        }],
    },
    Situation {
        id: "acme-account-does-not-exist",
        title: "an ACME lookup finds no account for the key (onlyReturnExisting)",
        phrasings: &[
            "accountDoesNotExist",
            "acme find account by key not found",
            "onlyReturnExisting no account",
            "acme account lookup 400",
            "acme account missing for key",
        ],
        code: 400,
        vendor: None,
        why: "RFC 8555 §7.3.1: a newAccount request with onlyReturnExisting set must fail with \
              400 and error type accountDoesNotExist when no account has that key.",
        alternatives: &[Alternative {
            code: 201,
            when: "if the client did not set onlyReturnExisting: a new account is created",
        }],
    },
    Situation {
        id: "acme-account-deactivated",
        title: "a deactivated ACME account keeps sending requests",
        phrasings: &[
            "acme account deactivated",
            "acme unauthorized deactivated account",
            "use acme account after deactivation",
            "acme account key compromised deactivate",
            "acme 401 unauthorized",
        ],
        code: 401,
        vendor: None,
        why: "RFC 8555 §7.3.6: once an account is deactivated, every POST or POST-as-GET from it \
              must get 401 with error type unauthorized.",
        alternatives: &[Alternative {
            code: 403,
            when: "if the account is active but may not issue for this identifier \
                       (rejectedIdentifier or unauthorized)",
        }],
    },
    Situation {
        id: "acme-order-not-ready",
        title: "an ACME order is finalized before it is ready",
        phrasings: &[
            "orderNotReady",
            "acme finalize order not ready",
            "finalize before challenges validated",
            "acme order pending finalize",
            "acme finalize 403",
        ],
        code: 403,
        vendor: None,
        why: "RFC 8555 §7.4 requires 403 with error type orderNotReady when the order being \
              finalized is not in the \"ready\" state; the client fetches the order to see what \
              is still missing.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the order is ready but the CSR is unacceptable (badCSR)",
        }],
    },
    Situation {
        id: "acme-terms-changed",
        title: "an ACME CA wants its new terms of service accepted first",
        phrasings: &[
            "userActionRequired",
            "acme terms of service changed",
            "acme agree to new terms",
            "termsOfServiceAgreed",
            "lets encrypt subscriber agreement updated",
        ],
        code: 403,
        vendor: None,
        why: "RFC 8555 §7.3.3 requires 403 with error type userActionRequired, a Link header with \
              the terms-of-service relation, and an instance URL for the person to visit.",
        alternatives: &[Alternative {
            code: 401,
            when: "if the account is deactivated rather than behind on the terms",
        }],
    },
    Situation {
        id: "acme-already-revoked",
        title: "an ACME revocation names a certificate already revoked",
        phrasings: &[
            "alreadyRevoked",
            "acme revoke certificate already revoked",
            "certbot revoke twice",
            "acme revokeCert 400",
            "revoke revoked certificate",
        ],
        code: 400,
        vendor: None,
        why: "RFC 8555 §7.6 answers the revocation of a certificate that is already revoked with \
              400 and error type alreadyRevoked.",
        alternatives: &[Alternative {
            code: 200,
            when: "if the revocation succeeded, which is the normal answer",
        }],
    },
    Situation {
        id: "acme-key-rollover-key-in-use",
        title: "an ACME key change names a key that another account uses",
        phrasings: &[
            "acme key rollover conflict",
            "acme keyChange 409",
            "new account key already registered",
            "acme account key change existing account",
            "keyChange key in use",
        ],
        code: 409,
        vendor: None,
        why: "RFC 8555 §7.3.5: if an account already exists with the new key, the server should \
              answer 409 Conflict and give that account's URL in the Location header.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the inner JWS of the key change is malformed or fails its checks",
        }],
    },
    Situation {
        id: "jsonapi-content-type-parameters",
        title: "a JSON:API request's media type has parameters other than ext or profile",
        phrasings: &[
            "json:api content-type with charset",
            "application/vnd.api+json; charset=utf-8 415",
            "jsonapi media type parameter rejected",
            "json api 415 unsupported media type",
            "vnd.api+json with version parameter",
        ],
        code: 415,
        vendor: None,
        why: "JSON:API 1.1 (Content Negotiation, server responsibilities) requires 415 when a \
              request's Content-Type is the JSON:API media type with any parameter other than ext \
              or profile.",
        alternatives: &[Alternative {
            code: 406,
            when: "if the parameters are on every JSON:API type in the Accept header instead",
        }],
    },
    Situation {
        id: "jsonapi-unsupported-extension",
        title: "a JSON:API request asks for an extension the server lacks",
        phrasings: &[
            "jsonapi ext parameter unsupported",
            "json:api atomic extension not supported",
            "vnd.api+json ext= 415",
            "unknown json api extension uri",
            "json api extension negotiation",
        ],
        code: 415,
        vendor: None,
        why: "JSON:API 1.1 requires 415 when the Content-Type's ext parameter names an extension \
              the server does not support; servers on version 1.0 answer 415 to any ext or \
              profile parameter.",
        alternatives: &[Alternative {
            code: 406,
            when: "if the unsupported extension appears on every JSON:API type in Accept",
        }],
    },
    Situation {
        id: "jsonapi-accept-only-with-parameters",
        title: "every JSON:API type in Accept carries parameters the server rejects",
        phrasings: &[
            "json:api 406 not acceptable",
            "accept application/vnd.api+json; version=2",
            "jsonapi accept header parameters",
            "json api accept unsupported extension",
            "vnd.api+json accept rejected",
        ],
        code: 406,
        vendor: None,
        why: "JSON:API 1.1 has servers ignore JSON:API types in Accept that carry parameters \
              other than ext or profile, and answer 406 when that leaves none, or when every one \
              names an unsupported extension.",
        alternatives: &[Alternative {
            code: 415,
            when: "if the offending parameters are on the request's Content-Type instead",
        }],
    },
    Situation {
        id: "jsonapi-create-type-mismatch",
        title: "a JSON:API POST sends a resource type the collection does not hold",
        phrasings: &[
            "json:api type mismatch on create",
            "post articles with type people",
            "jsonapi wrong type in data",
            "json api 409 type conflict",
            "resource object type not in collection",
        ],
        code: 409,
        vendor: None,
        why: "JSON:API 1.1 (Creating Resources, 409 Conflict) requires 409 when the resource \
              object's type is not among the types the collection endpoint holds.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the type member is missing entirely, which makes the document invalid",
        }],
    },
    Situation {
        id: "jsonapi-update-type-or-id-mismatch",
        title: "a JSON:API PATCH body's type or id differs from the URL",
        phrasings: &[
            "json:api patch id mismatch",
            "jsonapi id in body does not match url",
            "patch articles/1 with id 2",
            "json api update wrong type 409",
            "resource id mismatch json api",
        ],
        code: 409,
        vendor: None,
        why: "JSON:API 1.1 (Updating Resources, 409 Conflict) requires 409 when the resource \
              object's type or id does not match the endpoint.",
        alternatives: &[Alternative {
            code: 404,
            when: "if the resource named in the URL does not exist",
        }],
    },
    Situation {
        id: "jsonapi-client-id-unsupported",
        title: "a JSON:API create sends a client-generated ID the server refuses",
        phrasings: &[
            "json:api client generated id not supported",
            "post with id jsonapi 403",
            "jsonapi client side uuid rejected",
            "json api create with id forbidden",
            "server does not accept client ids",
        ],
        code: 403,
        vendor: None,
        why: "JSON:API 1.1 (Client-Generated IDs) requires 403 Forbidden for an unsupported \
              request to create a resource with a client-generated ID.",
        alternatives: &[Alternative {
            code: 409,
            when: "if client IDs are supported but this ID already exists",
        }],
    },
    Situation {
        id: "jsonapi-client-id-exists",
        title: "a JSON:API create uses a client-generated ID that already exists",
        phrasings: &[
            "json:api client generated id already exists",
            "jsonapi duplicate uuid on create",
            "post with existing id json api",
            "json api 409 id taken",
            "client id conflict jsonapi",
        ],
        code: 409,
        vendor: None,
        why: "JSON:API 1.1 (Creating Resources, 409 Conflict) requires 409 when a POST creates a \
              resource with a client-generated ID that already exists.",
        alternatives: &[Alternative {
            code: 403,
            when: "if the server does not accept client-generated IDs at all",
        }],
    },
    Situation {
        id: "jsonapi-include-unsupported",
        title: "a JSON:API include names a path the server cannot include",
        phrasings: &[
            "json:api include not supported",
            "jsonapi unknown include path",
            "include=comments.author 400",
            "json api compound document unsupported relationship",
            "invalid include parameter jsonapi",
        ],
        code: 400,
        vendor: None,
        why: "JSON:API 1.1 (Inclusion of Related Resources) requires 400 when an endpoint does \
              not support include, or cannot identify or include a requested relationship path.",
        alternatives: &[Alternative {
            code: 200,
            when: "if the path is supported but the relationship is empty: the document then \
                       carries an empty included array",
        }],
    },
    Situation {
        id: "jsonapi-sort-unsupported",
        title: "a JSON:API sort asks for an order the server does not support",
        phrasings: &[
            "json:api sort not supported",
            "jsonapi unknown sort field",
            "sort=-created 400 json api",
            "json api sorting unsupported",
            "invalid sort parameter jsonapi",
        ],
        code: 400,
        vendor: None,
        why: "JSON:API 1.1 (Sorting) requires 400 when the server does not support sorting as the \
              sort query parameter asks.",
        alternatives: &[Alternative {
            code: 200,
            when: "if the server supports that sort and returns the collection in the \
                       requested order",
        }],
    },
    Situation {
        id: "jsonapi-related-resource-missing",
        title: "a JSON:API create or update points at a related resource that is gone",
        phrasings: &[
            "json:api relationship to missing resource",
            "jsonapi related resource not found",
            "post with author id that does not exist",
            "json api 404 relationship",
            "dangling relationship json api",
        ],
        code: 404,
        vendor: None,
        why: "JSON:API 1.1 requires 404 Not Found when a create or update request references a \
              related resource that does not exist.",
        alternatives: &[Alternative {
            code: 422,
            when: "if your API already treats bad references in a body as invalid input, \
                       though JSON:API itself says 404",
        }],
    },
    Situation {
        id: "jsonapi-to-many-replace-refused",
        title: "a JSON:API server refuses to replace a whole to-many relationship",
        phrasings: &[
            "json:api replace all relationship members",
            "jsonapi patch to-many relationship forbidden",
            "full replacement of has many json api",
            "json api 403 relationship update",
            "replace tags relationship refused",
        ],
        code: 403,
        vendor: None,
        why: "JSON:API 1.1 (Updating a Resource's Relationships) lets a server refuse full \
              replacement of a to-many relationship; it must reject the whole update with 403 \
              Forbidden.",
        alternatives: &[Alternative {
            code: 409,
            when: "if the update would break another server-enforced constraint, which \
                       JSON:API allows to be a 409",
        }],
    },
    Situation {
        id: "tus-offset-mismatch",
        title: "a tus PATCH's Upload-Offset differs from the server's offset",
        phrasings: &[
            "tus upload offset mismatch",
            "Upload-Offset does not match",
            "tus resumable upload 409",
            "resume upload wrong offset",
            "tus patch conflict",
            "chunk sent at wrong offset",
        ],
        code: 409,
        vendor: None,
        why: "The tus protocol (core, PATCH) requires 409 Conflict when Upload-Offset is not the \
              resource's current offset, and the upload must stay unchanged; the client asks with \
              HEAD and resumes from there.",
        alternatives: &[Alternative {
            code: 404,
            when: "if the upload no longer exists; a server that tracks expired uploads \
                       answers 410 (tus Expiration extension)",
        }],
    },
    Situation {
        id: "tus-version-unsupported",
        title: "a tus client speaks a protocol version the server lacks",
        phrasings: &[
            "Tus-Resumable version not supported",
            "tus 412 precondition failed",
            "tus version mismatch",
            "tus-resumable header wrong version",
            "tus protocol version negotiation",
        ],
        code: 412,
        vendor: None,
        why: "The tus protocol (Tus-Resumable header) requires 412 Precondition Failed, a \
              Tus-Version header listing the versions the server speaks, and no processing of the \
              request.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the Tus-Resumable header is missing or unreadable rather than naming \
                       another version",
        }],
    },
    Situation {
        id: "tus-upload-expired",
        title: "a tus upload is resumed after the server has removed it",
        phrasings: &[
            "tus upload expired",
            "Upload-Expires passed",
            "resume expired tus upload",
            "tus 410 gone",
            "unfinished upload deleted by server",
            "tus upload url no longer valid",
        ],
        code: 410,
        vendor: None,
        why: "The tus Expiration extension answers a resumed upload the server removed with 404 \
              or 410, and 410 Gone when the server keeps track of expired uploads; either way the \
              client starts a new upload.",
        alternatives: &[Alternative {
            code: 404,
            when: "if the server does not remember uploads it has removed",
        }],
    },
    Situation {
        id: "tus-upload-too-large",
        title: "a tus upload's length exceeds the server's Tus-Max-Size",
        phrasings: &[
            "tus upload too large",
            "Tus-Max-Size exceeded",
            "tus 413",
            "Upload-Length over limit",
            "file bigger than tus max size",
        ],
        code: 413,
        vendor: None,
        why: "The tus Creation extension requires 413 when the upload's length exceeds the \
              maximum, which the server can advertise with Tus-Max-Size.",
        alternatives: &[Alternative {
            code: 507,
            when: "if the size is within the limit but the server has no room to store it now",
        }],
    },
    Situation {
        id: "tus-patch-wrong-content-type",
        title: "a tus PATCH is not sent as application/offset+octet-stream",
        phrasings: &[
            "tus patch content type",
            "application/offset+octet-stream required",
            "tus 415",
            "tus chunk wrong content-type",
            "tus upload application/octet-stream rejected",
        ],
        code: 415,
        vendor: None,
        why: "The tus protocol (core, PATCH) says every PATCH must use Content-Type: \
              application/offset+octet-stream and that the server should otherwise answer 415 \
              Unsupported Media Type.",
        alternatives: &[Alternative {
            code: 409,
            when: "if the type is right but the Upload-Offset does not match",
        }],
    },
    Situation {
        id: "tus-checksum-algorithm-unsupported",
        title: "a tus Upload-Checksum names an algorithm the server lacks",
        phrasings: &[
            "tus checksum algorithm not supported",
            "Upload-Checksum md5 rejected",
            "tus checksum 400",
            "Tus-Checksum-Algorithm",
            "tus checksum extension error",
        ],
        code: 400,
        vendor: None,
        why: "The tus Checksum extension answers an unsupported algorithm with 400 Bad Request \
              and discards the chunk; a checksum that does not match gets tus's own 460 Checksum \
              Mismatch, a number outside the IANA registry.",
        alternatives: &[Alternative {
            code: 204,
            when: "if the algorithm is supported and the checksum matches: the chunk is \
                       stored and the offset moves on",
        }],
    },
    Situation {
        id: "tus-patch-final-upload",
        title: "a tus PATCH is sent to a final, concatenated upload",
        phrasings: &[
            "tus patch final upload",
            "tus concatenation 403",
            "upload-concat final patch forbidden",
            "write to concatenated tus upload",
            "tus parallel upload final",
        ],
        code: 403,
        vendor: None,
        why: "The tus Concatenation extension requires 403 Forbidden for a PATCH against a final \
              upload, and neither it nor its partial uploads may change.",
        alternatives: &[Alternative {
            code: 409,
            when: "if the PATCH goes to a partial upload at the wrong offset",
        }],
    },
    Situation {
        id: "tus-terminate-upload",
        title: "a tus client terminates an upload with DELETE",
        phrasings: &[
            "tus delete upload",
            "cancel tus upload",
            "tus termination extension",
            "abort resumable upload",
            "tus delete 204",
        ],
        code: 204,
        vendor: None,
        why: "The tus Termination extension requires 204 No Content for a DELETE of an existing \
              upload, after which requests to that URL should get 404 or 410.",
        alternatives: &[
            Alternative {
                code: 404,
                when: "if the upload does not exist, or was already terminated",
            },
            Alternative {
                code: 410,
                when: "if the server remembers uploads that were terminated or expired",
            },
        ],
    },
    Situation {
        id: "tus-upload-created",
        title: "a tus upload is created with POST",
        phrasings: &[
            "tus create upload",
            "tus post upload-length",
            "tus creation extension 201",
            "tus location header new upload",
            "start resumable upload",
        ],
        code: 201,
        vendor: None,
        why: "The tus Creation extension requires 201 Created and a Location header with the new \
              upload's URL, to which the client then sends PATCH requests.",
        alternatives: &[
            Alternative {
                code: 413,
                when: "if the declared Upload-Length exceeds the server's maximum",
            },
            Alternative {
                code: 400,
                when: "if Upload-Defer-Length has any value other than 1",
            },
        ],
    },
    Situation {
        id: "tus-offset-check",
        title: "a tus client asks with HEAD how much of an upload has arrived",
        phrasings: &[
            "tus head request offset",
            "tus resume get offset",
            "how many bytes uploaded tus",
            "tus head response",
            "Upload-Offset head",
        ],
        code: 200,
        vendor: None,
        why: "The tus protocol (core, HEAD) answers with 200 or 204, always with Upload-Offset \
              even when it is 0, and with Cache-Control: no-store so no cache serves a stale \
              offset.",
        alternatives: &[
            Alternative {
                code: 204,
                when: "which tus allows just as well, since the answer lives in the headers",
            },
            Alternative {
                code: 404,
                when: "if the upload does not exist; tus also allows 410 or 403, without \
                       Upload-Offset",
            },
        ],
    },
];
