//! Records for the 1xx codes.

use super::types::*;

pub static CODES: &[Status] = &[
    Status {
        code: 100,
        name: "Continue",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.2.1"),
        }),
        summary: "The headers look acceptable; the client may now send the request body.",
        meaning: "An interim answer saying the start of the request arrived and was not rejected \
                  (RFC 9110 §15.2.1), usually to a request that carried Expect: 100-continue. The \
                  server has checked the method, target and headers, has not rejected them, and \
                  wants the body. \
                  The point is to avoid uploading a large body only to have it refused for \
                  credentials, size or type (RFC 9110 §10.1.1). A server that sent 100 must still \
                  send a final status once it has received and processed the body, unless the \
                  connection closes early (RFC 9110 §10.1.1).",
        use_when: &[
            "An HTTP/1.1 request arrives with Expect: 100-continue and nothing in its headers rules \
             it out (credentials, Content-Type, Content-Length within limits); an origin server \
             must then answer at once, with 100 or with a final status (RFC 9110 §10.1.1).",
            "Some servers answer it for you: Node.js's http server sends 100 by itself unless you \
             listen for its 'checkContinue' event. Handle it yourself when you want to refuse on \
             the headers first.",
        ],
        avoid: &[
            "Sending 100 and only then checking credentials or size: the point is to refuse early \
             with 401, 413 or 415 instead of 100, before the body is on the wire.",
            "Sending 100 (or any 1xx) to an HTTP/1.0 client: RFC 9110 §15.2 forbids it; send the \
             final status directly.",
            "Treating an Expect member other than 100-continue as a request for 100: it is not \
             one, and the server MAY answer 417 Expectation Failed (RFC 9110 §10.1.1).",
            "A client waiting indefinitely for a 100 that never comes: an HTTP/1.0 hop or a \
             server that ignores Expect will not send one, and RFC 9110 §10.1.1 lets the client \
             send the body without waiting.",
            "Assuming only large uploads carry Expect: .NET Framework's HttpWebRequest adds it to \
             every POST or PUT with a body while ServicePointManager.Expect100Continue is true \
             (the default), and curl over HTTP/1.1 adds it to POST bodies over 1024 bytes up to \
             7.68.0 and over 1 MiB from 7.69.0, to any non-empty PUT up to 7.88.1 and to PUTs \
             over 1 MiB from 8.0.0, and whenever the size is unknown.",
        ],
        on_receipt: "Send the request body and keep waiting: the 100 is not the result. HTTP \
                     libraries handle it for you. curl waits up to one second for it by default \
                     (CURLOPT_EXPECT_100_TIMEOUT_MS, since 7.36.0) and then sends the body anyway, \
                     so an upload that pauses about a second before starting can mean that no 100 \
                     came from the server or a proxy.",
        examples: &[
            Example {
                title: "A large upload checked before the body is sent",
                request: "PUT /v1/backups/db-2026-11-23.tar.gz HTTP/1.1\n\
                          Host: storage.example.com\n\
                          Authorization: Bearer 7c1e0f...\n\
                          Content-Type: application/gzip\n\
                          Content-Length: 734003200\n\
                          Expect: 100-continue",
                response: "HTTP/1.1 100 Continue\n\
                           \n\
                           HTTP/1.1 201 Created\n\
                           Location: /v1/backups/db-2026-11-23.tar.gz\n\
                           ETag: \"a41f-2b9c\"\n\
                           Content-Length: 0",
            },
            Example {
                title: "Refused on the headers alone, so the body is never sent",
                request: "PUT /v1/backups/full-image.raw HTTP/1.1\n\
                          Host: storage.example.com\n\
                          Authorization: Bearer 7c1e0f...\n\
                          Content-Type: application/octet-stream\n\
                          Content-Length: 53687091200\n\
                          Expect: 100-continue",
                response: "HTTP/1.1 413 Content Too Large\n\
                           Content-Type: application/problem+json\n\
                           Connection: close\n\
                           \n\
                           {\"type\": \"https://storage.example.com/problems/too-large\", \"title\": \"Upload too large\", \"detail\": \"Uploads are limited to 10 GiB.\"}",
            },
        ],
        headers: &[Header {
            name: "Expect",
            usage: HeaderUsage::Request,
            why: "The 100-continue expectation asks the server to confirm with 100 that it wants \
                  the body before the body is sent.",
            source: "RFC 9110 §10.1.1",
        }],
        cache: Cache::Interim,
        retry: "Not applicable: keep sending the body and wait for the final status; if a 417 \
                comes back instead, the client SHOULD repeat the request without the 100-continue \
                expectation (RFC 9110 §10.1.1), as curl does by itself from 7.69.0.",
        redirect: None,
        body: Body::Never,
        related: &[
            Related {
                code: 417,
                how: "The server or a hop cannot meet the expectation; repeat the request without Expect.",
            },
            Related {
                code: 413,
                how: "A final refusal sent instead of 100 when the announced body is too large.",
            },
            Related {
                code: 401,
                how: "A final refusal sent instead of 100 when credentials are missing or wrong.",
            },
            Related {
                code: 103,
                how: "Another interim response, but it carries hints about the response, not permission to send a body.",
            },
        ],
        keywords: &[
            "expect header",
            "wait before body",
            "before sending body",
            "large upload",
            "upload handshake",
            "send body",
            "interim response",
            "go ahead",
            "proceed",
            "upload delay",
            "curl expect",
        ],
    },
    Status {
        code: 101,
        name: "Switching Protocols",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 9110",
            section: Some("15.2.2"),
        }),
        summary: "The server accepts the Upgrade; the connection now speaks another protocol.",
        meaning: "The server agrees to the client's request, made with the Upgrade header (RFC 9110 \
                  §7.8), to change the protocol on this connection; after the 101's empty line both \
                  sides speak the new protocol, such as WebSocket (RFC 6455). The 101 must carry an \
                  Upgrade header naming the protocol now in use, chosen from those the client \
                  offered (RFC 9110 §15.2.2, §7.8). Upgrade is an HTTP/1.1 mechanism: HTTP/2 and \
                  HTTP/3 do not support 101 (RFC 9113 §8.6, RFC 9114 §4.5), and WebSocket over \
                  them uses extended CONNECT answered with 200 (RFC 8441, RFC 9220).",
        use_when: &[
            "A WebSocket handshake (GET with Upgrade: websocket, Connection: Upgrade, \
             Sec-WebSocket-Key and Sec-WebSocket-Version: 13) is valid and you accept it.",
            "An HTTP/1.1 client offers, in Upgrade, another protocol you support and want to \
             switch to on this connection.",
        ],
        avoid: &[
            "Sending 101 without an Upgrade header, or naming a protocol the client did not offer: \
             both break RFC 9110 §7.8. If you will not switch, ignore Upgrade and answer the \
             request normally.",
            "Answering a malformed WebSocket handshake with 101 anyway: RFC 6455 §4.2.1 says to \
             stop and answer with an error such as 400; for a version you do not support, send \
             an error such as 426 with Sec-WebSocket-Version listing the ones you do (§4.2.2, \
             §4.4).",
            "Expecting 101 over HTTP/2 or HTTP/3: those versions do not support it; use extended \
             CONNECT, where success is 200 (RFC 8441, RFC 9220).",
            "A reverse proxy that drops Upgrade and Connection: they are hop-by-hop, so the proxy \
             must be set up to pass the upgrade on (in nginx, proxy_http_version 1.1 and \
             proxy_set_header for both), or the backend never sees the handshake.",
        ],
        on_receipt: "Stop parsing HTTP on this connection and hand it to the new protocol; for \
                     WebSocket, verify Sec-WebSocket-Accept first (RFC 6455 §4.1). If a WebSocket \
                     connection gets 200, 400 or 426 instead of 101 behind a proxy or load \
                     balancer, check first that the proxy forwards Upgrade and Connection.",
        examples: &[Example {
            title: "A WebSocket opening handshake",
            request: "GET /chat HTTP/1.1\n\
                      Host: ws.example.com\n\
                      Upgrade: websocket\n\
                      Connection: Upgrade\n\
                      Origin: https://app.example.com\n\
                      Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\n\
                      Sec-WebSocket-Version: 13",
            response: "HTTP/1.1 101 Switching Protocols\n\
                       Upgrade: websocket\n\
                       Connection: Upgrade\n\
                       Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=",
        }],
        headers: &[
            Header {
                name: "Upgrade",
                usage: HeaderUsage::Request,
                why: "Lists, in order of preference, the protocols the client would like to switch \
                      to on this connection.",
                source: "RFC 9110 §7.8",
            },
            Header {
                name: "Upgrade",
                usage: HeaderUsage::Must,
                why: "Names the protocol in effect after the 101; it must be one the client offered.",
                source: "RFC 9110 §15.2.2; §7.8",
            },
            Header {
                name: "Connection",
                usage: HeaderUsage::Must,
                why: "Upgrade is hop-by-hop, so whoever sends it must also list the \"upgrade\" \
                      option in Connection.",
                source: "RFC 9110 §7.8; §7.6.1",
            },
            Header {
                name: "Sec-WebSocket-Accept",
                usage: HeaderUsage::Must,
                why: "For WebSocket, proves the server read the client's Sec-WebSocket-Key; the \
                      client fails the connection without it.",
                source: "RFC 6455 §4.2.2",
            },
        ],
        cache: Cache::Interim,
        retry: "Not applicable: the connection has switched. If the server answered with a final \
                code instead, handle that code; do not loop on the upgrade request.",
        redirect: None,
        body: Body::Never,
        related: &[
            Related {
                code: 426,
                how: "The server refuses to go on until the client upgrades; it names the protocol in Upgrade.",
            },
            Related {
                code: 400,
                how: "A malformed handshake, e.g. a WebSocket request without Sec-WebSocket-Key.",
            },
            Related {
                code: 200,
                how: "Success of CONNECT and extended CONNECT, the way WebSocket starts over HTTP/2 and HTTP/3.",
            },
        ],
        keywords: &[
            "websocket",
            "websocket handshake",
            "upgrade header",
            "protocol upgrade",
            "connection upgrade",
            "ws",
            "wss",
            "socket.io",
            "h2c",
            "handshake failed",
            "upgrade to websocket",
        ],
    },
    Status {
        code: 102,
        name: "Processing",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 2518",
            section: Some("10.1"),
        }),
        summary: "WebDAV interim answer: the request is still being worked on; keep waiting.",
        meaning: "An interim response from WebDAV's first specification (RFC 2518 §10.1): the server \
                  has received the whole request and is still working on it, and says so to stop the \
                  client from timing out; RFC 2518 said a server SHOULD send it when a method takes \
                  longer than 20 seconds, a value it called reasonable but arbitrary. RFC 4918, \
                  which obsoleted RFC 2518, no longer defines 102. IANA still lists it with RFC \
                  2518 as reference, so it remains a registered code, but MDN and Spring 7 mark it \
                  deprecated and new designs should not depend on it.",
        use_when: &[
            "A legacy WebDAV server runs a slow COPY, MOVE or Depth: infinity operation and its \
             clients are known to expect 102.",
            "You control both ends, must keep one long request open, and cannot move to an \
             asynchronous design yet.",
        ],
        avoid: &[
            "Using 102 as a progress channel for long API jobs: answer 202 Accepted with a status \
             URL and let the client poll.",
            "Counting on 102 to beat gateway timeouts: whether interim responses reset a \
             gateway's or load balancer's timer depends on that product and its settings; use 202 \
             instead.",
            "Sending 102 to an HTTP/1.0 client: 1xx responses must not go to HTTP/1.0 clients \
             (RFC 9110 §15.2).",
        ],
        on_receipt: "Keep waiting for the final response; a 102 says nothing about success. In \
                     logs it points to a WebDAV server or another old component that still emits \
                     it during slow operations.",
        examples: &[Example {
            title: "A slow recursive WebDAV copy",
            request: "COPY /projects/archive/ HTTP/1.1\n\
                      Host: dav.example.com\n\
                      Destination: https://dav.example.com/backup/archive/\n\
                      Depth: infinity\n\
                      Authorization: Basic YWxpY2U6czNjcmV0",
            response: "HTTP/1.1 102 Processing\n\
                       \n\
                       HTTP/1.1 102 Processing\n\
                       \n\
                       HTTP/1.1 201 Created\n\
                       Content-Length: 0",
        }],
        headers: &[Header {
            name: "Depth",
            usage: HeaderUsage::Request,
            why: "A Depth: infinity COPY, MOVE, DELETE or PROPFIND on a large collection is the \
                  typical slow request that led servers to send 102.",
            source: "RFC 4918 §10.2",
        }],
        cache: Cache::Interim,
        retry: "Not applicable: wait for the final response, and do not resend a non-idempotent \
                request just because 102s keep arriving.",
        redirect: None,
        body: Body::Never,
        related: &[
            Related {
                code: 202,
                how: "The modern way to handle slow work: accept now, let the client poll a status URL.",
            },
            Related {
                code: 207,
                how: "The usual final WebDAV answer when a collection operation partly fails.",
            },
            Related {
                code: 103,
                how: "Another interim code, but it carries hints about the final response, not a keep-alive.",
            },
            Related {
                code: 504,
                how: "What a gateway sends when it gives up waiting for the final response.",
            },
        ],
        keywords: &[
            "webdav",
            "long running request",
            "still working",
            "keep alive",
            "request timeout",
            "slow operation",
            "deprecated",
            "interim response",
            "progress",
            "server busy",
            "wait",
        ],
    },
    Status {
        code: 103,
        name: "Early Hints",
        standing: Standing::Standard,
        former_names: &[],
        spec: Some(Spec {
            document: "RFC 8297",
            section: Some("2"),
        }),
        summary: "Preliminary headers, usually Link preloads, sent before the final response.",
        meaning: "An interim response carrying headers the server expects the final response to \
                  have, typically Link headers with rel=preload or rel=preconnect, sent while that \
                  final response is still being built (RFC 8297 §2). The browser can fetch \
                  stylesheets, scripts and fonts or open connections during the server's think \
                  time; the hints are only hints, must not be read as headers of the 103 itself, \
                  and a server may send several 103s or none. RFC 8297 is an Experimental RFC, but \
                  the code is registered, and CDNs such as Akamai can send it. What browsers do \
                  depends on the hint: MDN's compatibility data (browser-compat-data 8.0.10, \
                  August 2026) lists rel=preconnect in Chrome from version 103, Firefox from 120 \
                  and Safari from 17, but rel=preload only in Chrome from 103 and Firefox from \
                  123; Safari does not act on preload hints. Spring up to 6.x also had an unrelated, unofficial CHECKPOINT \
                  constant with this number.",
        use_when: &[
            "An HTML page takes noticeable server time (database queries, rendering) and you know \
             in advance which critical CSS, JavaScript or font files it needs.",
            "A CDN or edge proxy can send hints it has learned for a page while the origin is still \
             generating it.",
            "The page will use a third-party origin (fonts, images, an API) and a preconnect saves \
             a round trip.",
        ],
        avoid: &[
            "Sending 103 over HTTP/1.1 to unknown clients: RFC 8297 §3 warns that some clients \
             mishandle it, and Chrome and Safari act on hints only over HTTP/2 and later.",
            "Hinting resources the final page does not use: they are downloaded for nothing and \
             compete with what the page really needs.",
            "Expecting hints to work for API calls, subresources or iframes: Chrome uses them for \
             top-level page navigations only, and only the first 103 it receives.",
        ],
        on_receipt: "A browser may start preloading or preconnecting, then waits for the final \
                     response; other clients can ignore it. In server logs the same request also \
                     has a final status, which is the one that counts.",
        examples: &[Example {
            title: "Preloading a stylesheet and a font while the page renders",
            request: "GET /dashboard HTTP/1.1\n\
                      Host: www.example.com\n\
                      Accept: text/html\n\
                      Cookie: session=3f9a...",
            response: "HTTP/1.1 103 Early Hints\n\
                       Link: </static/app.css>; rel=preload; as=style\n\
                       Link: </static/inter.woff2>; rel=preload; as=font; crossorigin\n\
                       Link: <https://cdn.example.net>; rel=preconnect\n\
                       \n\
                       HTTP/1.1 200 OK\n\
                       Content-Type: text/html; charset=utf-8\n\
                       Link: </static/app.css>; rel=preload; as=style\n\
                       \n\
                       <!doctype html>...",
        }],
        headers: &[Header {
            name: "Link",
            usage: HeaderUsage::May,
            why: "Carries the preload or preconnect hints the client can act on before the final \
                  response arrives.",
            source: "RFC 8297 §2; RFC 8288 §3",
        }],
        cache: Cache::Interim,
        retry: "Not applicable: wait for the final response.",
        redirect: None,
        body: Body::Never,
        related: &[
            Related {
                code: 100,
                how: "The other common interim code; it lets a request body flow and carries no hints.",
            },
            Related {
                code: 200,
                how: "The final response that usually follows; it typically repeats the hinted Link headers (RFC 8297 §2).",
            },
            Related {
                code: 102,
                how: "An old WebDAV interim code that only says 'still working'.",
            },
        ],
        keywords: &[
            "preload",
            "preconnect",
            "link header",
            "page speed",
            "performance",
            "hints",
            "server push replacement",
            "http2 push alternative",
            "core web vitals",
            "lcp",
            "early response",
            "informational",
        ],
    },
    Status {
        code: 104,
        name: "Upload Resumption Supported",
        standing: Standing::Temporary {
            expires: "2026-11-13",
        },
        former_names: &[],
        spec: Some(Spec {
            document: "draft-ietf-httpbis-resumable-upload-05",
            section: None,
        }),
        summary: "Interim: this upload can be resumed; Location names the upload resource.",
        meaning: "A temporary IANA code point for the IETF resumable-uploads work. The registry copy \
                  this card was checked against (last updated 2025-09-15) shows it as TEMPORARY: \
                  registered 2024-11-13, extended 2025-09-15, expiring 2026-11-13, with \
                  draft-ietf-httpbis-resumable-upload-05 as its reference; the Standing line says \
                  whether that date has passed. In draft -05 a request carrying Upload-Complete \
                  creates a separate upload resource, and while the content is arriving the server \
                  may send 104; the first 104 must carry a Location naming that resource (§4). If \
                  the connection breaks, the client asks the upload resource how far it got (HEAD, \
                  Upload-Offset, §5) and appends the rest with PATCH (§6) instead of starting over. \
                  Later revisions keep 104 but change details, so the details here say which draft \
                  they follow. None of the eight libraries whose constants this tool lists defines \
                  a constant for it.",
        use_when: &[
            "Your server implements the resumable-upload draft and wants to tell the client, early \
             in a large upload, where to resume if the transfer fails.",
            "Both ends implement the same interop version of the draft (sent in \
             Upload-Draft-Interop-Version: 6 for drafts -04 and -05, 7 for -06 to -08, 8 from -09) \
             and you want the IETF design instead of a custom chunked-upload protocol.",
        ],
        avoid: &[
            "Sending 104 to clients that did not start a resumable upload, or that sent a missing \
             or different Upload-Draft-Interop-Version: draft -05 §4.2 says server \
             implementations MUST NOT send it then.",
            "Treating 104 as the upload's result: it is interim; draft -05 asks for a 2xx once the \
             whole upload is complete (201 RECOMMENDED), and that final status is what counts.",
            "Repeating Location in a second 104 for the same request: in draft -05 only the first \
             104 carries it, and later ones MUST NOT (§4).",
            "Assuming the number or the fields are settled: it is a temporary registration tied to \
             a moving draft, so pin the revision you implement and re-check the registry.",
        ],
        on_receipt: "Remember the Location URI and keep uploading. If the connection drops, send \
                     HEAD to that URI, read Upload-Offset, then PATCH the rest to it with \
                     Content-Type: application/partial-upload and that Upload-Offset (draft -05 §5, \
                     §6). A client that does not implement the draft can ignore the 104: RFC 9110 \
                     §15.2 lets a user agent ignore unexpected 1xx responses.",
        examples: &[
            Example {
                title: "A video upload that announces its resumption point (draft -05, interop version 6)",
                request: "POST /v1/videos HTTP/1.1\n\
                          Host: upload.example.com\n\
                          Authorization: Bearer 51aa...\n\
                          Content-Type: video/mp4\n\
                          Content-Length: 104857600\n\
                          Upload-Complete: ?1\n\
                          Upload-Draft-Interop-Version: 6",
                response: "HTTP/1.1 104 Upload Resumption Supported\n\
                           Upload-Draft-Interop-Version: 6\n\
                           Location: https://upload.example.com/uploads/7d3c9e\n\
                           \n\
                           HTTP/1.1 201 Created\n\
                           Location: https://upload.example.com/uploads/7d3c9e\n\
                           Upload-Offset: 104857600\n\
                           Content-Type: application/json\n\
                           \n\
                           {\"id\": \"v-88412\", \"status\": \"processing\"}",
            },
            Example {
                title: "After a broken connection: asking the upload resource how far it got (draft -05)",
                request: "HEAD /uploads/7d3c9e HTTP/1.1\n\
                          Host: upload.example.com\n\
                          Authorization: Bearer 51aa...\n\
                          Upload-Draft-Interop-Version: 6",
                response: "HTTP/1.1 204 No Content\n\
                           Upload-Offset: 52428800\n\
                           Upload-Complete: ?0\n\
                           Upload-Length: 104857600\n\
                           Cache-Control: no-store",
            },
            Example {
                title: "Appending the rest and completing the upload (draft -05)",
                request: "PATCH /uploads/7d3c9e HTTP/1.1\n\
                          Host: upload.example.com\n\
                          Authorization: Bearer 51aa...\n\
                          Content-Type: application/partial-upload\n\
                          Content-Length: 52428800\n\
                          Upload-Offset: 52428800\n\
                          Upload-Complete: ?1\n\
                          Upload-Draft-Interop-Version: 6",
                response: "HTTP/1.1 201 Created\n\
                           Upload-Offset: 104857600\n\
                           Content-Length: 0",
            },
        ],
        headers: &[
            Header {
                name: "Upload-Complete",
                usage: HeaderUsage::Request,
                why: "Marks the request as a resumable upload and says whether its content ends the \
                      upload (draft -05).",
                source: "draft-ietf-httpbis-resumable-upload-05 §4; §8.3",
            },
            Header {
                name: "Location",
                usage: HeaderUsage::Must,
                why: "In draft -05 the first 104 for a request must name the upload resource here, \
                      and later 104s must not; drafts from -10 on require it in every 104 sent for \
                      upload creation.",
                source: "draft-ietf-httpbis-resumable-upload-05 §4; RFC 9110 §10.2.2",
            },
            Header {
                name: "Upload-Draft-Interop-Version",
                usage: HeaderUsage::Must,
                why: "Draft implementations send the interop version both ways, and a client must \
                      ignore a 104 whose version is missing or different; it is 6 in drafts -04 \
                      and -05, 7 in -06 to -08 and 8 from -09.",
                source: "draft-ietf-httpbis-resumable-upload-05 §4.2",
            },
            Header {
                name: "Upload-Offset",
                usage: HeaderUsage::May,
                why: "A 104 may report how many bytes have arrived so far; the answer to HEAD must \
                      carry it, and so must the final response while the server considers the \
                      upload active (draft -05).",
                source: "draft-ietf-httpbis-resumable-upload-05 §4; §5",
            },
            Header {
                name: "Content-Type",
                usage: HeaderUsage::Request,
                why: "An append, the PATCH sent to the upload resource to resume, must use the \
                      application/partial-upload media type (draft -05).",
                source: "draft-ietf-httpbis-resumable-upload-05 §6",
            },
        ],
        cache: Cache::Interim,
        retry: "Not applicable in itself; if the transfer then breaks, resume through the upload \
                resource from Location (HEAD for the offset, then PATCH) instead of starting over. \
                Draft -05 says a client should not retry automatically after a 4xx.",
        redirect: None,
        body: Body::Never,
        related: &[
            Related {
                code: 100,
                how: "Says 'send the body'; 104 says 'and here is where to resume it'.",
            },
            Related {
                code: 201,
                how: "The final answer draft -05 recommends once the upload is complete, and the one it requires for a part that leaves the upload incomplete.",
            },
            Related {
                code: 409,
                how: "In draft -05, the answer to an append whose Upload-Offset does not match the server's offset.",
            },
            Related {
                code: 103,
                how: "Another interim code, carrying hints about the final response instead.",
            },
        ],
        keywords: &[
            "resumable upload",
            "resume upload",
            "tus",
            "upload interrupted",
            "large file upload",
            "upload offset",
            "chunked upload",
            "partial upload",
            "upload-complete",
            "continue upload after disconnect",
            "broken upload",
        ],
    },
];
