//! WebDAV: its error names and the HTTP statuses its specification gives them.

use super::{Direction, Entry, Source, Vocabulary};

pub static VOCABULARY: Vocabulary = Vocabulary {
    key: "webdav",
    aliases: &["dav", "rfc4918"],
    name: "WebDAV",
    about: "WebDAV methods and error conditions with the statuses RFC 4918 gives them: \
            the status codes listed for each method and the precondition codes of §16.",
    entries: ENTRIES,
};

const fn rfc4918(section: &'static str) -> Source {
    Source {
        document: "RFC 4918",
        section: Some(section),
        url: "https://www.rfc-editor.org/rfc/rfc4918",
    }
}

/// A status a WebDAV server answers with; `context` says which case of the name it is.
const fn sends(
    name: &'static str,
    status: u16,
    context: Option<&'static str>,
    meaning: &'static str,
    section: &'static str,
    quote: &'static str,
) -> Entry {
    Entry {
        name,
        number: None,
        status,
        direction: Direction::Sends,
        context,
        meaning,
        source: rfc4918(section),
        quote,
    }
}

static ENTRIES: &[Entry] = &[
    // PROPFIND
    sends(
        "PROPFIND",
        403,
        Some("Depth: infinity refused"),
        "The server will not walk a whole collection tree in one PROPFIND; ask with Depth 0 or 1.",
        "9.1.1",
        "403 Forbidden - A server MAY reject PROPFIND requests on collections with depth header \
         of \"Infinity\", in which case it SHOULD use this error with the precondition code \
         'propfind-finite-depth' inside the error body.",
    ),
    sends(
        "PROPFIND",
        200,
        Some("propstat: property found"),
        "Inside the 207 body: the property exists and its value is given.",
        "9.1.2",
        "200 OK - A property exists and/or its value is successfully returned.",
    ),
    sends(
        "PROPFIND",
        401,
        Some("propstat: property needs credentials"),
        "Inside the 207 body: the property stays hidden until the client authenticates.",
        "9.1.2",
        "401 Unauthorized - The property cannot be viewed without appropriate authorization.",
    ),
    sends(
        "PROPFIND",
        403,
        Some("propstat: property never shown"),
        "Inside the 207 body: the property is off limits whatever credentials the client has.",
        "9.1.2",
        "403 Forbidden - The property cannot be viewed regardless of authentication.",
    ),
    sends(
        "PROPFIND",
        404,
        Some("propstat: no such property"),
        "Inside the 207 body: the resource has no property by that name.",
        "9.1.2",
        "404 Not Found - The property does not exist.",
    ),
    sends(
        "PROPFIND",
        404,
        Some("after DELETE"),
        "The resource was deleted, so its URL no longer answers with properties.",
        "9.6",
        "Thus, after a successful DELETE operation (and in the absence of other actions), a \
         subsequent GET/HEAD/PROPFIND request to the target Request-URI MUST return 404 (Not \
         Found).",
    ),
    // PROPPATCH
    sends(
        "PROPPATCH",
        207,
        Some("changes attempted"),
        "Once the server starts applying the changes, it reports each property's result in a \
         Multi-Status body.",
        "9.2",
        "If a server attempts to make any of the property changes in a PROPPATCH request (i.e., \
         the request is not rejected for high-level errors before processing the body), the \
         response MUST be a Multi- Status response as described in Section 9.2.1.",
    ),
    sends(
        "PROPPATCH",
        200,
        Some("propstat: change made"),
        "Inside the 207 body: the change succeeded; PROPPATCH is all or nothing, so every \
         property shows it.",
        "9.2.1",
        "200 (OK) - The property set or change succeeded.",
    ),
    sends(
        "PROPPATCH",
        403,
        Some("propstat: change refused"),
        "Inside the 207 body: this client may not alter one of the properties, and the server \
         gives no reason.",
        "9.2.1",
        "403 (Forbidden) - The client, for reasons the server chooses not to specify, cannot \
         alter one of the properties.",
    ),
    sends(
        "PROPPATCH",
        403,
        Some("propstat: protected property"),
        "Inside the 207 body: the client tried to set a property the server maintains itself, \
         such as getetag.",
        "9.2.1",
        "403 (Forbidden): The client has attempted to set a protected property, such as \
         DAV:getetag. If returning this error, the server SHOULD use the precondition code \
         'cannot-modify-protected-property' inside the response body.",
    ),
    sends(
        "PROPPATCH",
        409,
        Some("propstat: unsuitable value"),
        "Inside the 207 body: the value given does not make sense for that property.",
        "9.2.1",
        "409 (Conflict) - The client has provided a value whose semantics are not appropriate \
         for the property.",
    ),
    sends(
        "PROPPATCH",
        424,
        Some("propstat: another change failed"),
        "Inside the 207 body: this change was not made because another change in the same \
         request failed.",
        "9.2.1",
        "424 (Failed Dependency) - The property change could not be made because of another \
         property change that failed.",
    ),
    sends(
        "PROPPATCH",
        507,
        Some("propstat: no space"),
        "Inside the 207 body: the server had no room left to store the property.",
        "9.2.1",
        "507 (Insufficient Storage) - The server did not have sufficient space to record the \
         property.",
    ),
    // MKCOL
    sends(
        "MKCOL",
        201,
        Some("collection created"),
        "The new collection now exists at the requested URL.",
        "9.3.1",
        "201 (Created) - The collection was created.",
    ),
    sends(
        "MKCOL",
        403,
        Some("collections not allowed here"),
        "The server does not allow a collection at this place, or the parent exists but takes \
         no members.",
        "9.3.1",
        "403 (Forbidden) - This indicates at least one of two conditions: 1) the server does \
         not allow the creation of collections at the given location in its URL namespace, or \
         2) the parent collection of the Request-URI exists but cannot accept members.",
    ),
    sends(
        "MKCOL",
        405,
        Some("URL already in use"),
        "Something already exists at that URL; MKCOL only makes new collections.",
        "9.3.1",
        "405 (Method Not Allowed) - MKCOL can only be executed on an unmapped URL.",
    ),
    sends(
        "MKCOL",
        409,
        Some("parent collection missing"),
        "A parent collection on the path does not exist yet; create it first, the server will \
         not.",
        "9.3.1",
        "409 (Conflict) - A collection cannot be made at the Request-URI until one or more \
         intermediate collections have been created.",
    ),
    sends(
        "MKCOL",
        415,
        Some("request body not supported"),
        "The request had a body of a type the server does not handle for MKCOL.",
        "9.3.1",
        "415 (Unsupported Media Type) - The server does not support the request body type",
    ),
    sends(
        "MKCOL",
        507,
        Some("no space"),
        "The server had no room left to store the new collection.",
        "9.3.1",
        "507 (Insufficient Storage) - The resource does not have sufficient space to record the \
         state of the resource after the execution of this method.",
    ),
    // GET and HEAD
    sends(
        "GET",
        404,
        Some("after DELETE"),
        "The resource was deleted, so its URL no longer has anything to return.",
        "9.6",
        "Thus, after a successful DELETE operation (and in the absence of other actions), a \
         subsequent GET/HEAD/PROPFIND request to the target Request-URI MUST return 404 (Not \
         Found).",
    ),
    sends(
        "HEAD",
        404,
        Some("after DELETE"),
        "The resource was deleted, so its URL no longer has anything to return.",
        "9.6",
        "Thus, after a successful DELETE operation (and in the absence of other actions), a \
         subsequent GET/HEAD/PROPFIND request to the target Request-URI MUST return 404 (Not \
         Found).",
    ),
    sends(
        "GET",
        204,
        Some("empty resource made by LOCK"),
        "Locking an unused URL left an empty resource there; reading it succeeds with no body.",
        "9.10.4",
        "A server MUST respond successfully to a GET request to an empty resource, either by \
         using a 204 No Content response, or by using 200 OK with a Content-Length header \
         indicating zero length",
    ),
    sends(
        "GET",
        200,
        Some("empty resource made by LOCK"),
        "Locking an unused URL left an empty resource there; reading it succeeds with a \
         zero-length body.",
        "9.10.4",
        "A server MUST respond successfully to a GET request to an empty resource, either by \
         using a 204 No Content response, or by using 200 OK with a Content-Length header \
         indicating zero length",
    ),
    // DELETE
    sends(
        "DELETE",
        207,
        Some("a member could not be deleted"),
        "Deleting a collection failed for some members; the body lists which ones and why.",
        "9.6.1",
        "If an error occurs deleting a member resource (a resource other than the resource \
         identified in the Request-URI), then the response can be a 207 (Multi-Status).",
    ),
    sends(
        "DELETE",
        423,
        Some("member locked, inside 207"),
        "Inside the 207 body: this member of the collection is locked, so it and its parents \
         stayed.",
        "9.6.1",
        "For example, the Multi-Status body could include a response with status 423 (Locked) \
         if an internal resource was locked.",
    ),
    // PUT
    sends(
        "PUT",
        409,
        Some("parent collection missing"),
        "The collection the new resource would go into does not exist.",
        "9.7.1",
        "A PUT that would result in the creation of a resource without an appropriately scoped \
         parent collection MUST fail with a 409 (Conflict).",
    ),
    sends(
        "PUT",
        405,
        Some("existing collection"),
        "PUT onto a collection is undefined, and the server may refuse it.",
        "9.7.2",
        "A PUT request to an existing collection MAY be treated as an error (405 Method Not \
         Allowed).",
    ),
    // COPY
    sends(
        "COPY",
        201,
        Some("new resource at destination"),
        "The copy was made and created a new resource at the destination.",
        "9.8.5",
        "201 (Created) - The source resource was successfully copied. The COPY operation \
         resulted in the creation of a new resource.",
    ),
    sends(
        "COPY",
        204,
        Some("destination overwritten"),
        "The copy was made over a resource that already existed at the destination.",
        "9.8.5",
        "204 (No Content) - The source resource was successfully copied to a preexisting \
         destination resource.",
    ),
    sends(
        "COPY",
        207,
        Some("some resources failed"),
        "Copying several resources hit errors on some of them; the body names each failure.",
        "9.8.5",
        "207 (Multi-Status) - Multiple resources were to be affected by the COPY, but errors on \
         some of them prevented the operation from taking place.",
    ),
    sends(
        "COPY",
        403,
        Some("forbidden, e.g. source is destination"),
        "The server refuses the copy, for instance because source and destination are the same \
         resource.",
        "9.8.5",
        "403 (Forbidden) - The operation is forbidden. A special case for COPY could be that \
         the source and destination resources are the same resource.",
    ),
    sends(
        "COPY",
        409,
        Some("destination parent missing"),
        "A collection on the destination path does not exist yet; the server will not create \
         it.",
        "9.8.5",
        "409 (Conflict) - A resource cannot be created at the destination until one or more \
         intermediate collections have been created.",
    ),
    sends(
        "COPY",
        412,
        Some("Overwrite: F, destination exists"),
        "A conditional header failed, typically Overwrite: F while the destination is taken.",
        "9.8.5",
        "412 (Precondition Failed) - A precondition header check failed, e.g., the Overwrite \
         header is \"F\" and the destination URL is already mapped to a resource.",
    ),
    sends(
        "COPY",
        423,
        Some("destination locked"),
        "The destination, or something inside it, is locked and no matching lock token was \
         sent.",
        "9.8.5",
        "423 (Locked) - The destination resource, or resource within the destination \
         collection, was locked. This response SHOULD contain the 'lock-token-submitted' \
         precondition element.",
    ),
    sends(
        "COPY",
        502,
        Some("destination on another server"),
        "The destination is elsewhere, and copying there is unsupported or was refused.",
        "9.8.5",
        "502 (Bad Gateway) - This may occur when the destination is on another server, \
         repository, or URL namespace.",
    ),
    sends(
        "COPY",
        507,
        Some("no space at destination"),
        "The destination had no room left to store the copy.",
        "9.8.5",
        "507 (Insufficient Storage) - The destination resource does not have sufficient space \
         to record the state of the resource after the execution of this method.",
    ),
    sends(
        "COPY",
        400,
        Some("Destination header unacceptable"),
        "The Destination header is too long or otherwise not usable.",
        "10.3",
        "If the Destination value is too long or otherwise unacceptable, the server SHOULD \
         return 400 (Bad Request), ideally with helpful information in an error body.",
    ),
    // MOVE
    sends(
        "MOVE",
        201,
        Some("new resource at destination"),
        "The move succeeded and the destination URL is newly in use.",
        "9.9.4",
        "201 (Created) - The source resource was successfully moved, and a new URL mapping was \
         created at the destination.",
    ),
    sends(
        "MOVE",
        204,
        Some("destination overwritten"),
        "The move succeeded onto a URL that already held a resource.",
        "9.9.4",
        "204 (No Content) - The source resource was successfully moved to a URL that was \
         already mapped.",
    ),
    sends(
        "MOVE",
        207,
        Some("some resources failed"),
        "Moving several resources hit errors on some of them; the body names each failure.",
        "9.9.4",
        "207 (Multi-Status) - Multiple resources were to be affected by the MOVE, but errors on \
         some of them prevented the operation from taking place.",
    ),
    sends(
        "MOVE",
        403,
        Some("forbidden, e.g. source is destination"),
        "The server refuses the move, for instance because source and destination are the same \
         resource.",
        "9.9.4",
        "403 (Forbidden) - Among many possible reasons for forbidding a MOVE operation, this \
         status code is recommended for use when the source and destination resources are the \
         same.",
    ),
    sends(
        "MOVE",
        409,
        Some("destination parent missing"),
        "A collection on the destination path does not exist yet; the server will not create \
         it.",
        "9.9.4",
        "409 (Conflict) - A resource cannot be created at the destination until one or more \
         intermediate collections have been created.",
    ),
    sends(
        "MOVE",
        409,
        Some("live properties cannot be kept"),
        "The server cannot move the resource and keep its live properties working the same way.",
        "9.9.4",
        "Or, the server was unable to preserve the behavior of the live properties and still \
         move the resource to the destination (see 'preserved-live-properties' postcondition).",
    ),
    sends(
        "MOVE",
        412,
        Some("Overwrite: F, destination exists"),
        "A conditional header failed, typically Overwrite: F while the destination is taken.",
        "9.9.4",
        "412 (Precondition Failed) - A condition header failed. Specific to MOVE, this could \
         mean that the Overwrite header is \"F\" and the destination URL is already mapped to \
         a resource.",
    ),
    sends(
        "MOVE",
        423,
        Some("source or destination locked"),
        "The source, the destination, a parent of either, or something inside them is locked.",
        "9.9.4",
        "423 (Locked) - The source or the destination resource, the source or destination \
         resource parent, or some resource within the source or destination collection, was \
         locked. This response SHOULD contain the 'lock-token-submitted' precondition element.",
    ),
    sends(
        "MOVE",
        502,
        Some("destination on another server"),
        "The destination is on another server, or another part of this one, that would not \
         take the resource.",
        "9.9.4",
        "502 (Bad Gateway) - This may occur when the destination is on another server and the \
         destination server refuses to accept the resource.",
    ),
    sends(
        "MOVE",
        400,
        Some("Destination header unacceptable"),
        "The Destination header is too long or otherwise not usable.",
        "10.3",
        "If the Destination value is too long or otherwise unacceptable, the server SHOULD \
         return 400 (Bad Request), ideally with helpful information in an error body.",
    ),
    // LOCK
    sends(
        "LOCK",
        200,
        Some("lock granted or refreshed"),
        "The lock was taken or refreshed; the body holds the current lock information.",
        "9.10.6",
        "200 (OK) - The LOCK request succeeded and the value of the DAV: lockdiscovery property \
         is included in the response body.",
    ),
    sends(
        "LOCK",
        201,
        Some("unmapped URL"),
        "The URL held nothing, so locking it created a new empty resource.",
        "9.10.6",
        "201 (Created) - The LOCK request was to an unmapped URL, the request succeeded and \
         resulted in the creation of a new resource",
    ),
    sends(
        "LOCK",
        409,
        Some("parent collection missing"),
        "Locking an unused URL needs its parent collections to exist, and one does not.",
        "9.10.6",
        "409 (Conflict) - A resource cannot be created at the destination until one or more \
         intermediate collections have been created.",
    ),
    sends(
        "LOCK",
        423,
        Some("conflicting lock"),
        "The resource already carries a lock that cannot coexist with the one requested.",
        "9.10.6",
        "423 (Locked), potentially with 'no-conflicting-lock' precondition code - There is \
         already a lock on the resource that is not compatible with the requested lock",
    ),
    sends(
        "LOCK",
        423,
        Some("member holds a conflicting lock"),
        "A depth-infinity lock on a collection failed because a member is locked in a way that \
         conflicts.",
        "7.4",
        "If a depth-infinity write LOCK request is issued to a collection containing member \
         URLs identifying resources that are currently locked in a manner that conflicts with \
         the new lock (see Section 6.1, point 3), the request MUST fail with a 423 (Locked) \
         status code",
    ),
    sends(
        "LOCK",
        412,
        Some("refresh outside the lock's scope"),
        "A refresh named a lock token that does not cover this URL, has expired, or is not \
         valid.",
        "9.10.6",
        "412 (Precondition Failed), with 'lock-token-matches-request-uri' precondition code - \
         The LOCK request was made with an If header, indicating that the client wishes to \
         refresh the given lock. However, the Request-URI did not fall within the scope of the \
         lock identified by the token.",
    ),
    sends(
        "LOCK",
        207,
        Some("depth lock blocked by a member"),
        "The lock could not cover every resource in the tree; the body names what stood in the \
         way.",
        "9.10.3",
        "If the lock cannot be granted to all resources, the server MUST return a Multi-Status \
         response with a 'response' element for at least one resource that prevented the lock \
         from being granted, along with a suitable status code for that failure (e.g., 403 \
         (Forbidden) or 423 (Locked)).",
    ),
    sends(
        "LOCK",
        424,
        Some("requested URL, inside 207"),
        "Inside the 207 body: the requested resource was not locked because another one in the \
         tree failed.",
        "9.10.3",
        "Additionally, if the resource causing the failure was not the resource requested, then \
         the server SHOULD include a 'response' element for the Request-URI as well, with a \
         'status' element containing 424 Failed Dependency.",
    ),
    // UNLOCK
    sends(
        "UNLOCK",
        204,
        Some("lock removed"),
        "The lock named by the token no longer exists.",
        "9.11.1",
        "204 (No Content) - Normal success response (rather than 200 OK, since 200 OK would \
         imply a response body, and an UNLOCK success response does not normally contain a \
         body).",
    ),
    sends(
        "UNLOCK",
        400,
        Some("no lock token"),
        "The request did not carry a Lock-Token header.",
        "9.11.1",
        "400 (Bad Request) - No lock token was provided.",
    ),
    sends(
        "UNLOCK",
        403,
        Some("not allowed to remove the lock"),
        "The signed-in principal has no right to remove this lock.",
        "9.11.1",
        "403 (Forbidden) - The currently authenticated principal does not have permission to \
         remove the lock.",
    ),
    sends(
        "UNLOCK",
        409,
        Some("not locked, or outside the lock's scope"),
        "The resource is not locked, or the URL is not covered by the lock the token names.",
        "9.11.1",
        "409 (Conflict), with 'lock-token-matches-request-uri' precondition - The resource was \
         not locked, or the request was made to a Request-URI that was not within the scope of \
         the lock.",
    ),
    // Precondition and postcondition codes
    sends(
        "lock-token-matches-request-uri",
        409,
        Some("UNLOCK"),
        "The lock token sent does not cover the requested URL, or that lock is gone or invalid.",
        "16",
        "Name: lock-token-matches-request-uri Use with: 409 Conflict Purpose: (precondition) -- \
         A request may include a Lock-Token header to identify a lock for the UNLOCK method. \
         However, if the Request-URI does not fall within the scope of the lock identified by \
         the token, the server SHOULD use this error.",
    ),
    sends(
        "lock-token-matches-request-uri",
        412,
        Some("LOCK refresh"),
        "A lock refresh named a token whose lock does not cover the requested URL.",
        "9.10.6",
        "412 (Precondition Failed), with 'lock-token-matches-request-uri' precondition code - \
         The LOCK request was made with an If header, indicating that the client wishes to \
         refresh the given lock.",
    ),
    sends(
        "lock-token-submitted",
        423,
        None,
        "A resource the request touches is locked and its lock token was not sent; the body \
         names the locked URL.",
        "16",
        "Name: lock-token-submitted (precondition) Use with: 423 Locked Purpose: The request \
         could not succeed because a lock token should have been submitted.",
    ),
    sends(
        "no-conflicting-lock",
        423,
        None,
        "A LOCK failed because another lock already held on the resource, or above it, \
         conflicts.",
        "16",
        "Name: no-conflicting-lock (precondition) Use with: Typically 423 Locked Purpose: A \
         LOCK request failed due the presence of an already existing conflicting lock.",
    ),
    sends(
        "no-external-entities",
        403,
        None,
        "The XML request body refers to an external entity, which the server refuses to load.",
        "16",
        "Name: no-external-entities Use with: 403 Forbidden Purpose: (precondition) -- If the \
         server rejects a client request because the request body contains an external entity, \
         the server SHOULD use this error.",
    ),
    sends(
        "preserved-live-properties",
        409,
        None,
        "A MOVE or COPY cannot keep the resource's live properties working the same way at the \
         destination.",
        "16",
        "Name: preserved-live-properties Use with: 409 Conflict Purpose: (postcondition) -- The \
         server received an otherwise-valid MOVE or COPY request, but cannot maintain the live \
         properties with the same behavior at the destination.",
    ),
    sends(
        "propfind-finite-depth",
        403,
        None,
        "The server does not answer PROPFIND with Depth: infinity on collections.",
        "16",
        "Name: propfind-finite-depth Use with: 403 Forbidden Purpose: (precondition) -- This \
         server does not allow infinite-depth PROPFIND requests on collections.",
    ),
    sends(
        "cannot-modify-protected-property",
        403,
        None,
        "A PROPPATCH tried to set a property that the server maintains and clients may not \
         change.",
        "16",
        "Name: cannot-modify-protected-property Use with: 403 Forbidden Purpose: (precondition) \
         -- The client attempted to set a protected property in a PROPPATCH (such as \
         DAV:getetag).",
    ),
];
