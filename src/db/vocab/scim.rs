//! SCIM 2.0: its error names and the HTTP statuses its specification gives them.

use super::{Direction, Entry, Source, Vocabulary};

pub static VOCABULARY: Vocabulary = Vocabulary {
    key: "scim",
    aliases: &[],
    name: "SCIM 2.0",
    about: "SCIM 2.0 error keywords (scimType) and bulk limits: the HTTP status RFC 7644 gives each, from its §3.12 tables and the sections that use them",
    entries: ENTRIES,
};

const CREATING: Source = Source {
    document: "RFC 7644",
    section: Some("3.3"),
    url: "https://www.rfc-editor.org/rfc/rfc7644",
};

const QUERY_ENDPOINTS: Source = Source {
    document: "RFC 7644",
    section: Some("3.4.2.1"),
    url: "https://www.rfc-editor.org/rfc/rfc7644",
};

const FILTERING: Source = Source {
    document: "RFC 7644",
    section: Some("3.4.2.2"),
    url: "https://www.rfc-editor.org/rfc/rfc7644",
};

const REPLACING: Source = Source {
    document: "RFC 7644",
    section: Some("3.5.1"),
    url: "https://www.rfc-editor.org/rfc/rfc7644",
};

const REMOVING: Source = Source {
    document: "RFC 7644",
    section: Some("3.5.2.2"),
    url: "https://www.rfc-editor.org/rfc/rfc7644",
};

const BULK_ERRORS: Source = Source {
    document: "RFC 7644",
    section: Some("3.7.3"),
    url: "https://www.rfc-editor.org/rfc/rfc7644",
};

const MAXIMUM_OPERATIONS: Source = Source {
    document: "RFC 7644",
    section: Some("3.7.4"),
    url: "https://www.rfc-editor.org/rfc/rfc7644",
};

const STATUS_HANDLING: Source = Source {
    document: "RFC 7644",
    section: Some("3.12"),
    url: "https://www.rfc-editor.org/rfc/rfc7644",
};

const VERSIONING: Source = Source {
    document: "RFC 7644",
    section: Some("3.14"),
    url: "https://www.rfc-editor.org/rfc/rfc7644",
};

const SENSITIVE_URIS: Source = Source {
    document: "RFC 7644",
    section: Some("7.5.2"),
    url: "https://www.rfc-editor.org/rfc/rfc7644",
};

static ENTRIES: &[Entry] = &[
    Entry {
        name: "invalidFilter",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: None,
        meaning: "The filter is malformed, uses an operator the server does not know, or compares an attribute in a way it does not support.",
        source: FILTERING,
        quote: "Providers MUST decline to filter results if the specified filter operation is not recognized and return an HTTP 400 error with a \"scimType\" error of \"invalidFilter\"",
    },
    Entry {
        name: "tooMany",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: None,
        meaning: "The query would match more results than the server is willing to compute, such as a search across every resource type.",
        source: QUERY_ENDPOINTS,
        quote: "If a SCIM service provider determines that too many results would be returned (e.g., because a client queried a resource type endpoint or the server base URI), the server SHALL reject the request by returning an HTTP response with HTTP status code 400 (Bad Request) and JSON attribute \"scimType\" set to \"tooMany\" (see Table 9).",
    },
    Entry {
        name: "uniqueness",
        number: None,
        status: 409,
        direction: Direction::Sends,
        context: Some("create (POST)"),
        meaning: "Creating the resource would duplicate a value that must be unique, such as a userName already in use.",
        source: CREATING,
        quote: "If the service provider determines that the creation of the requested resource conflicts with existing resources (e.g., a \"User\" resource with a duplicate \"userName\"), the service provider MUST return HTTP status code 409 (Conflict) with a \"scimType\" error code of \"uniqueness\", as per Section 3.12.",
    },
    Entry {
        name: "uniqueness",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: None,
        meaning: "An attribute value in the request is already taken or reserved.",
        source: STATUS_HANDLING,
        quote: "| uniqueness    | One or more of the attribute   | POST (Create -   |",
    },
    Entry {
        name: "mutability",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: None,
        meaning: "The change breaks the attribute's mutability, such as a different value for an immutable or read-only attribute.",
        source: REPLACING,
        quote: "immutable  If one or more values are already set for the attribute, the input value(s) MUST match, or HTTP status code 400 SHOULD be returned with a \"scimType\" error code of \"mutability\".",
    },
    Entry {
        name: "invalidSyntax",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: None,
        meaning: "The request body is not well-formed SCIM: its structure is wrong or it breaks the request schema.",
        source: BULK_ERRORS,
        quote: "\"status\": \"400\", \"response\":{ \"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:Error\"], \"scimType\":\"invalidSyntax\"",
    },
    Entry {
        name: "invalidPath",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: None,
        meaning: "A PATCH operation's path attribute is malformed.",
        source: STATUS_HANDLING,
        quote: "| invalidPath   | The \"path\" attribute was       | PATCH (Section   |",
    },
    Entry {
        name: "noTarget",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: None,
        meaning: "A PATCH path selects nothing to operate on, or a remove operation came without a path.",
        source: REMOVING,
        quote: "If \"path\" is unspecified, the operation fails with HTTP status code 400 and a \"scimType\" error code of \"noTarget\".",
    },
    Entry {
        name: "invalidValue",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: None,
        meaning: "A required value is missing, or a value does not fit the attribute's type, the operation or the resource schema.",
        source: STATUS_HANDLING,
        quote: "| invalidValue  | A required value was missing,  | GET (Section     |",
    },
    Entry {
        name: "invalidVers",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: None,
        meaning: "The server does not support the SCIM protocol version the request asked for.",
        source: STATUS_HANDLING,
        quote: "| invalidVers   | The specified SCIM protocol    | GET (Section     |",
    },
    Entry {
        name: "sensitive",
        number: None,
        status: 403,
        direction: Direction::Sends,
        context: None,
        meaning: "A GET carried personal or confidential data in its URL filter; the query has to be sent as a POST search instead.",
        source: SENSITIVE_URIS,
        quote: "Servers that receive HTTP GET requests using filters that contain sensitive or confidential personal information SHOULD respond with HTTP status code 403 to indicate that the operation is forbidden.  A \"scimType\" error code of \"sensitive\" may be returned to indicate that the request must be submitted using POST.",
    },
    Entry {
        name: "sensitive",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: None,
        meaning: "The request put sensitive data, such as personal information, in its URL and cannot be completed.",
        source: STATUS_HANDLING,
        quote: "| sensitive     | The specified request cannot   | GET (Section     |",
    },
    Entry {
        name: "maxOperations",
        number: None,
        status: 413,
        direction: Direction::Sends,
        context: Some("bulk"),
        meaning: "A bulk request holds more operations than the server's advertised maximum.",
        source: STATUS_HANDLING,
        quote: "| 413 (Payload   | POST          | {\"maxOperations\":                |",
    },
    Entry {
        name: "maxPayloadSize",
        number: None,
        status: 413,
        direction: Direction::Sends,
        context: Some("bulk"),
        meaning: "A bulk request body is larger than the server's advertised maximum size in bytes.",
        source: MAXIMUM_OPERATIONS,
        quote: "\"status\": \"413\", \"detail\": \"The size of the bulk operation exceeds the maxPayloadSize (1048576).\"",
    },
    Entry {
        name: "If-Match",
        number: None,
        status: 412,
        direction: Direction::Sends,
        context: Some("versioned resource"),
        meaning: "A PUT or PATCH whose If-Match ETag no longer matches fails: the resource changed on the server since it was read.",
        source: VERSIONING,
        quote: "the client MAY supply an If-Match header (Section 3.1 of [RFC7232]) for PUT and PATCH operations to ensure that the requested operation succeeds only if the supplied ETag matches the latest service provider resource",
    },
];
