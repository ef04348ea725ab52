//! OAuth 2.0: its error names and the HTTP statuses its specification gives them.

use super::{Direction, Entry, Source, Vocabulary};

pub static VOCABULARY: Vocabulary = Vocabulary {
    key: "oauth",
    aliases: &["oauth2"],
    name: "OAuth 2.0",
    about: "The error codes of OAuth 2.0 (RFC 6749) and its bearer token, device flow, \
            revocation and introspection RFCs, with the status each RFC gives them",
    entries: ENTRIES,
};

const RFC6749_TOKEN: Source = Source {
    document: "RFC 6749",
    section: Some("5.2"),
    url: "https://www.rfc-editor.org/rfc/rfc6749#section-5.2",
};

const RFC6749_AUTHORIZE: Source = Source {
    document: "RFC 6749",
    section: Some("4.1.2.1"),
    url: "https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1",
};

const RFC6750: Source = Source {
    document: "RFC 6750",
    section: Some("3.1"),
    url: "https://www.rfc-editor.org/rfc/rfc6750#section-3.1",
};

const RFC8628: Source = Source {
    document: "RFC 8628",
    section: Some("3.5"),
    url: "https://www.rfc-editor.org/rfc/rfc8628#section-3.5",
};

const TOKEN: Option<&str> = Some("token endpoint");
const AUTHORIZE: Option<&str> = Some("authorization endpoint (in the redirect)");
const RESOURCE: Option<&str> = Some("protected resource");
const DEVICE: Option<&str> = Some("token endpoint (device flow)");
const REVOCATION: Option<&str> = Some("revocation endpoint");
const INTROSPECTION: Option<&str> = Some("introspection endpoint");

/// RFC 6749 §5.2 gives every token endpoint error 400 unless it says otherwise.
const TOKEN_DEFAULT: &str = "The authorization server responds with an HTTP 400 (Bad Request) \
                             status code (unless specified otherwise) and includes the following \
                             parameters with the response";

/// RFC 6749 §4.1.2.1: authorization endpoint errors travel as parameters of the redirect.
const REDIRECT_RULE: &str = "If the resource owner denies the access request or if the request \
                             fails for reasons other than a missing or invalid redirection URI, \
                             the authorization server informs the client by adding the following \
                             parameters to the query component of the redirection URI";

/// RFC 8628 §3.5: the device flow's codes are token endpoint errors in the RFC 6749 §5.2 form.
const DEVICE_RULE: &str = "In addition to the error codes defined in Section 5.2 of [RFC6749], \
                           the following error codes are specified for use with the device \
                           authorization grant in token endpoint responses";

static ENTRIES: &[Entry] = &[
    Entry {
        name: "invalid_request",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: TOKEN,
        meaning: "The token request is malformed: a required parameter is missing, a value is \
                  unsupported, a parameter repeats, or several credentials are sent.",
        source: RFC6749_TOKEN,
        quote: "The authorization server responds with an HTTP 400 (Bad Request) status code \
                (unless specified otherwise) and includes the following parameters with the \
                response: error REQUIRED. A single ASCII [USASCII] error code from the \
                following: invalid_request",
    },
    Entry {
        name: "invalid_client",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: TOKEN,
        meaning: "Client authentication failed (unknown client, no credentials, unsupported \
                  method); 400 by default, though the server may answer 401 instead.",
        source: RFC6749_TOKEN,
        quote: "invalid_client Client authentication failed (e.g., unknown client, no client \
                authentication included, or unsupported authentication method). The \
                authorization server MAY return an HTTP 401 (Unauthorized) status code to \
                indicate which HTTP authentication schemes are supported.",
    },
    Entry {
        name: "invalid_client",
        number: None,
        status: 401,
        direction: Direction::Sends,
        context: Some("token endpoint, client authenticated with the Authorization header"),
        meaning: "Client authentication sent in the Authorization header failed; the answer \
                  must be 401 with a WWW-Authenticate header for the scheme the client used.",
        source: RFC6749_TOKEN,
        quote: "If the client attempted to authenticate via the \"Authorization\" request header \
                field, the authorization server MUST respond with an HTTP 401 (Unauthorized) \
                status code and include the \"WWW-Authenticate\" response header field matching \
                the authentication scheme used by the client.",
    },
    Entry {
        name: "invalid_grant",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: TOKEN,
        meaning: "The authorization code, password or refresh token is invalid, expired or \
                  revoked, was issued to another client, or the redirect URI does not match.",
        source: RFC6749_TOKEN,
        quote: TOKEN_DEFAULT,
    },
    Entry {
        name: "unauthorized_client",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: TOKEN,
        meaning: "The client authenticated, but it may not use this grant type.",
        source: RFC6749_TOKEN,
        quote: TOKEN_DEFAULT,
    },
    Entry {
        name: "unsupported_grant_type",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: TOKEN,
        meaning: "The authorization server does not support the grant type the client asked \
                  for.",
        source: RFC6749_TOKEN,
        quote: TOKEN_DEFAULT,
    },
    Entry {
        name: "invalid_scope",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: TOKEN,
        meaning: "The requested scope is invalid, unknown or malformed, or goes beyond what the \
                  resource owner granted.",
        source: RFC6749_TOKEN,
        quote: TOKEN_DEFAULT,
    },
    Entry {
        name: "invalid_request",
        number: None,
        status: 302,
        direction: Direction::Sends,
        context: AUTHORIZE,
        meaning: "The authorization request is malformed; the error rides as a parameter on the \
                  redirect back to the client (the RFC's example is a 302).",
        source: RFC6749_AUTHORIZE,
        quote: "the authorization server informs the client by adding the following parameters \
                to the query component of the redirection URI using the \
                \"application/x-www-form-urlencoded\" format, per Appendix B: error REQUIRED. A \
                single ASCII [USASCII] error code from the following: invalid_request",
    },
    Entry {
        name: "unauthorized_client",
        number: None,
        status: 302,
        direction: Direction::Sends,
        context: AUTHORIZE,
        meaning: "The client may not get an authorization code this way; the error rides on the \
                  redirect back to the client (the RFC's example is a 302).",
        source: RFC6749_AUTHORIZE,
        quote: REDIRECT_RULE,
    },
    Entry {
        name: "access_denied",
        number: None,
        status: 302,
        direction: Direction::Sends,
        context: AUTHORIZE,
        meaning: "The resource owner or the authorization server refused; the error rides on the \
                  redirect back to the client, as in the RFC's 302 example.",
        source: RFC6749_AUTHORIZE,
        quote: "For example, the authorization server redirects the user-agent by sending the \
                following HTTP response: HTTP/1.1 302 Found Location: \
                https://client.example.com/cb?error=access_denied&state=xyz",
    },
    Entry {
        name: "unsupported_response_type",
        number: None,
        status: 302,
        direction: Direction::Sends,
        context: AUTHORIZE,
        meaning: "The server does not issue authorization codes this way; the error rides on the \
                  redirect back to the client (the RFC's example is a 302).",
        source: RFC6749_AUTHORIZE,
        quote: REDIRECT_RULE,
    },
    Entry {
        name: "invalid_scope",
        number: None,
        status: 302,
        direction: Direction::Sends,
        context: AUTHORIZE,
        meaning: "The requested scope is invalid, unknown or malformed; the error rides on the \
                  redirect back to the client (the RFC's example is a 302).",
        source: RFC6749_AUTHORIZE,
        quote: REDIRECT_RULE,
    },
    Entry {
        name: "server_error",
        number: None,
        status: 302,
        direction: Direction::Sends,
        context: AUTHORIZE,
        meaning: "The server hit an unexpected condition; it stands in for a 500, which cannot \
                  reach the client through the redirect that carries the error.",
        source: RFC6749_AUTHORIZE,
        quote: "server_error The authorization server encountered an unexpected condition that \
                prevented it from fulfilling the request. (This error code is needed because a \
                500 Internal Server Error HTTP status code cannot be returned to the client via \
                an HTTP redirect.)",
    },
    Entry {
        name: "temporarily_unavailable",
        number: None,
        status: 302,
        direction: Direction::Sends,
        context: AUTHORIZE,
        meaning: "The server is overloaded or in maintenance; it stands in for a 503, which \
                  cannot reach the client through the redirect that carries the error.",
        source: RFC6749_AUTHORIZE,
        quote: "temporarily_unavailable The authorization server is currently unable to handle \
                the request due to a temporary overloading or maintenance of the server. (This \
                error code is needed because a 503 Service Unavailable HTTP status code cannot \
                be returned to the client via an HTTP redirect.)",
    },
    Entry {
        name: "invalid_request",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: RESOURCE,
        meaning: "The request to the resource is malformed, for instance it carries the access \
                  token in more than one way.",
        source: RFC6750,
        quote: "invalid_request The request is missing a required parameter, includes an \
                unsupported parameter or parameter value, repeats the same parameter, uses more \
                than one method for including an access token, or is otherwise malformed. The \
                resource server SHOULD respond with the HTTP 400 (Bad Request) status code.",
    },
    Entry {
        name: "invalid_token",
        number: None,
        status: 401,
        direction: Direction::Sends,
        context: RESOURCE,
        meaning: "The access token is expired, revoked, malformed or otherwise invalid; the \
                  client may get a new token and retry.",
        source: RFC6750,
        quote: "invalid_token The access token provided is expired, revoked, malformed, or \
                invalid for other reasons. The resource SHOULD respond with the HTTP 401 \
                (Unauthorized) status code.",
    },
    Entry {
        name: "insufficient_scope",
        number: None,
        status: 403,
        direction: Direction::Sends,
        context: RESOURCE,
        meaning: "The access token is valid but lacks the scope the request needs; the response \
                  may name the scope required.",
        source: RFC6750,
        quote: "insufficient_scope The request requires higher privileges than provided by the \
                access token. The resource server SHOULD respond with the HTTP 403 (Forbidden) \
                status code",
    },
    Entry {
        name: "authorization_pending",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: DEVICE,
        meaning: "The user has not finished approving on the other device yet; keep polling at \
                  the interval. An RFC 6749 §5.2 error, so 400.",
        source: RFC8628,
        quote: "In addition to the error codes defined in Section 5.2 of [RFC6749], the \
                following error codes are specified for use with the device authorization grant \
                in token endpoint responses: authorization_pending The authorization request is \
                still pending as the end user hasn't yet completed the user-interaction steps \
                (Section 3.3).",
    },
    Entry {
        name: "slow_down",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: DEVICE,
        meaning: "Still pending, and the client polls too often: add 5 seconds to the interval \
                  from now on. An RFC 6749 §5.2 error, so 400.",
        source: RFC8628,
        quote: DEVICE_RULE,
    },
    Entry {
        name: "access_denied",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: DEVICE,
        meaning: "The user turned the device's authorization request down; stop polling. An RFC \
                  6749 §5.2 error, so 400.",
        source: RFC8628,
        quote: DEVICE_RULE,
    },
    Entry {
        name: "expired_token",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: DEVICE,
        meaning: "The device code expired and the session is over; start a new device request \
                  when the user is back. An RFC 6749 §5.2 error, so 400.",
        source: RFC8628,
        quote: DEVICE_RULE,
    },
    Entry {
        name: "invalid token",
        number: None,
        status: 200,
        direction: Direction::Sends,
        context: REVOCATION,
        meaning: "Revoking a token the server does not know is no error: it answers 200 as for a \
                  real revocation. The RFC gives this case no error name.",
        source: Source {
            document: "RFC 7009",
            section: Some("2.2"),
            url: "https://www.rfc-editor.org/rfc/rfc7009#section-2.2",
        },
        quote: "The authorization server responds with HTTP status code 200 if the token has \
                been revoked successfully or if the client submitted an invalid token. Note: \
                invalid tokens do not cause an error response since the client cannot handle \
                such an error in a reasonable way.",
    },
    Entry {
        name: "unsupported_token_type",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: REVOCATION,
        meaning: "The server cannot revoke this kind of token (say, access tokens). Its errors \
                  follow RFC 6749 §5.2, whose default status is 400.",
        source: Source {
            document: "RFC 7009",
            section: Some("2.2.1"),
            url: "https://www.rfc-editor.org/rfc/rfc7009#section-2.2.1",
        },
        quote: "The error presentation conforms to the definition in Section 5.2 of [RFC6749]. \
                The following additional error code is defined for the token revocation \
                endpoint: unsupported_token_type: The authorization server does not support the \
                revocation of the presented token type.",
    },
    Entry {
        name: "active: false",
        number: None,
        status: 200,
        direction: Direction::Sends,
        context: INTROSPECTION,
        meaning: "An inactive, unknown or hidden token is no error: a normal 200 answer says \
                  \"active\": false. The RFC gives this case no error name.",
        source: Source {
            document: "RFC 7662",
            section: Some("2.2"),
            url: "https://www.rfc-editor.org/rfc/rfc7662#section-2.2",
        },
        quote: "The following is a non-normative example response for a token that has been \
                revoked or is otherwise invalid: HTTP/1.1 200 OK Content-Type: application/json \
                { \"active\": false }",
    },
    Entry {
        name: "invalid_client",
        number: None,
        status: 401,
        direction: Direction::Sends,
        context: INTROSPECTION,
        meaning: "The caller's client credentials are invalid. RFC 7662 names no error; it \
                  points to RFC 6749 §5.2, where this failure is invalid_client.",
        source: Source {
            document: "RFC 7662",
            section: Some("2.3"),
            url: "https://www.rfc-editor.org/rfc/rfc7662#section-2.3",
        },
        quote: "If the protected resource uses OAuth 2.0 client credentials to authenticate to \
                the introspection endpoint and its credentials are invalid, the authorization \
                server responds with an HTTP 401 (Unauthorized) as described in Section 5.2 of \
                OAuth 2.0 [RFC6749].",
    },
    Entry {
        name: "invalid_token",
        number: None,
        status: 401,
        direction: Direction::Sends,
        context: INTROSPECTION,
        meaning: "The caller's bearer token is invalid or lacks privileges. RFC 7662 names no \
                  error; it points to RFC 6750 §3, whose 401 error is invalid_token.",
        source: Source {
            document: "RFC 7662",
            section: Some("2.3"),
            url: "https://www.rfc-editor.org/rfc/rfc7662#section-2.3",
        },
        quote: "If the protected resource uses an OAuth 2.0 bearer token to authorize its call \
                to the introspection endpoint and the token used for authorization does not \
                contain sufficient privileges or is otherwise invalid for this request, the \
                authorization server responds with an HTTP 401 code as described in Section 3 of \
                OAuth 2.0 Bearer Token Usage [RFC6750].",
    },
];
