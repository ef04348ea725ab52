//! tus: its error names and the HTTP statuses its specification gives them, and those of the IETF
//! draft that grew out of it.

use super::{Direction, Entry, Source, Vocabulary};

pub static VOCABULARY: Vocabulary = Vocabulary {
    key: "tus",
    aliases: &["resumable-upload"],
    name: "tus",
    about: "tus resumable uploads: the statuses the tus 1.0 protocol and its extensions give, and those of the IETF Resumable Uploads for HTTP draft that grew out of it",
    entries: ENTRIES,
};

const TUS_RESUMABLE: Source = Source {
    document: "tus resumable upload protocol 1.0.x",
    section: Some("Tus-Resumable"),
    url: "https://tus.io/protocols/resumable-upload",
};

const HEAD: Source = Source {
    document: "tus resumable upload protocol 1.0.x",
    section: Some("HEAD"),
    url: "https://tus.io/protocols/resumable-upload",
};

const PATCH: Source = Source {
    document: "tus resumable upload protocol 1.0.x",
    section: Some("PATCH"),
    url: "https://tus.io/protocols/resumable-upload",
};

const CREATION: Source = Source {
    document: "tus resumable upload protocol 1.0.x",
    section: Some("Creation"),
    url: "https://tus.io/protocols/resumable-upload",
};

const EXPIRATION: Source = Source {
    document: "tus resumable upload protocol 1.0.x",
    section: Some("Expiration"),
    url: "https://tus.io/protocols/resumable-upload",
};

const CHECKSUM: Source = Source {
    document: "tus resumable upload protocol 1.0.x",
    section: Some("Checksum"),
    url: "https://tus.io/protocols/resumable-upload",
};

const TERMINATION: Source = Source {
    document: "tus resumable upload protocol 1.0.x",
    section: Some("Termination"),
    url: "https://tus.io/protocols/resumable-upload",
};

const CONCATENATION: Source = Source {
    document: "tus resumable upload protocol 1.0.x",
    section: Some("Concatenation"),
    url: "https://tus.io/protocols/resumable-upload",
};

const IETF_CREATION: Source = Source {
    document: "draft-ietf-httpbis-resumable-upload-11",
    section: Some("Section 4.2.2"),
    url: "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-11#section-4.2.2",
};

const IETF_APPEND: Source = Source {
    document: "draft-ietf-httpbis-resumable-upload-11",
    section: Some("Section 4.4.2"),
    url: "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-11#section-4.4.2",
};

const IETF_PROBLEM_TYPES: Source = Source {
    document: "draft-ietf-httpbis-resumable-upload-11",
    section: Some("Section 14.4"),
    url: "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-11#section-14.4",
};

const IETF_DRAFT: Option<&str> = Some("IETF resumable upload draft");

static ENTRIES: &[Entry] = &[
    Entry {
        name: "unsupported version",
        number: None,
        status: 412,
        direction: Direction::Sends,
        context: None,
        meaning: "The client's Tus-Resumable version is not one the server speaks; Tus-Version in the answer lists those it does.",
        source: TUS_RESUMABLE,
        quote: "If the version specified by the Client is not supported by the Server, it MUST respond with the 412 Precondition Failed status and MUST include the Tus-Version header into the response.",
    },
    Entry {
        name: "successful HEAD",
        number: None,
        status: 200,
        direction: Direction::Sends,
        context: Some("HEAD"),
        meaning: "The upload exists; Upload-Offset says how many bytes the server has, so the client resumes from there.",
        source: HEAD,
        quote: "The Server SHOULD acknowledge successful HEAD requests with a 200 OK or 204 No Content status.",
    },
    Entry {
        name: "successful HEAD",
        number: None,
        status: 204,
        direction: Direction::Sends,
        context: Some("HEAD"),
        meaning: "The upload exists; Upload-Offset says how many bytes the server has, so the client resumes from there.",
        source: HEAD,
        quote: "The Server SHOULD acknowledge successful HEAD requests with a 200 OK or 204 No Content status.",
    },
    Entry {
        name: "upload not found",
        number: None,
        status: 404,
        direction: Direction::Sends,
        context: Some("HEAD"),
        meaning: "There is no upload at this URL, so there is no offset to resume from; start a new upload.",
        source: HEAD,
        quote: "If the resource is not found, the Server SHOULD return either the 404 Not Found, 410 Gone or 403 Forbidden status without the Upload-Offset header.",
    },
    Entry {
        name: "upload not found",
        number: None,
        status: 410,
        direction: Direction::Sends,
        context: Some("HEAD"),
        meaning: "The upload that was at this URL is gone for good, so it cannot be resumed; start a new upload.",
        source: HEAD,
        quote: "If the resource is not found, the Server SHOULD return either the 404 Not Found, 410 Gone or 403 Forbidden status without the Upload-Offset header.",
    },
    Entry {
        name: "upload not found",
        number: None,
        status: 403,
        direction: Direction::Sends,
        context: Some("HEAD"),
        meaning: "The server will not show an upload at this URL, so it cannot be resumed; start a new upload.",
        source: HEAD,
        quote: "If the resource is not found, the Server SHOULD return either the 404 Not Found, 410 Gone or 403 Forbidden status without the Upload-Offset header.",
    },
    Entry {
        name: "wrong Content-Type",
        number: None,
        status: 415,
        direction: Direction::Sends,
        context: Some("PATCH"),
        meaning: "A PATCH carrying upload bytes must be sent as application/offset+octet-stream, and this one was not.",
        source: PATCH,
        quote: "All PATCH requests MUST use Content-Type: application/offset+octet-stream, otherwise the server SHOULD return a 415 Unsupported Media Type status.",
    },
    Entry {
        name: "offset mismatch",
        number: None,
        status: 409,
        direction: Direction::Sends,
        context: Some("PATCH"),
        meaning: "The PATCH's Upload-Offset is not where the upload stands now; ask HEAD for the real offset and resend from there.",
        source: PATCH,
        quote: "If the offsets do not match, the Server MUST respond with the 409 Conflict status without modifying the upload resource.",
    },
    Entry {
        name: "successful PATCH",
        number: None,
        status: 204,
        direction: Direction::Sends,
        context: Some("PATCH"),
        meaning: "The bytes were stored; Upload-Offset in the answer is the new offset to continue from.",
        source: PATCH,
        quote: "The Server MUST acknowledge successful PATCH requests with the 204 No Content status.",
    },
    Entry {
        name: "upload not found",
        number: None,
        status: 404,
        direction: Direction::Sends,
        context: Some("PATCH"),
        meaning: "The PATCH went to an upload URL that does not exist.",
        source: PATCH,
        quote: "If the server receives a PATCH request against a non-existent resource it SHOULD return a 404 Not Found status.",
    },
    Entry {
        name: "invalid Upload-Defer-Length",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: Some("creation"),
        meaning: "The creation request's Upload-Defer-Length is something other than 1, its only allowed value.",
        source: CREATION,
        quote: "If the Upload-Defer-Length header contains any other value than 1 the server should return a 400 Bad Request status.",
    },
    Entry {
        name: "upload too large",
        number: None,
        status: 413,
        direction: Direction::Sends,
        context: Some("creation"),
        meaning: "The Upload-Length asked for is bigger than the largest upload the server takes, which it may state in Tus-Max-Size.",
        source: CREATION,
        quote: "If the length of the upload exceeds the maximum, which MAY be specified using the Tus-Max-Size header, the Server MUST respond with the 413 Request Entity Too Large status.",
    },
    Entry {
        name: "successful upload creation",
        number: None,
        status: 201,
        direction: Direction::Sends,
        context: Some("creation"),
        meaning: "The upload resource was made; Location gives its URL, where the client sends the bytes with PATCH.",
        source: CREATION,
        quote: "The Server MUST acknowledge a successful upload creation with the 201 Created status. The Server MUST set the Location header to the URL of the created resource.",
    },
    Entry {
        name: "upload expired",
        number: None,
        status: 410,
        direction: Direction::Sends,
        context: Some("expiration"),
        meaning: "The unfinished upload passed its Upload-Expires time and was removed, and the server remembers it; start a new upload.",
        source: EXPIRATION,
        quote: "If a Client does attempt to resume an upload which has since been removed by the Server, the Server SHOULD respond with the404 Not Found or 410 Gone status. The latter one SHOULD be used if the Server is keeping track of expired uploads.",
    },
    Entry {
        name: "upload expired",
        number: None,
        status: 404,
        direction: Direction::Sends,
        context: Some("expiration"),
        meaning: "The unfinished upload expired and was removed, and the server keeps no trace of it; start a new upload.",
        source: EXPIRATION,
        quote: "If a Client does attempt to resume an upload which has since been removed by the Server, the Server SHOULD respond with the404 Not Found or 410 Gone status.",
    },
    Entry {
        name: "unsupported checksum algorithm",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: Some("checksum"),
        meaning: "Upload-Checksum names an algorithm the server does not support; the chunk is thrown away and the offset stays put.",
        source: CHECKSUM,
        quote: "400 Bad Request if the checksum algorithm is not supported by the server,",
    },
    Entry {
        name: "successful termination",
        number: None,
        status: 204,
        direction: Direction::Sends,
        context: Some("termination"),
        meaning: "The DELETE ended the upload and the server may free its storage; it cannot be resumed.",
        source: TERMINATION,
        quote: "When receiving a DELETE request for an existing upload the Server SHOULD free associated resources and MUST respond with the 204 No Content status confirming that the upload was terminated.",
    },
    Entry {
        name: "upload terminated",
        number: None,
        status: 404,
        direction: Direction::Sends,
        context: Some("termination"),
        meaning: "The upload at this URL was ended by a DELETE earlier, and the server keeps no trace of it.",
        source: TERMINATION,
        quote: "For all future requests to this URL, the Server SHOULD respond with the 404 Not Found or 410 Gone status.",
    },
    Entry {
        name: "upload terminated",
        number: None,
        status: 410,
        direction: Direction::Sends,
        context: Some("termination"),
        meaning: "The upload at this URL was ended by a DELETE earlier and is gone for good.",
        source: TERMINATION,
        quote: "For all future requests to this URL, the Server SHOULD respond with the 404 Not Found or 410 Gone status.",
    },
    Entry {
        name: "PATCH to final upload",
        number: None,
        status: 403,
        direction: Direction::Sends,
        context: Some("concatenation"),
        meaning: "A final upload is only the joining of partial uploads, so bytes cannot be sent to it directly.",
        source: CONCATENATION,
        quote: "The Server MUST respond with the 403 Forbidden status to PATCH requests against a final upload URL and MUST NOT modify the final or its partial uploads.",
    },
    Entry {
        name: "Upload Resumption Supported",
        number: None,
        status: 104,
        direction: Direction::Sends,
        context: IETF_DRAFT,
        meaning: "Interim answer: the server made an upload resource, named in Location, so the upload can be resumed if the connection drops.",
        source: IETF_CREATION,
        quote: "If so, it SHOULD announce the upload resource by sending an interim response with the 104 (Upload Resumption Supported) status code unless the server is not capable of sending interim responses.",
    },
    Entry {
        name: "successful upload creation",
        number: None,
        status: 201,
        direction: Direction::Sends,
        context: IETF_DRAFT,
        meaning: "The first part of an upload that is not yet complete arrived; Location names the upload resource to append the rest to.",
        source: IETF_CREATION,
        quote: "Servers are RECOMMENDED to use the 201 (Created) status code.",
    },
    Entry {
        name: "mismatching-upload-offset",
        number: None,
        status: 409,
        direction: Direction::Sends,
        context: IETF_DRAFT,
        meaning: "The append's Upload-Offset is not the upload's current offset; the answer carries the right one in Upload-Offset.",
        source: IETF_APPEND,
        quote: "If the Upload-Offset request header field value does not match the current offset (Section 4.1.1), the upload resource MUST reject the request with a 409 (Conflict) status code.",
    },
    Entry {
        name: "completed-upload",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: IETF_DRAFT,
        meaning: "The client tried to append to an upload that is already complete and can no longer change.",
        source: IETF_PROBLEM_TYPES,
        quote: "Title: Upload Is Completed Recommended HTTP status code: 400",
    },
    Entry {
        name: "completed-upload",
        number: None,
        status: 410,
        direction: Direction::Sends,
        context: IETF_DRAFT,
        meaning: "An empty append reached an upload that is complete and no longer available; Location may say where the result is.",
        source: IETF_APPEND,
        quote: "If the server retains knowledge of the upload resource but it is not available, the 410 (Gone) status code can be used; the response could also contain a Location header field to indicate the location of the completed upload.",
    },
    Entry {
        name: "inconsistent-upload-length",
        number: None,
        status: 400,
        direction: Direction::Sends,
        context: IETF_DRAFT,
        meaning: "Two length indications for the upload disagree, or data was appended past an upload that is already complete.",
        source: IETF_PROBLEM_TYPES,
        quote: "Title: Inconsistent Upload Length Values Recommended HTTP status code: 400",
    },
];
