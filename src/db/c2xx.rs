//! Records for the 2xx codes.

use super::types::*;

pub static CODES: &[Status] = &[
    Status {
        code: 200,
        name: "OK",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.3.1"),
        }),
        summary: "The request succeeded; the content carries the result.",
        meaning: "The generic success code. What the content holds depends on the method: the \
                  target's representation for GET, the same headers without content for HEAD, and \
                  the status or result of the action for POST, PUT or DELETE (RFC 9110 §15.3.1). A \
                  200 is expected to carry content; when there is nothing to return, or the client \
                  asked for no content, 204 fits better. Because 200 is heuristically cacheable, a \
                  200 that wraps an error can be stored by caches and served as if it were good data.",
        use_when: &[
            "A GET or HEAD returns the requested resource, or a list (an empty list is still 200 \
             with []).",
            "A PUT or PATCH succeeded and you return the updated representation.",
            "A POST ran an action that created nothing addressable, such as a search, a \
             calculation or a login, and you return its result.",
        ],
        avoid: &[
            "Returning 200 with an error in the body ({\"status\": \"error\"}): monitoring counts it \
             as success, CDNs may cache it, and every client must parse the body to find out. \
             Send the matching 4xx or 5xx.",
            "Returning 200 with an empty body (or {}) when there is nothing to say: send 204 No \
             Content.",
            "Answering a POST that created a resource with 200: send 201 Created with Location.",
            "Returning 200 with null for a single resource that does not exist: that is 404.",
        ],
        on_receipt: "Use the content as the result, after checking Content-Type before parsing. An \
                     API that reports errors inside 200 bodies is broken; check its documented \
                     error field, and raise the issue with its owners.",
        examples: &[Example {
            title: "Fetching a user",
            request: "GET /v1/users/42 HTTP/1.1\n\
                      Host: api.example.com\n\
                      Accept: application/json\n\
                      Authorization: Bearer 9f2c...",
            response: "HTTP/1.1 200 OK\n\
                       Content-Type: application/json\n\
                       ETag: \"u42-v7\"\n\
                       Cache-Control: private, max-age=60\n\
                       \n\
                       {\"id\": 42, \"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\"}",
        }],
        headers: &[
            Header {
                name: "Content-Type",
                usage: HeaderUsage::Should,
                why: "Tells the client how to parse the content; a sender should include it \
                      whenever there is content.",
                source: "RFC 9110 §8.3",
            },
            Header {
                name: "ETag",
                usage: HeaderUsage::Should,
                why: "In a 200 to GET or HEAD the origin server should send the validators it has; \
                      an ETag lets clients revalidate with If-None-Match and get a 304 instead of \
                      the whole body again.",
                source: "RFC 9110 §15.3.1; §8.8.3",
            },
            Header {
                name: "Cache-Control",
                usage: HeaderUsage::May,
                why: "Without explicit freshness a cache may apply heuristic freshness to a 200; \
                      set max-age, private or no-store to decide yourself.",
                source: "RFC 9111 §5.2; §4.2.2",
            },
        ],
        cache: Cache::Heuristic("RFC 9110 §15.1"),
        retry: "Not needed. Repeating a safe or idempotent request is harmless; repeating a POST \
                may run the action again.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 201,
                how: "Success that created a new resource; tell the client where with Location.",
            },
            Related {
                code: 204,
                how: "Success with deliberately no content.",
            },
            Related {
                code: 206,
                how: "Only part of the representation, because the client sent Range.",
            },
            Related {
                code: 304,
                how: "The client's cached copy is still valid; nothing is resent.",
            },
        ],
        keywords: &[
            "success",
            "succeeded",
            "request succeeded",
            "worked",
            "normal response",
            "successful get",
            "all good",
            "data returned",
            "standard response",
            "happy path",
            "fine",
        ],
    },
    Status {
        code: 201,
        name: "Created",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.3.2"),
        }),
        summary: "The request created a new resource; Location says where it is.",
        meaning: "The request has been fulfilled and has created one or more new resources (RFC \
                  9110 §15.3.2). The main new resource is the one named by the Location header or, \
                  when there is none, the request's target URI. That fallback fits a PUT, whose \
                  target is the new resource; after a POST that creates something, the origin \
                  server SHOULD send 201 with a Location naming it (RFC 9110 §9.3.3). The content usually describes or links to what was created, and \
                  any ETag or Last-Modified in the response describes the new resource's current \
                  representation.",
        use_when: &[
            "A POST to a collection (POST /orders) created a new item with its own URI.",
            "A PUT to a URI that had no current representation created one: RFC 9110 §9.3.4 \
             requires 201 here rather than 200 or 204.",
            "The new resource exists and can be fetched at the moment you respond.",
        ],
        avoid: &[
            "Sending 201 without Location after a POST: the client can only assume the collection \
             URI itself was created; send Location with the new item's URI.",
            "Answering a creation with 200: clients and generated SDKs lose the 'something new \
             exists' signal; send 201.",
            "Sending 201 when the work is only queued and the resource does not exist yet: that \
             is 202 Accepted.",
            "Sending ETag in a 201 to PUT when you stored something other than the bytes received \
             (added fields, normalised data): RFC 9110 §9.3.4 forbids validators then.",
        ],
        on_receipt: "Read Location (resolving it against the request URI if it is relative) and \
                     keep it as the new resource's address; use the body as its initial state if \
                     one is sent. Do not repeat a POST to confirm it: that creates a duplicate.",
        examples: &[Example {
            title: "Creating a customer",
            request: "POST /v1/customers HTTP/1.1\n\
                      Host: api.example.com\n\
                      Authorization: Bearer 9f2c...\n\
                      Content-Type: application/json\n\
                      Content-Length: 52\n\
                      \n\
                      {\"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\"}",
            response: "HTTP/1.1 201 Created\n\
                       Location: /v1/customers/cus_7Hq2\n\
                       ETag: \"cus_7Hq2-v1\"\n\
                       Content-Type: application/json\n\
                       \n\
                       {\"id\": \"cus_7Hq2\", \"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\", \"created_at\": \"2026-11-23T10:15:00Z\"}",
        }],
        headers: &[
            Header {
                name: "Location",
                usage: HeaderUsage::Should,
                why: "Gives the URI of the new resource; a POST that creates one should send it, \
                      and without it the request's target URI is taken to be what was created.",
                source: "RFC 9110 §9.3.3; §15.3.2; §10.2.2",
            },
            Header {
                name: "ETag",
                usage: HeaderUsage::May,
                why: "The new resource's current entity tag, so the client can make conditional \
                      updates straight away (for PUT only if the content was stored unchanged).",
                source: "RFC 9110 §15.3.2; §8.8.3; §9.3.4",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "No: repeating a POST usually creates a duplicate. If the 201 may have been lost, \
                retry only with an idempotency key the API honours, or look the resource up first.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 200,
                how: "Success that created nothing new, or returned an existing resource.",
            },
            Related {
                code: 202,
                how: "The creation is queued and has not happened yet.",
            },
            Related {
                code: 303,
                how: "Sends the client to a different resource (e.g. an existing one) with GET, instead of reporting a creation.",
            },
            Related {
                code: 409,
                how: "The resource could not be created because it conflicts with one that already exists.",
            },
        ],
        keywords: &[
            "new resource",
            "post success",
            "record inserted",
            "new record",
            "location header",
            "after post",
            "put new resource",
            "new id",
            "object added",
            "sign up success",
            "insert",
            "resource creation",
        ],
    },
    Status {
        code: 202,
        name: "Accepted",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.3.3"),
        }),
        summary: "The request was accepted for processing, which has not finished yet.",
        meaning: "The server has taken the request on but not completed it, and the work may still \
                  be refused or fail when it actually runs (RFC 9110 §15.3.3). HTTP cannot deliver \
                  the eventual result on the same exchange, so the response should describe the \
                  current state and point to a status monitor the client can poll, commonly given \
                  in Location or as a link in the body. The code is deliberately noncommittal: it \
                  says the request was queued, not that it will succeed.",
        use_when: &[
            "A report export, video transcode or bulk import runs in a background queue and takes \
             longer than a request should stay open.",
            "The client asked for asynchronous handling with Prefer: respond-async.",
            "The work is handed to another system (batch job, message bus, mail relay) whose \
             outcome you will not know before responding.",
        ],
        avoid: &[
            "Returning 202 with no way to learn the outcome: include a status monitor URL (in \
             Location or the body) and, where useful, Retry-After to pace polling.",
            "Using 202 when the work has already finished: send 200, 201 or 204.",
            "A status monitor that never says why a job failed: report the failure reason in the \
             job resource, and on success point to the result, e.g. with 303 See Other.",
        ],
        on_receipt: "Do not treat 202 as success of the operation. Poll the status monitor \
                     (Location, or the link in the body), honouring Retry-After if present, until \
                     the job reports completion or failure.",
        examples: &[Example {
            title: "Starting a report export",
            request: "POST /v1/reports HTTP/1.1\n\
                      Host: api.example.com\n\
                      Authorization: Bearer 9f2c...\n\
                      Content-Type: application/json\n\
                      Content-Length: 59\n\
                      \n\
                      {\"from\": \"2026-01-01\", \"to\": \"2026-09-30\", \"format\": \"csv\"}",
            response: "HTTP/1.1 202 Accepted\n\
                       Location: /v1/jobs/job_5521\n\
                       Retry-After: 10\n\
                       Content-Type: application/json\n\
                       \n\
                       {\"id\": \"job_5521\", \"status\": \"queued\", \"monitor\": \"/v1/jobs/job_5521\"}",
        }],
        headers: &[
            Header {
                name: "Location",
                usage: HeaderUsage::May,
                why: "Commonly points to the status monitor; RFC 9110 defines Location for 201 and \
                      3xx only, so document this use for your API.",
                source: "RFC 9110 §15.3.3; §10.2.2",
            },
            Header {
                name: "Retry-After",
                usage: HeaderUsage::May,
                why: "Suggests how long to wait before polling; RFC 9110 §10.2.3 gives it a meaning \
                      for 503 and 3xx responses, so clients honour it on 202 only if your API says \
                      so.",
                source: "RFC 9110 §10.2.3",
            },
            Header {
                name: "Prefer",
                usage: HeaderUsage::Request,
                why: "respond-async asks the server to answer 202 rather than hold the connection \
                      until the work is done.",
                source: "RFC 7240 §4.1",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Do not resubmit; poll the status monitor. Resubmitting queues the work twice unless \
                the API deduplicates it.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 201,
                how: "The resource was created before the response was sent.",
            },
            Related {
                code: 200,
                how: "The work finished synchronously and the result is in the response.",
            },
            Related {
                code: 303,
                how: "Often sent by the status monitor once the job is done, pointing to the result.",
            },
            Related {
                code: 102,
                how: "An old WebDAV interim code that kept one long request open instead of queueing it.",
            },
        ],
        keywords: &[
            "async",
            "asynchronous",
            "queued",
            "background job",
            "processing later",
            "long running",
            "job status",
            "polling",
            "in progress",
            "task queued",
            "not finished yet",
            "status url",
        ],
    },
    Status {
        code: 203,
        name: "Non-Authoritative Information",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.3.4"),
        }),
        summary: "Success, but a proxy modified the origin's 200 response on the way.",
        meaning: "The request succeeded, but the content is not what the origin server sent: a \
                  transforming proxy changed a 200 response (recompressed images, rewrote HTML, \
                  stripped parts) and signals this by changing the code to 203 (RFC 9110 §15.3.4, \
                  §7.7). It matters because later decisions, such as cache validation, may only \
                  hold along the same path through the same proxies. It is a proxy's code: an \
                  origin server has no reason to send it.",
        use_when: &[
            "You operate a transforming proxy (image recompression, content filtering, HTML \
             rewriting) and changed the content of a 200 response.",
            "A gateway rewrites parts of an upstream response body and wants clients to know they \
             are not seeing the origin's original.",
        ],
        avoid: &[
            "Sending 203 from an origin API to mean 'data from a cache, mirror or third party': \
             from the client's view it is your answer, so send 200 and describe freshness with \
             Cache-Control.",
            "Transforming a response marked Cache-Control: no-transform: a proxy must not change \
             its content (RFC 9111 §5.2.2.6).",
            "A client treating 203 as a failure: it is a 2xx success; process it like 200.",
        ],
        on_receipt: "Treat it as success, like 200, but know that an intermediary changed the \
                     content. If you need the original bytes, send Cache-Control: no-transform or \
                     use HTTPS, which keeps such proxies out.",
        examples: &[Example {
            title: "A carrier proxy recompresses an image",
            request: "GET http://news.example.com/photos/harbour.jpg HTTP/1.1\n\
                      Host: news.example.com\n\
                      Accept: image/avif,image/webp,image/*",
            response: "HTTP/1.1 203 Non-Authoritative Information\n\
                       Content-Type: image/jpeg\n\
                       Content-Length: 48211\n\
                       Via: 1.1 optimizer.isp.example.net\n\
                       Cache-Control: max-age=3600\n\
                       \n\
                       [JPEG recompressed to 48 KB from the origin's 310 KB]",
        }],
        headers: &[
            Header {
                name: "Via",
                usage: HeaderUsage::Must,
                why: "A proxy must add itself to Via on responses it forwards, which tells the \
                      client who changed the content.",
                source: "RFC 9110 §7.6.3",
            },
            Header {
                name: "Cache-Control",
                usage: HeaderUsage::Request,
                why: "A request with no-transform asks intermediaries not to change the content, \
                      and so not to produce a 203.",
                source: "RFC 9111 §5.2.1.6",
            },
        ],
        cache: Cache::Heuristic("RFC 9110 §15.1"),
        retry: "Not needed; the request succeeded. Repeat with Cache-Control: no-transform only if \
                you need the unmodified content.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 200,
                how: "The same success, with the content exactly as the origin sent it.",
            },
            Related {
                code: 206,
                how: "Also not the full original, but because the client asked for a range.",
            },
            Related {
                code: 502,
                how: "Also a proxy speaking, but it failed to get a valid upstream response instead of changing one.",
            },
        ],
        keywords: &[
            "proxy modified",
            "transformed response",
            "modified by proxy",
            "not from origin",
            "proxy rewrote content",
            "image compression proxy",
            "no-transform",
            "intermediary changed response",
            "third party copy",
            "mirror",
            "cached copy",
        ],
    },
    Status {
        code: 204,
        name: "No Content",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.3.5"),
        }),
        summary: "Success, and there is deliberately nothing in the response body.",
        meaning: "The server carried out the request and has no content to send back; the response \
                  ends with its header section and cannot carry content or trailers (RFC 9110 \
                  §15.3.5). Headers still mean something: an ETag on a 204 to a PUT is the entity \
                  tag of the new representation. In a browser, a 204 to a navigation or form \
                  submission leaves the current page as it is.",
        use_when: &[
            "A DELETE succeeded and there is nothing useful to return.",
            "A PUT or PATCH was applied and the client does not need the updated representation \
             (or asked for Prefer: return=minimal).",
            "A fire-and-forget endpoint (analytics beacon, heartbeat, preference toggle) succeeded.",
            "A CORS preflight (OPTIONS) is answered with Access-Control-* headers only.",
        ],
        avoid: &[
            "Sending a body with 204: it is not allowed, and HTTP/1.1 clients read those bytes as \
             the start of the next response; if you have content, send 200.",
            "Adding Content-Length or Transfer-Encoding to a 204: both are forbidden there (RFC \
             9110 §8.6, RFC 9112 §6.1); end the message after the headers.",
            "Returning 200 with an empty body or {} when nothing is returned: 204 says so \
             explicitly and clients do not try to parse JSON.",
            "Using 204 for 'no results' on a search or list: return 200 with an empty array; a \
             missing single resource is 404.",
        ],
        on_receipt: "Treat it as success and do not parse a body: calling response.json() on a \
                     204 throws in fetch and in many clients. Read ETag and other headers as \
                     metadata about the resource after the change.",
        examples: &[
            Example {
                title: "Deleting a saved card",
                request: "DELETE /v1/customers/cus_7Hq2/cards/card_19 HTTP/1.1\n\
                          Host: api.example.com\n\
                          Authorization: Bearer 9f2c...",
                response: "HTTP/1.1 204 No Content\n\
                           Date: Mon, 23 Nov 2026 10:20:00 GMT",
            },
            Example {
                title: "Updating a document without echoing it back",
                request: "PUT /v1/notes/n_311 HTTP/1.1\n\
                          Host: api.example.com\n\
                          Authorization: Bearer 9f2c...\n\
                          Content-Type: application/json\n\
                          If-Match: \"n311-v3\"\n\
                          Content-Length: 44\n\
                          \n\
                          {\"title\": \"Groceries\", \"body\": \"milk, eggs\"}",
                response: "HTTP/1.1 204 No Content\n\
                           ETag: \"n311-v4\"",
            },
        ],
        headers: &[Header {
            name: "ETag",
            usage: HeaderUsage::May,
            why: "After a PUT or PATCH, the entity tag of the resource's new representation, so \
                  the client need not fetch it again.",
            source: "RFC 9110 §15.3.5; §8.8.3",
        }],
        cache: Cache::Heuristic("RFC 9110 §15.1"),
        retry: "Not needed. DELETE and PUT are idempotent and may be repeated safely, though a \
                second DELETE may get 404.",
        redirect: None,
        body: Body::Never,
        related: &[
            Related {
                code: 200,
                how: "Success with content; use it when there is something to return.",
            },
            Related {
                code: 205,
                how: "Also no content, and it asks the client to reset the form that sent the request.",
            },
            Related {
                code: 304,
                how: "Also bodiless, but it answers a conditional GET: the cached copy is still good.",
            },
            Related {
                code: 202,
                how: "The work has not been done yet, only accepted.",
            },
            Related {
                code: 404,
                how: "The resource to read, update or delete does not exist.",
            },
        ],
        keywords: &[
            "empty response",
            "no body",
            "empty body",
            "nothing to return",
            "delete success",
            "successful delete",
            "no response body",
            "unexpected end of json input",
            "json parse error empty",
            "blank response",
            "update without response",
        ],
    },
    Status {
        code: 205,
        name: "Reset Content",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.3.6"),
        }),
        summary: "Success; the client should clear the form or view that sent the request.",
        meaning: "The server fulfilled the request and asks the user agent to return the 'document \
                  view' that sent it, such as a data-entry form, to its original state so the user \
                  can enter the next item (RFC 9110 §15.3.6). Like 204 it has no content: a server \
                  must not generate any. Browsers do not reset a form by themselves on 205 (MDN \
                  says so too), so in practice the client's own code has to clear it.",
        use_when: &[
            "A data-entry screen submits one record at a time (expenses, stock counts, survey \
             answers) and should be blank for the next one.",
            "Your own client code is written to clear its input view on 205, and you want that \
             distinct from a plain 204.",
        ],
        avoid: &[
            "Expecting a browser to clear an HTML form on 205: none do; clear it in your own \
             script, or redirect with 303 to a fresh form.",
            "Sending content with 205: RFC 9110 §15.3.6 forbids it; send 200 if there is \
             something to show.",
            "Leaving out Content-Length: 0 in HTTP/1.1: unlike 204, a 205 is not bodiless by the \
             framing rules, so a client may wait for content until the connection closes.",
        ],
        on_receipt: "Treat it as success, do not look for a body, and clear the form or editor \
                     that sent the request.",
        examples: &[Example {
            title: "Submitting one expense from a data-entry form",
            request: "POST /expenses HTTP/1.1\n\
                      Host: finance.example.com\n\
                      Content-Type: application/x-www-form-urlencoded\n\
                      Cookie: session=a81f...\n\
                      Content-Length: 38\n\
                      \n\
                      amount=42.50&category=travel&note=taxi",
            response: "HTTP/1.1 205 Reset Content\n\
                       Content-Length: 0",
        }],
        headers: &[Header {
            name: "Content-Length",
            usage: HeaderUsage::Should,
            why: "An origin server should send Content-Length when it knows the size, here 0; in \
                  HTTP/1.1 a 205, unlike a 204, is not bodiless by the framing rules.",
            source: "RFC 9110 §8.6; §15.3.6; RFC 9112 §6.3",
        }],
        cache: Cache::ExplicitOnly("RFC 9110 §15.1"),
        retry: "Not needed; resubmitting the form would add the entry a second time.",
        redirect: None,
        body: Body::Never,
        related: &[
            Related {
                code: 204,
                how: "No content, and the client keeps its view exactly as it is.",
            },
            Related {
                code: 303,
                how: "Post/Redirect/Get: send the browser to a fresh page, which works everywhere.",
            },
            Related {
                code: 200,
                how: "Success with content to show, such as a confirmation.",
            },
        ],
        keywords: &[
            "clear form",
            "form submitted",
            "clear input",
            "data entry",
            "next entry",
            "empty form after submit",
            "blank form",
            "form cleared",
            "no body",
        ],
    },
    Status {
        code: 206,
        name: "Partial Content",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.3.7"),
        }),
        summary: "The server sends only the byte range(s) the client asked for with Range.",
        meaning: "A successful answer to a range request: the content holds one or more parts of \
                  the selected representation, as asked for in the Range header (RFC 9110 \
                  §15.3.7, §14.2). A single part is described by Content-Range in the header \
                  section; several parts are sent as multipart/byteranges, each part with its own \
                  Content-Range. It is what makes media seeking, resumable downloads and parallel \
                  chunked downloads work.",
        use_when: &[
            "A GET with Range: bytes=... asks for part of a file you serve in ranges (video \
             seeking, PDF viewers, download resumption).",
            "A download manager resumes with Range and If-Range, and the representation has not \
             changed.",
            "A client asks for several ranges at once, answered as multipart/byteranges.",
        ],
        avoid: &[
            "Sending a single-part 206 without Content-Range: the client cannot place the bytes; \
             RFC 9110 §15.3.7.1 requires it.",
            "Sending 206 to a request that had no Range header: send 200 with the whole \
             representation.",
            "Honouring Range when If-Range no longer matches: send 200 with the full, current \
             representation so old and new bytes are not stitched together (RFC 9110 §13.1.5).",
            "Answering a range that starts beyond the end of the file with 206: send 416 with \
             Content-Range: bytes */<length> (RFC 9110 §15.5.17), or ignore Range and send 200 \
             with the whole representation.",
        ],
        on_receipt: "Check Content-Range (or each multipart part) and write the bytes at that \
                     offset. A server may ignore Range and send 200 with everything, so handle \
                     both; a 200 after If-Range means the file changed and you must start over.",
        examples: &[
            Example {
                title: "Seeking in a video",
                request: "GET /videos/launch.mp4 HTTP/1.1\n\
                          Host: media.example.com\n\
                          Range: bytes=1048576-2097151\n\
                          If-Range: \"5f2b-9a3c\"",
                response: "HTTP/1.1 206 Partial Content\n\
                           Content-Type: video/mp4\n\
                           Content-Range: bytes 1048576-2097151/73400320\n\
                           Content-Length: 1048576\n\
                           Accept-Ranges: bytes\n\
                           ETag: \"5f2b-9a3c\"\n\
                           Cache-Control: public, max-age=86400\n\
                           \n\
                           [1 MiB of video data]",
            },
            Example {
                title: "Two ranges in one response",
                request: "GET /logs/app-2026-11-22.txt HTTP/1.1\n\
                          Host: files.example.com\n\
                          Range: bytes=0-99,5000-5099",
                response: "HTTP/1.1 206 Partial Content\n\
                           Content-Type: multipart/byteranges; boundary=RANGE_SEP\n\
                           ETag: \"log-1122-final\"\n\
                           \n\
                           --RANGE_SEP\n\
                           Content-Type: text/plain\n\
                           Content-Range: bytes 0-99/52400\n\
                           \n\
                           [bytes 0-99]\n\
                           --RANGE_SEP\n\
                           Content-Type: text/plain\n\
                           Content-Range: bytes 5000-5099/52400\n\
                           \n\
                           [bytes 5000-5099]\n\
                           --RANGE_SEP--",
            },
        ],
        headers: &[
            Header {
                name: "Range",
                usage: HeaderUsage::Request,
                why: "Asks for one or more byte ranges; range handling is defined only for GET.",
                source: "RFC 9110 §14.2",
            },
            Header {
                name: "If-Range",
                usage: HeaderUsage::Request,
                why: "Makes the range conditional: if the validator no longer matches, the server \
                      sends the whole representation with 200 instead.",
                source: "RFC 9110 §13.1.5",
            },
            Header {
                name: "Content-Range",
                usage: HeaderUsage::Must,
                why: "For a single part, says which bytes are enclosed and the full length; in a \
                      multipart response it goes in each part, not in the header section.",
                source: "RFC 9110 §15.3.7.1; §15.3.7.2; §14.4",
            },
            Header {
                name: "Content-Type",
                usage: HeaderUsage::Must,
                why: "A response with several parts must be multipart/byteranges, each part \
                      carrying its own Content-Range.",
                source: "RFC 9110 §15.3.7.2; §14.6",
            },
            Header {
                name: "ETag",
                usage: HeaderUsage::Must,
                why: "ETag, Date, Cache-Control, Expires, Content-Location and Vary must be sent \
                      whenever a 200 to the same request would have carried them.",
                source: "RFC 9110 §15.3.7",
            },
            Header {
                name: "Accept-Ranges",
                usage: HeaderUsage::May,
                why: "Advertises that the resource supports byte-range requests.",
                source: "RFC 9110 §14.3",
            },
        ],
        cache: Cache::Heuristic("RFC 9110 §15.1"),
        retry: "Yes, for the remaining ranges: request them next, with If-Range so that a changed \
                resource returns 200 rather than mismatched bytes.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 200,
                how: "The whole representation: Range was absent, ignored, or If-Range did not match.",
            },
            Related {
                code: 416,
                how: "None of the requested ranges overlaps the representation.",
            },
            Related {
                code: 412,
                how: "An If-Match or If-Unmodified-Since failed; a failed If-Range never gives 412, it falls back to 200.",
            },
        ],
        keywords: &[
            "range request",
            "byte range",
            "resume download",
            "video streaming",
            "seek video",
            "content-range",
            "accept-ranges",
            "chunked download",
            "partial download",
            "multipart/byteranges",
            "download manager",
            "bytes=",
        ],
    },
    Status {
        code: 207,
        name: "Multi-Status",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 4918",
            section: Some("11.1"),
        }),
        summary: "WebDAV: the body gives a separate status for each of several resources.",
        meaning: "Defined by WebDAV (RFC 4918 §11.1): one request acted on several resources or \
                  properties, and the XML body, a DAV:multistatus element, gives each its own \
                  status code (RFC 4918 §13). The 207 itself only says that the body must be read; \
                  the entries inside may be 200, 403, 404, 423 or 424. Successful PROPFIND and \
                  PROPPATCH requests answer with it, and COPY, MOVE and DELETE on collections use \
                  it when some members fail.",
        use_when: &[
            "A WebDAV PROPFIND or PROPPATCH reports results per resource or per property.",
            "A COPY, MOVE or DELETE on a WebDAV collection worked for some members and failed for \
             others.",
            "A batch API whose documentation defines a per-item result body, and whose clients \
             are known to read it.",
        ],
        avoid: &[
            "Sending 207 when every item has the same outcome: use that one status (204 for a \
             fully successful DELETE, 403 if everything was refused).",
            "Reading 207 as 'all succeeded': it is a 2xx, but entries can be failures; always walk \
             the body.",
            "Using 207 for a JSON batch API without documenting the body: RFC 4918 only defines \
             the XML multistatus format, and generic clients treat any 2xx as full success.",
        ],
        on_receipt: "Parse the multistatus body and act on each response element's status; retry \
                     or report only the failed hrefs. Treat the request as partly successful, not \
                     as successful.",
        examples: &[Example {
            title: "PROPFIND on a folder where one file is off-limits",
            request: "PROPFIND /docs/ HTTP/1.1\n\
                      Host: dav.example.com\n\
                      Depth: 1\n\
                      Content-Type: application/xml; charset=utf-8\n\
                      Content-Length: 98\n\
                      \n\
                      <?xml version=\"1.0\"?><D:propfind xmlns:D=\"DAV:\"><D:prop><D:getlastmodified/></D:prop></D:propfind>",
            response: "HTTP/1.1 207 Multi-Status\n\
                       Content-Type: application/xml; charset=utf-8\n\
                       \n\
                       <?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
                       <D:multistatus xmlns:D=\"DAV:\">\n\
                       <D:response><D:href>/docs/</D:href>\n\
                       <D:propstat><D:prop><D:getlastmodified>Sun, 22 Nov 2026 18:02:11 GMT</D:getlastmodified></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>\n\
                       </D:response>\n\
                       <D:response><D:href>/docs/budget.ods</D:href>\n\
                       <D:status>HTTP/1.1 403 Forbidden</D:status>\n\
                       </D:response>\n\
                       </D:multistatus>",
        }],
        headers: &[
            Header {
                name: "Content-Type",
                usage: HeaderUsage::Should,
                why: "A response with content should say its type; the multistatus body is XML, \
                      sent as application/xml or text/xml.",
                source: "RFC 9110 §8.3; RFC 4918 §13",
            },
            Header {
                name: "Depth",
                usage: HeaderUsage::Request,
                why: "PROPFIND, COPY, MOVE and DELETE with Depth 1 or infinity cover several \
                      resources, hence several statuses.",
                source: "RFC 4918 §10.2",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9111 §3"),
        retry: "Only for the entries that failed, after fixing their cause; the others have \
                already succeeded.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 200,
                how: "One resource, one outcome: everything succeeded.",
            },
            Related {
                code: 208,
                how: "Appears inside a 207 body for a member already reported under another binding.",
            },
            Related {
                code: 424,
                how: "Appears inside a 207 body for an item that failed because another part of the request failed.",
            },
        ],
        keywords: &[
            "webdav",
            "propfind",
            "proppatch",
            "batch response",
            "bulk operation",
            "partial success",
            "mixed results",
            "per item status",
            "multistatus xml",
            "caldav",
            "carddav",
            "several statuses",
        ],
    },
    Status {
        code: 208,
        name: "Already Reported",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 5842",
            section: Some("7.1"),
        }),
        summary: "WebDAV: this member was already listed earlier in the same 207 response.",
        meaning: "Used inside a 207 Multi-Status body, in a DAV:propstat element, by servers that \
                  support WebDAV bindings (RFC 5842 §7.1). When one collection is reachable \
                  through several bindings, a Depth: infinity request lists its members once, \
                  under the first binding with 200, and marks the other bindings 208 without \
                  listing their members again. This keeps responses finite when bindings form a \
                  loop. RFC 5842 defines it for use inside a multistatus body, not as the status \
                  of a whole response.",
        use_when: &[
            "Your WebDAV server supports bindings (RFC 5842) and a Depth: infinity PROPFIND reaches \
             a collection it has already reported through another binding.",
            "Preventing endless enumeration when bindings create a loop in the collection tree.",
        ],
        avoid: &[
            "Sending 208 as the status line of a whole response: it belongs inside a 207 body.",
            "Using 208 in a REST API to mean 'duplicate' or 'already done': answer a repeated \
             idempotent request as the first time (200 or 204), and a conflicting duplicate \
             create with 409.",
            "Enumerating the same members again under every binding: with a bind loop that never \
             ends; report them once and use 208, or stop with 508 Loop Detected.",
            "Sending 208 to a client that has not announced binding support in its DAV request \
             header: RFC 5842 §7.1 says it SHOULD NOT be used then; answer a bind loop with 508 \
             Loop Detected instead.",
        ],
        on_receipt: "Skip that entry: its members were already reported under another href in the \
                     same response. If you build a tree, map both hrefs to the same collection.",
        examples: &[Example {
            title: "A shared folder reachable by two paths",
            request: "PROPFIND /shared/ HTTP/1.1\n\
                      Host: dav.example.com\n\
                      DAV: bind\n\
                      Depth: infinity\n\
                      Content-Type: application/xml; charset=utf-8\n\
                      Content-Length: 98\n\
                      \n\
                      <?xml version=\"1.0\"?><D:propfind xmlns:D=\"DAV:\"><D:prop><D:getlastmodified/></D:prop></D:propfind>",
            response: "HTTP/1.1 207 Multi-Status\n\
                       Content-Type: application/xml; charset=utf-8\n\
                       \n\
                       <?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
                       <D:multistatus xmlns:D=\"DAV:\">\n\
                       <D:response><D:href>/shared/team/</D:href>\n\
                       <D:propstat><D:prop><D:getlastmodified>Sun, 22 Nov 2026 09:00:00 GMT</D:getlastmodified></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>\n\
                       </D:response>\n\
                       <D:response><D:href>/shared/team/plan.txt</D:href>\n\
                       <D:propstat><D:prop><D:getlastmodified>Sat, 21 Nov 2026 16:40:00 GMT</D:getlastmodified></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>\n\
                       </D:response>\n\
                       <D:response><D:href>/shared/alias-to-team/</D:href>\n\
                       <D:propstat><D:prop><D:getlastmodified/></D:prop><D:status>HTTP/1.1 208 Already Reported</D:status></D:propstat>\n\
                       </D:response>\n\
                       </D:multistatus>",
        }],
        headers: &[
            Header {
                name: "Depth",
                usage: HeaderUsage::Request,
                why: "208 only arises for Depth: infinity requests that walk into the same \
                      collection twice.",
                source: "RFC 5842 §7.1; RFC 4918 §10.2",
            },
            Header {
                name: "DAV",
                usage: HeaderUsage::Request,
                why: "A client that lists bind here says it understands 208; without that, the \
                      server should not send 208.",
                source: "RFC 5842 §7.1",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9111 §3"),
        retry: "Not applicable: it is a per-member note inside a 207, not an outcome to retry.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 207,
                how: "The response that carries 208 entries in its body.",
            },
            Related {
                code: 508,
                how: "The server hit a bind loop and stopped the whole operation instead.",
            },
            Related {
                code: 200,
                how: "Used for the first, fully listed binding of the same collection.",
            },
        ],
        keywords: &[
            "webdav bind",
            "binding",
            "duplicate member",
            "listed earlier",
            "bind loop",
            "propfind depth infinity",
            "collection loop",
            "webdav loop",
            "repeated entry",
            "symlink loop",
        ],
    },
    Status {
        code: 226,
        name: "IM Used",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 3229",
            section: Some("10.4.1"),
        }),
        summary: "The GET response is a delta or other manipulation of the current version.",
        meaning: "Defined by delta encoding in HTTP (RFC 3229 §10.4.1): the client listed acceptable \
                  instance manipulations in A-IM, and the server answered a GET with the result of \
                  applying one or more of them to the current instance, typically a delta against \
                  a version the client already holds. The IM header names what was applied, the \
                  response must carry the ETag of the full current instance, and the client \
                  rebuilds that instance from this response plus its cached copy. It is rarely \
                  deployed; an informal 'A-IM: feed' convention for RSS and Atom feeds, which is \
                  not part of RFC 3229, also answers with 226.",
        use_when: &[
            "A client that caches large, slowly changing resources sends A-IM: vcdiff with \
             If-None-Match, and you can compute a delta from that version.",
            "A feed server follows the informal RFC 3229 'feed' convention and returns only the \
             entries newer than the client's ETag.",
        ],
        avoid: &[
            "Sending 226 when the request had no A-IM header: RFC 3229 §10.4.1 requires the \
             request to list the manipulation; send 200 with the full representation.",
            "Leaving ETag out of a 226: the response must carry the current instance's entity tag \
             so the client can cache it and base the next delta on it.",
            "Using 226 just for compression: Content-Encoding with a 200 already covers that.",
        ],
        on_receipt: "Apply the manipulations named in IM to the base instance you hold (Delta-Base \
                     says which one, when given) and store the result under the new ETag. If you \
                     cannot, repeat the GET without A-IM to get the full representation.",
        examples: &[Example {
            title: "A delta against the version the client has",
            request: "GET /app/bundle.js HTTP/1.1\n\
                      Host: static.example.com\n\
                      A-IM: vcdiff, gzip\n\
                      If-None-Match: \"v41\"",
            response: "HTTP/1.1 226 IM Used\n\
                       IM: vcdiff\n\
                       Delta-Base: \"v41\"\n\
                       ETag: \"v42\"\n\
                       \n\
                       [vcdiff delta turning version v41 into v42]",
        }],
        headers: &[
            Header {
                name: "A-IM",
                usage: HeaderUsage::Request,
                why: "Lists the instance manipulations the client accepts; a delta-coding value \
                      requires If-None-Match as well.",
                source: "RFC 3229 §10.5.3",
            },
            Header {
                name: "If-None-Match",
                usage: HeaderUsage::Request,
                why: "Names the versions the client holds, which the server may use as the base \
                      of a delta.",
                source: "RFC 3229 §10.5.3; RFC 9110 §13.1.2",
            },
            Header {
                name: "IM",
                usage: HeaderUsage::May,
                why: "Names the manipulations applied, in order; the client needs it to decode the \
                      response.",
                source: "RFC 3229 §10.5.2",
            },
            Header {
                name: "ETag",
                usage: HeaderUsage::Must,
                why: "The entity tag of the full current instance, not of the delta.",
                source: "RFC 3229 §10.4.1",
            },
            Header {
                name: "Delta-Base",
                usage: HeaderUsage::May,
                why: "Says which of the client's versions the delta was computed against; it is \
                      required when the request's If-None-Match listed more than one entity tag.",
                source: "RFC 3229 §10.5.1",
            },
        ],
        cache: Cache::ExplicitOnly("RFC 9111 §3"),
        retry: "Not needed; if the delta cannot be applied, repeat the GET without A-IM to get \
                the full representation.",
        redirect: None,
        body: Body::Allowed,
        related: &[
            Related {
                code: 200,
                how: "The full representation, with no instance manipulation applied.",
            },
            Related {
                code: 304,
                how: "The client's version is current, so not even a delta is needed.",
            },
            Related {
                code: 206,
                how: "Also not the whole representation, but a byte range the client asked for.",
            },
        ],
        keywords: &[
            "delta encoding",
            "delta update",
            "diff response",
            "vcdiff",
            "a-im",
            "instance manipulation",
            "rfc 3229",
            "feed delta",
            "rss delta",
            "incremental update",
            "patch response",
        ],
    },
];
