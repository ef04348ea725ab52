//! ACME: its error names and the HTTP statuses its specification gives them.

use super::{Direction, Entry, Source, Vocabulary};

pub static VOCABULARY: Vocabulary = Vocabulary {
    key: "acme",
    aliases: &["rfc8555"],
    name: "ACME",
    about: "The error types of ACME, the certificate issuance protocol of RFC 8555 (Let's \
            Encrypt), where the RFC's text or examples give them a status",
    entries: ENTRIES,
};

const fn rfc8555(section: &'static str, url: &'static str) -> Source {
    Source {
        document: "RFC 8555",
        section: Some(section),
        url,
    }
}

static ENTRIES: &[Entry] = &[
    Entry {
        name: "badSignatureAlgorithm",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: None,
        meaning: "The request's JWS uses a signature algorithm the server does not support; the \
                  problem document lists the ones it does in \"algorithms\".",
        source: rfc8555("6.2", "https://www.rfc-editor.org/rfc/rfc8555#section-6.2"),
        quote: "If the client sends a JWS signed with an algorithm that the server does not \
                support, then the server MUST return an error with status code 400 (Bad \
                Request) and type \"urn:ietf:params:acme:error:badSignatureAlgorithm\".",
    },
    Entry {
        name: "badPublicKey",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: None,
        meaning: "The server supports the algorithm but rejects the public key in \"jwk\", for \
                  instance a modulus that is too small or a compromised key.",
        source: rfc8555("6.2", "https://www.rfc-editor.org/rfc/rfc8555#section-6.2"),
        quote: "If the server supports the signature algorithm \"alg\" but either does not \
                support or chooses to reject the public key \"jwk\", then the server MUST return \
                an error with status code 400 (Bad Request) and type \
                \"urn:ietf:params:acme:error:badPublicKey\".",
    },
    Entry {
        name: "malformed",
        number: None,
        status: 405,
        direction: Direction::Sends,
        context: Some("GET request"),
        meaning: "A plain GET where ACME wants a signed POST-as-GET; only the directory and \
                  newNonce resources accept GET.",
        source: rfc8555("6.3", "https://www.rfc-editor.org/rfc/rfc8555#section-6.3"),
        quote: "Except for the cases described in this section, if the server receives a GET \
                request, it MUST return an error with status code 405 (Method Not Allowed) and \
                type \"malformed\".",
    },
    Entry {
        name: "malformed",
        number: None,
        status: 403,
        direction: Direction::Sends,
        context: Some("subproblems example"),
        meaning: "In the RFC's example, an order naming identifiers the CA refuses is answered \
                  403, type malformed, with one subproblem per identifier.",
        source: rfc8555(
            "6.7.1",
            "https://www.rfc-editor.org/rfc/rfc8555#section-6.7.1",
        ),
        quote: "HTTP/1.1 403 Forbidden Content-Type: application/problem+json Link: \
                <https://example.com/acme/directory>;rel=\"index\" { \"type\": \
                \"urn:ietf:params:acme:error:malformed\", \"detail\": \"Some of the identifiers \
                requested were rejected\",",
    },
    Entry {
        name: "badNonce",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: None,
        meaning: "The request's anti-replay nonce is missing, used or unknown; retry with the \
                  fresh nonce in the error's Replay-Nonce header.",
        source: rfc8555("6.5", "https://www.rfc-editor.org/rfc/rfc8555#section-6.5"),
        quote: "When a server rejects a request because its nonce value was unacceptable (or not \
                present), it MUST provide HTTP status code 400 (Bad Request), and indicate the \
                ACME error type \"urn:ietf:params:acme:error:badNonce\".",
    },
    Entry {
        name: "accountDoesNotExist",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: Some("newAccount with onlyReturnExisting"),
        meaning: "The client asked for its existing account without creating one, and no account \
                  has that key.",
        source: rfc8555(
            "7.3.1",
            "https://www.rfc-editor.org/rfc/rfc8555#section-7.3.1",
        ),
        quote: "If a client sends such a request and an account does not exist, then the server \
                MUST return an error response with status code 400 (Bad Request) and type \
                \"urn:ietf:params:acme:error:accountDoesNotExist\".",
    },
    Entry {
        name: "userActionRequired",
        number: None,
        status: 403,
        direction: Direction::Sends,
        context: Some("changed terms of service"),
        meaning: "A person must act first, such as agree to new terms of service, at the URL in \
                  the error's \"instance\" field.",
        source: rfc8555(
            "7.3.3",
            "https://www.rfc-editor.org/rfc/rfc8555#section-7.3.3",
        ),
        quote: "If the server has changed its terms of service since a client initially agreed, \
                and the server is unwilling to process a request without explicit agreement to \
                the new terms, then it MUST return an error response with status code 403 \
                (Forbidden) and type \"urn:ietf:params:acme:error:userActionRequired\".",
    },
    Entry {
        name: "unauthorized",
        number: None,
        status: 401,
        direction: Direction::Sends,
        context: Some("deactivated account"),
        meaning: "The request comes from an account that was deactivated; ACME has no way to \
                  reactivate it.",
        source: rfc8555(
            "7.3.6",
            "https://www.rfc-editor.org/rfc/rfc8555#section-7.3.6",
        ),
        quote: "If a server receives a POST or POST-as-GET from a deactivated account, it MUST \
                return an error response with status code 401 (Unauthorized) and type \
                \"urn:ietf:params:acme:error:unauthorized\".",
    },
    Entry {
        name: "orderNotReady",
        number: None,
        status: 403,
        direction: Direction::Sends,
        context: Some("finalize"),
        meaning: "The client tried to finalize an order that is not in the \"ready\" state; \
                  fetch the order to see what it still needs.",
        source: rfc8555("7.4", "https://www.rfc-editor.org/rfc/rfc8555#section-7.4"),
        quote: "A request to finalize an order will result in error if the order is not in the \
                \"ready\" state. In such cases, the server MUST return a 403 (Forbidden) error \
                with a problem document of type \"orderNotReady\".",
    },
    Entry {
        name: "alreadyRevoked",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: Some("revokeCert"),
        meaning: "The certificate the client asked to revoke has been revoked already.",
        source: rfc8555("7.6", "https://www.rfc-editor.org/rfc/rfc8555#section-7.6"),
        quote: "For example, if the certificate has already been revoked, the server returns an \
                error response with status code 400 (Bad Request) and type \
                \"urn:ietf:params:acme:error:alreadyRevoked\".",
    },
    Entry {
        name: "unauthorized",
        number: None,
        status: 403,
        direction: Direction::Sends,
        context: Some("revokeCert example"),
        meaning: "In the RFC's revocation example, a key that may not revoke the certificate is \
                  answered 403 with type unauthorized.",
        source: rfc8555("7.6", "https://www.rfc-editor.org/rfc/rfc8555#section-7.6"),
        quote: "HTTP/1.1 403 Forbidden Replay-Nonce: lXfyFzi6238tfPQRwgfmPU Content-Type: \
                application/problem+json Content-Language: en Link: \
                <https://example.com/acme/directory>;rel=\"index\" { \"type\": \
                \"urn:ietf:params:acme:error:unauthorized\",",
    },
];
