//! The usual REST operations with the success and error codes each commonly returns.

/// One operation on a resource, as an API would expose it.
#[derive(Debug)]
pub struct Operation {
    /// "Create a resource".
    pub name: &'static str,
    pub method: &'static str,
    /// An example path: "/users/{id}".
    pub path: &'static str,
    /// Success codes, the usual one first.
    pub success: &'static [u16],
    /// A sentence on the success code choice.
    pub success_note: &'static str,
    /// Error codes the operation commonly returns.
    pub errors: &'static [u16],
}

pub static OPERATIONS: &[Operation] = &[
    Operation {
        name: "List a collection",
        method: "GET",
        path: "/users",
        success: &[200],
        success_note: "200 with an array, and an empty array when nothing matches: an empty list is \
                       still a found collection, never a 404.",
        errors: &[400, 401, 403, 406, 429, 500, 503],
    },
    Operation {
        name: "Read one resource",
        method: "GET",
        path: "/users/{id}",
        success: &[200, 304],
        success_note: "200 with the representation and an ETag; 304 with no body when a conditional \
                       GET's If-None-Match still matches.",
        errors: &[401, 403, 404, 406, 410, 429, 500],
    },
    Operation {
        name: "Create a resource",
        method: "POST",
        path: "/users",
        success: &[201, 200, 303],
        success_note: "201 with Location pointing at the new resource (RFC 9110 §9.3.3); when an equal \
                       resource already existed, 303 to it, or 200 when replaying an idempotent retry.",
        errors: &[400, 401, 403, 409, 413, 415, 422, 429, 500],
    },
    Operation {
        name: "Replace a resource",
        method: "PUT",
        path: "/users/{id}",
        success: &[200, 204, 201],
        success_note: "200 with the stored representation or 204 without a body; 201 if the PUT created \
                       the resource (RFC 9110 §9.3.4).",
        errors: &[400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 429, 500],
    },
    Operation {
        name: "Update part of a resource",
        method: "PATCH",
        path: "/users/{id}",
        success: &[200, 204],
        success_note: "200 with the updated representation, or 204 when the client does not need it \
                       back.",
        errors: &[400, 401, 403, 404, 409, 412, 415, 422, 428, 429, 500],
    },
    Operation {
        name: "Delete a resource",
        method: "DELETE",
        path: "/users/{id}",
        success: &[204, 200, 202],
        success_note: "204 when done with nothing to say, 200 with a body describing the result, 202 when \
                       the deletion is queued but not yet done (RFC 9110 §9.3.5).",
        errors: &[401, 403, 404, 409, 412, 429, 500],
    },
    Operation {
        name: "Start asynchronous work",
        method: "POST",
        path: "/jobs",
        success: &[202],
        success_note: "202 with a status resource in Location (and usually in the body) that the client \
                       polls; that resource later reports the result or links to it.",
        errors: &[400, 401, 403, 409, 413, 415, 422, 429, 500, 503],
    },
    Operation {
        name: "Check existence or metadata",
        method: "HEAD",
        path: "/users/{id}",
        success: &[200, 304],
        success_note: "The same status and headers a GET would get, without the body (RFC 9110 §9.3.2); \
                       304 when a conditional HEAD's validator still matches.",
        errors: &[401, 403, 404, 410, 429, 500],
    },
    Operation {
        name: "Discover methods or answer a CORS preflight",
        method: "OPTIONS",
        path: "/users",
        success: &[204, 200],
        success_note: "204 (or 200) with Allow, and for a CORS preflight the Access-Control-Allow-* \
                       headers; preflights carry no credentials, so never demand authentication here.",
        errors: &[403, 404, 405, 500],
    },
];
