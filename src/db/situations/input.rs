//! Situations: request input: bodies, parameters, headers, methods, formats, sizes, versions, ranges, queries.

use crate::db::{Alternative, Situation};

pub static SITUATIONS: &[Situation] = &[
    // Validation and parsing of the request body.
    Situation {
        id: "malformed-request-syntax",
        title: "the request cannot be parsed: broken syntax or framing",
        phrasings: &[
            "malformed request",
            "bad request syntax",
            "request cannot be parsed",
            "garbled request line",
            "invalid request framing",
            "unparseable request",
        ],
        code: 400,
        vendor: None,
        why: "400 is the code for a request the server cannot or will not process because of a \
              client error such as malformed syntax or invalid framing (RFC 9110 §15.5.1). Say \
              in the body what could not be read.",
        alternatives: &[
            Alternative {
                code: 422,
                when: "if it parses but the values it carries are invalid",
            },
            Alternative {
                code: 415,
                when: "if the body is well-formed but in a format the endpoint does not take",
            },
        ],
    },
    Situation {
        id: "malformed-json-body",
        title: "the request body is not valid JSON",
        phrasings: &[
            "invalid json in request body",
            "malformed json",
            "json parse error",
            "unexpected end of json input",
            "truncated json body",
            "syntax error in posted json",
            "trailing comma in json payload",
        ],
        code: 400,
        vendor: None,
        why: "The server cannot even read the content, the textbook case for 400 \
              (RFC 9110 §15.5.1); say where parsing failed. Letting the parser's exception escape \
              as a 500 blames the server for the client's mistake.",
        alternatives: &[
            Alternative {
                code: 415,
                when: "if the body is not meant to be JSON at all, such as form data sent to a JSON endpoint",
            },
            Alternative {
                code: 413,
                when: "if the JSON is incomplete because the server stopped reading at its size limit",
            },
        ],
    },
    Situation {
        id: "malformed-xml-body",
        title: "the XML request body is not well-formed",
        phrasings: &[
            "malformed xml",
            "xml parse error",
            "invalid xml payload",
            "soap request with broken xml",
            "unclosed tag in xml body",
            "xml not well formed",
        ],
        code: 400,
        vendor: None,
        why: "XML that is not well-formed cannot be parsed, so the request is malformed \
              (RFC 9110 §15.5.1). RFC 9110 uses the opposite case, well-formed XML with wrong \
              instructions, as its example for 422 (§15.5.21).",
        alternatives: &[
            Alternative {
                code: 422,
                when: "if the XML parses but fails the schema or carries values you reject",
            },
            Alternative {
                code: 415,
                when: "if the endpoint does not take XML at all",
            },
        ],
    },
    Situation {
        id: "field-wrong-type",
        title: "a field in the body has the wrong type",
        phrasings: &[
            "string instead of number in json",
            "wrong data type in request body",
            "type mismatch in payload",
            "expected integer got string",
            "boolean sent as string",
            "array where an object was expected",
            "cannot deserialize value",
        ],
        code: 422,
        vendor: None,
        why: "The JSON parsed, so its syntax is fine and only its content is wrong, which is how \
              RFC 9110 §15.5.21 defines 422. Opinions differ: many frameworks fail while \
              deserializing and send 400, which is fine if the API answers every input error with \
              400 consistently.",
        alternatives: &[Alternative {
            code: 400,
            when: "if your API reports all input errors, type mismatches included, as 400",
        }],
    },
    Situation {
        id: "field-validation-failed",
        title: "field values fail validation (format, length, range)",
        phrasings: &[
            "validation failed",
            "invalid email format",
            "form validation errors",
            "field too long",
            "value out of range",
            "negative quantity rejected",
            "invalid phone number",
            "input validation error response",
        ],
        code: 422,
        vendor: None,
        why: "The request was read and its values were rejected, which 422 says precisely \
              (RFC 9110 §15.5.21), while 400 is the generic client error (§15.5.1). Opinions \
              differ: many APIs send 400 for every input error because it is older and understood \
              everywhere; pick one, use it throughout, and list each failing field in the body \
              (RFC 9457 problem details fit well).",
        alternatives: &[Alternative {
            code: 400,
            when: "if your API uses 400 for every input error, which is also common and acceptable",
        }],
    },
    Situation {
        id: "required-field-missing",
        title: "a required field is missing from the request body",
        phrasings: &[
            "required field missing",
            "missing property in json body",
            "field is required",
            "null value for mandatory field",
            "user submits form without a name",
            "missing required attribute in payload",
        ],
        code: 422,
        vendor: None,
        why: "The body parsed but is incomplete by the API's rules, so 422 (RFC 9110 §15.5.21), \
              naming each missing field. Opinions differ as for all validation errors, and 400 is \
              just as common.",
        alternatives: &[Alternative {
            code: 400,
            when: "if your API reports all input errors as 400",
        }],
    },
    Situation {
        id: "business-rule-violation",
        title: "the input is well-formed but breaks a business rule",
        phrasings: &[
            "business rule violation",
            "transfer amount exceeds limit",
            "booking date in the past",
            "order quantity above maximum allowed",
            "discount code not valid for this product",
            "domain validation error",
            "semantic validation fails",
            "well-formed request with invalid logic",
            "semantically invalid request",
        ],
        code: 422,
        vendor: None,
        why: "Every field is valid on its own, but the request asks for something the rules \
              forbid; 422 says the server understood the content and cannot act on it \
              (RFC 9110 §15.5.21). Put a specific error code in the body so clients can tell the \
              rules apart.",
        alternatives: &[
            Alternative {
                code: 409,
                when: "if the rule depends on the resource's current state, such as an order that has already shipped",
            },
            Alternative {
                code: 403,
                when: "if the rule is about who may do it rather than what is asked",
            },
            Alternative {
                code: 400,
                when: "if your API uses 400 for every input error",
            },
        ],
    },
    Situation {
        id: "unknown-fields-in-body",
        title: "the request body contains fields the API does not know",
        phrasings: &[
            "unknown field in json",
            "unexpected property in request body",
            "additional properties not allowed",
            "reject extra fields",
            "misspelled field name in payload",
            "unrecognized field",
            "strict schema rejects extra keys",
        ],
        code: 422,
        vendor: None,
        why: "Opinions differ: many APIs ignore unknown fields so clients and server can evolve \
              separately, while strict APIs reject them to catch typos that would otherwise be \
              dropped silently. If you reject, the JSON parsed and only its content is refused, so \
              422 (RFC 9110 §15.5.21) or your usual 400, naming the field.",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if your API reports all input errors as 400",
            },
            Alternative {
                code: 200,
                when: "if you ignore unknown fields and process the rest (201 for a create); document it",
            },
        ],
    },
    Situation {
        id: "invalid-enum-value",
        title: "a field holds a value outside the allowed set",
        phrasings: &[
            "invalid enum value",
            "value not in allowed list",
            "unknown status value",
            "unsupported value for type field",
            "invalid option selected",
            "enum mismatch in payload",
        ],
        code: 422,
        vendor: None,
        why: "The body parsed and the value is simply not one the API accepts, so 422 \
              (RFC 9110 §15.5.21); list the allowed values in the error. Opinions differ as for \
              other validation errors, and 400 is equally common.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the value is in a query parameter, or your API uses 400 for every input error",
        }],
    },
    Situation {
        id: "invalid-date-range",
        title: "a date range is invalid: end before start, or too long",
        phrasings: &[
            "end date before start date",
            "invalid date range",
            "from date after to date",
            "check-out before check-in",
            "start time later than end time",
            "date range too wide",
            "report period longer than allowed",
        ],
        code: 422,
        vendor: None,
        why: "Each date is valid alone; only together do they break a rule, a cross-field check \
              that 422 covers (RFC 9110 §15.5.21). When the dates come as query parameters of a \
              search or report, 400 fits better, since 422 is defined for request content.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the dates are query parameters, or your API uses 400 for every input error",
        }],
    },
    Situation {
        id: "empty-request-body",
        title: "the request body is empty but one is required",
        phrasings: &[
            "empty request body",
            "no body sent with post",
            "body is null",
            "missing request body",
            "post without payload",
            "required request body is missing",
        ],
        code: 400,
        vendor: None,
        why: "With no content there is nothing to validate, so the request is malformed for this \
              endpoint (RFC 9110 §15.5.1). An empty JSON object is different: it parses, so its \
              missing fields are a validation error.",
        alternatives: &[
            Alternative {
                code: 422,
                when: "if the body is an empty object and the problem is its missing fields",
            },
            Alternative {
                code: 411,
                when: "if the server insists on Content-Length and none was sent",
            },
        ],
    },
    Situation {
        id: "invalid-text-encoding",
        title: "the body is not in the declared or expected character encoding",
        phrasings: &[
            "invalid utf-8 in request body",
            "malformed utf8 sequence",
            "wrong charset in request",
            "latin-1 text sent to a json endpoint",
            "encoding error in payload",
            "unsupported charset",
            "invalid byte sequence",
        ],
        code: 400,
        vendor: None,
        why: "Bytes that are not valid in the declared encoding cannot be decoded into text, so the \
              content is malformed (RFC 9110 §15.5.1). A charset the endpoint does not support at \
              all is a format problem, which 415 covers (RFC 9110 §15.5.16).",
        alternatives: &[Alternative {
            code: 415,
            when: "if the Content-Type names a charset the endpoint does not accept",
        }],
    },
    Situation {
        id: "batch-too-many-items",
        title: "a bulk or batch request contains too many items",
        phrasings: &[
            "too many items in batch",
            "bulk request limit exceeded",
            "max records per request exceeded",
            "array too large in body",
            "batch size limit",
            "too many ids in bulk delete",
        ],
        code: 413,
        vendor: None,
        why: "Opinions differ: 413 says the content is larger than the server is willing to \
              process (RFC 9110 §15.5.14), which fits a count limit and tells the client to send \
              less, while many APIs treat the cap as a validation rule and send 422 or 400. \
              Whichever you choose, state the limit in the body.",
        alternatives: &[
            Alternative {
                code: 422,
                when: "if you treat the item cap as a validation rule on the content",
            },
            Alternative {
                code: 400,
                when: "if your API reports all input errors as 400",
            },
        ],
    },
    Situation {
        id: "weak-password",
        title: "a new password does not meet the password policy",
        phrasings: &[
            "password too weak",
            "password too short",
            "password policy not met",
            "password must contain a number",
            "password complexity requirements",
            "breached password rejected",
            "user picks a common password",
        ],
        code: 422,
        vendor: None,
        why: "The request is well-formed and the password is present; it fails a content rule, \
              which 422 covers (RFC 9110 §15.5.21). List the rules it broke so the form can show \
              them; some APIs use 400 here, as for all validation.",
        alternatives: &[Alternative {
            code: 400,
            when: "if your API reports all validation errors as 400",
        }],
    },
    Situation {
        id: "import-file-invalid-rows",
        title: "an uploaded import file has invalid rows or columns",
        phrasings: &[
            "csv import validation errors",
            "invalid rows in uploaded spreadsheet",
            "missing column in csv",
            "bulk import fails on bad data",
            "excel upload contains bad values",
            "import file row errors",
        ],
        code: 422,
        vendor: None,
        why: "The file arrived in a supported format and could be read; its data is what fails, \
              so 422 (RFC 9110 §15.5.21), with row and column numbers in the body.",
        alternatives: &[
            Alternative {
                code: 415,
                when: "if the file is not a format the import accepts, such as a PDF instead of CSV",
            },
            Alternative {
                code: 400,
                when: "if the file cannot be parsed at all, such as broken quoting",
            },
            Alternative {
                code: 202,
                when: "if the import runs in the background and errors are reported later",
            },
        ],
    },
    // Parameters and headers.
    Situation {
        id: "missing-query-parameter",
        title: "a required query parameter is missing",
        phrasings: &[
            "missing query parameter",
            "required parameter not provided",
            "query string param missing",
            "request without required param",
            "missing search term",
            "required request parameter is not present",
        ],
        code: 400,
        vendor: None,
        why: "The request lacks something the endpoint needs to be understood, the generic client \
              error (RFC 9110 §15.5.1); name the parameter. 422 fits poorly because RFC 9110 \
              §15.5.21 defines it for request content, not the URI.",
        alternatives: &[Alternative {
            code: 200,
            when: "if a sensible default exists: apply it instead of failing",
        }],
    },
    Situation {
        id: "invalid-query-parameter-value",
        title: "a query parameter has an invalid value or type",
        phrasings: &[
            "invalid query parameter",
            "limit=abc",
            "query param wrong type",
            "invalid boolean in query string",
            "failed to convert query parameter",
            "bad value for query param",
            "query parameter out of range",
        ],
        code: 400,
        vendor: None,
        why: "A value that does not parse, or lies outside what the endpoint accepts, makes the \
              request unusable as sent (RFC 9110 §15.5.1); name the parameter and the accepted \
              values. Do not let the conversion error surface as a 500.",
        alternatives: &[Alternative {
            code: 422,
            when: "if your API deliberately uses 422 for every validation error, query parameters included",
        }],
    },
    Situation {
        id: "unknown-query-parameter",
        title: "the request has a query parameter the endpoint does not know",
        phrasings: &[
            "unknown query parameter",
            "unrecognized query string param",
            "unexpected parameter in url",
            "typo in query parameter name",
            "ignore or reject unknown params",
            "unsupported query parameter",
        ],
        code: 400,
        vendor: None,
        why: "Opinions differ: rejecting unknown parameters (RFC 9110 §15.5.1) catches typos such \
              as ?staus=open that would otherwise return unfiltered data, while ignoring them keeps \
              old clients working as the API changes. Rejecting is safer for filters; ignoring \
              suits harmless extras such as tracking parameters.",
        alternatives: &[Alternative {
            code: 200,
            when: "if you choose to ignore parameters you do not know",
        }],
    },
    Situation {
        id: "mutually-exclusive-parameters",
        title: "parameters that cannot be combined are sent together",
        phrasings: &[
            "mutually exclusive parameters",
            "conflicting query parameters",
            "either id or email but not both",
            "cannot use both cursor and page",
            "incompatible options in request",
            "parameters cannot be combined",
        ],
        code: 400,
        vendor: None,
        why: "The combination makes the request ambiguous, so the server cannot tell what was \
              meant (RFC 9110 §15.5.1); name both parameters. Nothing clashes with the resource's \
              state, so 409 does not apply.",
        alternatives: &[Alternative {
            code: 422,
            when: "if the fields are in the request body and your API reports body validation as 422",
        }],
    },
    Situation {
        id: "duplicate-query-parameter",
        title: "a single-valued query parameter is sent more than once",
        phrasings: &[
            "same query parameter twice",
            "duplicate query string key",
            "id=1&id=2 where one id is expected",
            "repeated parameter with different values",
            "parameter pollution",
            "which value wins for a repeated param",
        ],
        code: 400,
        vendor: None,
        why: "Two values for a parameter that takes one make the request ambiguous, and frameworks \
              disagree on which value wins, so refuse it rather than guess (RFC 9110 §15.5.1). \
              Where a list is meant, document repeated keys or a comma-separated value.",
        alternatives: &[Alternative {
            code: 200,
            when: "if the parameter is documented as repeatable and each value is used",
        }],
    },
    Situation {
        id: "malformed-path-id",
        title: "the id in the URL path is malformed, such as letters for a number",
        phrasings: &[
            "non-numeric id in url",
            "invalid id format in path",
            "letters where the path expects a number",
            "malformed uuid in path",
            "path variable wrong type",
            "id too large for integer",
            "failed to convert path variable",
        ],
        code: 400,
        vendor: None,
        why: "Opinions differ: 400 (RFC 9110 §15.5.1) tells the client its id is malformed, which \
              helps debugging, while 404 (§15.5.5) is also correct because nothing can exist at \
              that URI. Either is fine; a 500 from an unhandled conversion error is not.",
        alternatives: &[Alternative {
            code: 404,
            when: "if your routes only match well-formed ids, so a malformed one matches no resource",
        }],
    },
    Situation {
        id: "missing-path-id",
        title: "an item request is sent to the collection URL without an id",
        phrasings: &[
            "id missing from url",
            "put without id in path",
            "delete on the collection url with no id",
            "forgot the id in the endpoint",
            "path parameter missing",
            "update request sent to collection url",
        ],
        code: 405,
        vendor: None,
        why: "Without the id the request reaches the collection, which exists but usually does not \
              allow PUT or DELETE; 405 says exactly that, and MUST carry an Allow header \
              (RFC 9110 §15.5.6).",
        alternatives: &[
            Alternative {
                code: 404,
                when: "if no route matches the URL without the id",
            },
            Alternative {
                code: 400,
                when: "if the id is a required query or body field instead of a path segment",
            },
        ],
    },
    Situation {
        id: "missing-content-type",
        title: "the request body arrives without a Content-Type header",
        phrasings: &[
            "missing content-type header",
            "post without a content type",
            "content type not set",
            "body sent without content-type",
            "curl post without content-type header",
            "request has no media type",
        ],
        code: 415,
        vendor: None,
        why: "Without Content-Type a recipient MAY assume application/octet-stream or inspect the \
              data (RFC 9110 §8.3); an endpoint that reads only JSON should refuse with 415 and \
              name the accepted type (RFC 9110 §15.5.16) rather than guess.",
        alternatives: &[Alternative {
            code: 400,
            when: "if your API treats any missing required header as a malformed request",
        }],
    },
    Situation {
        id: "missing-host-header",
        title: "the Host header is missing, duplicated or invalid",
        phrasings: &[
            "missing host header",
            "no host header in request",
            "two host headers",
            "invalid host header value",
            "http/1.1 request without host",
            "raw socket request rejected",
        ],
        code: 400,
        vendor: None,
        why: "RFC 9112 §3.2 says a server MUST answer 400 to an HTTP/1.1 request with no Host \
              header, more than one, or an invalid value. Hand-written requests (netcat, raw \
              sockets) are the usual cause.",
        alternatives: &[Alternative {
            code: 421,
            when: "if Host is valid but names a site this server is not configured to serve",
        }],
    },
    Situation {
        id: "misdirected-host",
        title: "the Host header names a site this server does not serve",
        phrasings: &[
            "unknown host header",
            "request for a domain not configured on this server",
            "wrong virtual host",
            "host header matches no server block",
            "default vhost gets requests for other domains",
            "site not configured for this hostname",
        ],
        code: 421,
        vendor: None,
        why: "421 says the server is not configured to answer authoritatively for this target URI \
              or over this connection (RFC 9110 §15.5.20, §7.4); the client MAY retry over a fresh \
              connection to the right server.",
        alternatives: &[
            Alternative {
                code: 404,
                when: "if a catch-all default site answers for unknown hosts",
            },
            Alternative {
                code: 400,
                when: "if the Host value is malformed rather than unknown",
            },
        ],
    },
    Situation {
        id: "invalid-content-length",
        title: "the Content-Length header is invalid or does not match the body",
        phrasings: &[
            "invalid content-length",
            "content-length mismatch",
            "body shorter than content-length",
            "wrong content length header",
            "content-length not a number",
            "multiple different content-length values",
        ],
        code: 400,
        vendor: None,
        why: "Without Transfer-Encoding, an invalid Content-Length leaves the message framing \
              unreadable, and the server MUST answer 400 and then close the connection \
              (RFC 9112 §6.3). A body shorter than declared usually ends in a timeout instead, as \
              the server waits for bytes that never come.",
        alternatives: &[
            Alternative {
                code: 408,
                when: "if the body is shorter than announced and the server gives up waiting for the rest",
            },
            Alternative {
                code: 413,
                when: "if the declared length is valid but over your limit",
            },
        ],
    },
    Situation {
        id: "content-length-and-transfer-encoding",
        title: "a request carries both Content-Length and Transfer-Encoding",
        phrasings: &[
            "both content-length and transfer-encoding",
            "request smuggling",
            "cl te conflict",
            "te cl desync",
            "chunked and content length together",
            "http desync attack",
        ],
        code: 400,
        vendor: None,
        why: "Conflicting framing headers are the basis of request smuggling: a server MAY reject \
              such a request or use Transfer-Encoding alone, and MUST close the connection \
              afterwards (RFC 9112 §6.1). If Transfer-Encoding is present and chunked is not its \
              final coding, 400 is a MUST (RFC 9112 §6.3).",
        alternatives: &[Alternative {
            code: 501,
            when: "if Transfer-Encoding names a coding the server does not understand (RFC 9112 §6.1)",
        }],
    },
    Situation {
        id: "missing-content-length",
        title: "an upload arrives without Content-Length (chunked or streamed)",
        phrasings: &[
            "missing content-length",
            "chunked upload rejected",
            "streamed upload without size",
            "post without a content length",
            "transfer-encoding chunked not accepted",
            "empty post needs content-length 0",
        ],
        code: 411,
        vendor: None,
        why: "411 says the server refuses the request without a defined Content-Length, and the \
              client MAY repeat it with one (RFC 9110 §15.5.12). Demand it only where you need the \
              size up front, since many clients stream bodies without knowing their length.",
        alternatives: &[
            Alternative {
                code: 413,
                when: "if a length was given and is over the limit",
            },
            Alternative {
                code: 400,
                when: "if Content-Length is present but invalid (RFC 9112 §6.3)",
            },
        ],
    },
    Situation {
        id: "missing-custom-header",
        title: "a required custom header is missing or invalid",
        phrasings: &[
            "missing required header",
            "x-tenant-id header missing",
            "missing x-client-id header",
            "missing x-organization-id header",
            "invalid value in custom header",
            "required header not present",
            "missing correlation id header",
        ],
        code: 400,
        vendor: None,
        why: "A header the API documents as required is part of the request it accepts, so its \
              absence or a bad value is a client error (RFC 9110 §15.5.1); name the header in the \
              body.",
        alternatives: &[
            Alternative {
                code: 401,
                when: "if the header carries credentials, such as an API key",
            },
            Alternative {
                code: 428,
                when: "if the header is a precondition such as If-Match (RFC 6585 §3)",
            },
        ],
    },
    Situation {
        id: "unsupported-transfer-coding",
        title: "the request uses a transfer coding the server does not understand",
        phrasings: &[
            "unknown transfer-encoding",
            "unsupported transfer coding",
            "transfer-encoding gzip on a request",
            "server cannot decode transfer encoding",
            "invalid transfer-encoding header",
        ],
        code: 501,
        vendor: None,
        why: "A server that receives a request with a transfer coding it does not understand \
              SHOULD answer 501 (RFC 9112 §6.1): it cannot even tell where the body ends.",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if chunked is present but is not the final coding (a MUST in RFC 9112 §6.3)",
            },
            Alternative {
                code: 415,
                when: "if the unknown coding is in Content-Encoding instead (RFC 9110 §8.4)",
            },
        ],
    },
    Situation {
        id: "malformed-url",
        title: "the URL has invalid characters or broken percent-encoding",
        phrasings: &[
            "invalid characters in url",
            "space in request url",
            "malformed url encoding",
            "bad percent encoding",
            "invalid request line",
            "unescaped characters in path",
        ],
        code: 400,
        vendor: None,
        why: "A recipient of an invalid request-line SHOULD answer 400 or redirect with 301 to the \
              properly encoded target, and SHOULD NOT quietly fix it and carry on, since such lines \
              may be crafted to slip past security filters (RFC 9112 §3.2).",
        alternatives: &[
            Alternative {
                code: 301,
                when: "if you redirect to the correctly encoded URL (RFC 9112 §3.2)",
            },
            Alternative {
                code: 414,
                when: "if the problem is the URL's length, not its characters",
            },
        ],
    },
    // Methods.
    Situation {
        id: "method-not-supported-on-endpoint",
        title: "the HTTP method is not supported on this endpoint",
        phrasings: &[
            "wrong http method",
            "get on a post-only endpoint",
            "request method not supported",
            "post to a read-only route",
            "webhook url opened in a browser",
            "endpoint only accepts post",
            "delete not supported on this route",
            "unsupported method on this resource",
            "patch not supported on this resource",
        ],
        code: 405,
        vendor: None,
        why: "The server knows the method but this resource does not support it; a 405 MUST carry \
              an Allow header listing the methods it does support (RFC 9110 §15.5.6). A 404 would \
              wrongly say nothing is there.",
        alternatives: &[
            Alternative {
                code: 501,
                when: "if the server does not recognise the method at all (RFC 9110 §9.1)",
            },
            Alternative {
                code: 403,
                when: "if the method is supported but this user may not use it",
            },
        ],
    },
    Situation {
        id: "unknown-method",
        title: "the request uses a method the server does not know at all",
        phrasings: &[
            "unknown http method",
            "unrecognized http verb",
            "custom method rejected",
            "typo in request method",
            "purge method not supported",
            "lowercase method name rejected",
            "method not recognized",
        ],
        code: 501,
        vendor: None,
        why: "An origin server that receives a method it does not recognise or implement SHOULD \
              answer 501, keeping 405 for known methods a resource does not allow (RFC 9110 §9.1). \
              Methods are case-sensitive, so get is not GET (RFC 9110 §9.1).",
        alternatives: &[
            Alternative {
                code: 405,
                when: "if the server knows the method but this resource does not allow it",
            },
            Alternative {
                code: 400,
                when: "if the method token is malformed rather than unknown",
            },
        ],
    },
    Situation {
        id: "modify-read-only-resource",
        title: "a client tries to change a read-only or immutable resource",
        phrasings: &[
            "patch on a read-only resource",
            "update an immutable record",
            "edit an issued invoice",
            "delete a system-defined item",
            "read-only endpoint receives put",
            "modify an audit log entry",
        ],
        code: 405,
        vendor: None,
        why: "If nobody can ever change the resource, the methods that would change it are not \
              supported: 405 with Allow: GET, HEAD (RFC 9110 §15.5.6). The right code depends on \
              why it is read-only.",
        alternatives: &[
            Alternative {
                code: 403,
                when: "if it is read-only only for this user or role",
            },
            Alternative {
                code: 409,
                when: "if it is read-only because of its current state: archived, locked, already published",
            },
        ],
    },
    Situation {
        id: "cors-origin-not-allowed",
        title: "a cross-origin request comes from an origin that is not allowed",
        phrasings: &[
            "reject cross-origin request",
            "origin not in the cors allow list",
            "cors request from an unknown site",
            "block requests from other origins",
            "invalid cors request",
            "cors request rejected",
            "cors request failed",
        ],
        code: 403,
        vendor: None,
        why: "Opinions differ. CORS is enforced by the browser: a server that leaves out \
              Access-Control-Allow-Origin has already refused the read, whatever the status. \
              Servers that also refuse the request itself, as Spring's CORS filter does, send \
              403, the code for a request understood and refused (RFC 9110 §15.5.4).",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if you answer normally and let the missing CORS headers make the browser \
                       withhold the response",
            },
            Alternative {
                code: 204,
                when: "for an allowed preflight OPTIONS request",
            },
        ],
    },
    Situation {
        id: "cors-preflight",
        title: "a browser sends a CORS preflight OPTIONS request",
        phrasings: &[
            "cors preflight fails",
            "options request returns an error",
            "preflight request not passing",
            "response to preflight request doesn't pass access control check",
            "options blocked by auth middleware",
            "access-control-allow-methods for preflight",
        ],
        code: 204,
        vendor: None,
        why: "The Fetch Standard treats a preflight as failed unless it gets an ok status \
              (200-299) with matching Access-Control-Allow-* headers, and sends it without the real \
              request's cookies or Authorization header. Answer OPTIONS before authentication and \
              routing, so it never turns into a 401, 404 or 405.",
        alternatives: &[Alternative {
            code: 200,
            when: "if your framework answers preflights with 200; any 2xx passes",
        }],
    },
    Situation {
        id: "options-allowed-methods",
        title: "a client asks which methods an endpoint supports",
        phrasings: &[
            "options request allowed methods",
            "discover supported methods",
            "which verbs does this endpoint accept",
            "allow header on options",
            "api capability discovery",
        ],
        code: 204,
        vendor: None,
        why: "A successful OPTIONS response SHOULD carry headers such as Allow that describe the \
              resource's options (RFC 9110 §9.3.7); with nothing else to say, 204 fits.",
        alternatives: &[Alternative {
            code: 200,
            when: "if you also describe the options in a body",
        }],
    },
    Situation {
        id: "head-request",
        title: "a HEAD request arrives for an endpoint written for GET",
        phrasings: &[
            "head request returns error",
            "head not supported by framework",
            "check if a file exists without downloading it",
            "link checker sends head",
            "head method on a get route",
        ],
        code: 200,
        vendor: None,
        why: "HEAD is GET without content: general-purpose servers MUST support it \
              (RFC 9110 §9.1), and the response SHOULD carry the headers a GET would \
              (RFC 9110 §9.3.2). Answering 405 to HEAD on a readable resource is a routing gap.",
        alternatives: &[
            Alternative {
                code: 405,
                when: "if the resource does not support GET either",
            },
            Alternative {
                code: 404,
                when: "if nothing exists at the URL, exactly as GET would say",
            },
        ],
    },
    Situation {
        id: "get-with-body",
        title: "a GET request carries a request body",
        phrasings: &[
            "get request with json body",
            "body in a get request",
            "send filters in the body of a get",
            "elasticsearch style get with body",
            "get body dropped by proxy",
            "should a get have a payload",
        ],
        code: 400,
        vendor: None,
        why: "Content in a GET has no generally defined semantics, cannot change the request's \
              meaning, and may make some implementations reject the request and close the \
              connection (RFC 9110 §9.3.1); if you refuse it, 400 says so. For queries too large \
              for the URL, accept POST to a search endpoint instead.",
        alternatives: &[Alternative {
            code: 200,
            when: "if you ignore the body and answer the GET from its URL alone",
        }],
    },
    Situation {
        id: "trace-method-disabled",
        title: "a security scan flags the TRACE method as enabled",
        phrasings: &[
            "disable trace method",
            "trace method enabled vulnerability",
            "cross site tracing",
            "security scan flags trace",
            "block track and trace",
            "turn off http trace",
        ],
        code: 405,
        vendor: None,
        why: "TRACE echoes the request back to the client (RFC 9110 §9.3.8), which scanners flag; \
              a server that refuses it on a resource answers 405 with Allow listing the methods it \
              keeps (RFC 9110 §15.5.6).",
        alternatives: &[Alternative {
            code: 501,
            when: "if the server implements the method for no resource at all (RFC 9110 §9.1)",
        }],
    },
    // Content negotiation.
    Situation {
        id: "unsupported-content-type",
        title: "the body is in a format the endpoint does not accept",
        phrasings: &[
            "wrong content type",
            "form data sent to a json api",
            "text/plain body rejected",
            "content type not supported",
            "xml sent to a json endpoint",
            "content type application/x-www-form-urlencoded not supported",
            "unsupported content type header",
        ],
        code: 415,
        vendor: None,
        why: "415 says the content is in a format this method on this resource does not support, \
              judged from Content-Type or by inspecting the data (RFC 9110 §15.5.16); list the \
              accepted types, for example in Accept or Accept-Post.",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if the type is right but the body does not parse",
            },
            Alternative {
                code: 406,
                when: "if the problem is the response format the client asked for in Accept",
            },
        ],
    },
    Situation {
        id: "upload-refused-by-malware-scan",
        title: "an uploaded file is refused because a malware scan flags it",
        phrasings: &[
            "virus detected in upload",
            "antivirus rejects uploaded file",
            "upload infected with malware",
            "clamav flags an uploaded file",
            "eicar test file upload",
            "malicious file upload blocked",
            "file failed the virus scan",
        ],
        code: 403,
        vendor: None,
        why: "The server understood the upload and refuses to keep what it holds, which 403 \
              covers: the server understood the request but refuses to fulfill it (RFC 9110 \
              §15.5.4); ownCloud answers an infected upload with 403. Opinions differ: \
              Nextcloud's antivirus answers 415, and some services 400. Say in the body that \
              a scan refused the file.",
        alternatives: &[
            Alternative {
                code: 422,
                when: "if your API reports every rule on what a body holds as a validation \
                      error",
            },
            Alternative {
                code: 415,
                when: "only for a format the endpoint does not take (RFC 9110 §15.5.16), not \
                      for a file in an accepted format whose content is refused",
            },
        ],
    },
    Situation {
        id: "unsupported-patch-format",
        title: "a PATCH uses a patch format the resource does not support",
        phrasings: &[
            "json patch not supported",
            "merge patch vs json patch",
            "wrong content type for patch",
            "application/json-patch+json rejected",
            "patch document format",
            "accept-patch header",
        ],
        code: 415,
        vendor: None,
        why: "RFC 5789 §2.2 names 415 for a patch document format the server does not support for \
              the resource, and says the response SHOULD include Accept-Patch listing the formats \
              it does.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the format is supported but the patch document is malformed (RFC 5789 §2.2)",
        }],
    },
    Situation {
        id: "malformed-patch-document",
        title: "a PATCH document is malformed or cannot be applied",
        phrasings: &[
            "invalid json patch",
            "patch operation failed",
            "json patch path does not exist",
            "bad patch op",
            "patch would make the resource invalid",
            "merge patch with wrong structure",
        ],
        code: 400,
        vendor: None,
        why: "A server SHOULD answer 400 when the patch document is not properly formatted \
              (RFC 5789 §2.2). The same section suggests 422 for a valid patch that would leave \
              the resource invalid, and 409 when the resource's state does not fit the patch.",
        alternatives: &[
            Alternative {
                code: 422,
                when: "if the patch is valid but applying it would make the resource invalid",
            },
            Alternative {
                code: 409,
                when: "if the patch assumes structure the resource does not currently have",
            },
        ],
    },
    Situation {
        id: "accept-not-satisfiable",
        title: "the Accept header asks for a format the server cannot produce",
        phrasings: &[
            "accept header not supported",
            "unknown media type in accept",
            "client wants xml but the api only returns json",
            "could not find acceptable representation",
            "no acceptable representation",
            "requested response format unavailable",
            "accept text/csv not available",
        ],
        code: 406,
        vendor: None,
        why: "When the negotiation headers rule out every representation, the server can honour \
              them with 406 or disregard them and send its default (RFC 9110 §12.4.1); a 406 body \
              SHOULD list what is available (RFC 9110 §15.5.7). Many APIs prefer the default, \
              which most clients handle better.",
        alternatives: &[Alternative {
            code: 200,
            when: "if sending your default format, usually JSON, is more useful than refusing",
        }],
    },
    Situation {
        id: "missing-accept-header",
        title: "the request has no Accept header, or accepts anything",
        phrasings: &[
            "no accept header",
            "missing accept header",
            "accept */*",
            "client does not specify a response format",
            "request without accept",
            "default response format",
        ],
        code: 200,
        vendor: None,
        why: "A request without a negotiation header has no preference on that dimension \
              (RFC 9110 §12.4.1), so send your default representation; refusing with 406 is wrong \
              here.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the API selects its version through a media type in Accept and none was sent",
        }],
    },
    Situation {
        id: "unsupported-content-encoding",
        title: "the body is compressed with a coding the server cannot decode",
        phrasings: &[
            "gzip request body not supported",
            "content-encoding br rejected",
            "compressed request body",
            "server cannot decompress upload",
            "unsupported content-encoding",
            "zstd request body",
        ],
        code: 415,
        vendor: None,
        why: "An origin server MAY answer 415 when a representation in the request has a content \
              coding it does not accept (RFC 9110 §8.4), and Accept-Encoding in the response ought \
              to list the codings it would take (RFC 9110 §15.5.16).",
        alternatives: &[Alternative {
            code: 400,
            when: "if the coding is supported but the compressed data is corrupt",
        }],
    },
    Situation {
        id: "unsupported-accept-encoding",
        title: "the client asks for a compression the server does not offer",
        phrasings: &[
            "accept-encoding br not supported",
            "client only accepts zstd",
            "no matching content encoding",
            "server cannot compress with requested algorithm",
            "accept-encoding mismatch",
            "uncompressed response fallback",
        ],
        code: 200,
        vendor: None,
        why: "When none of the available codings is acceptable, the origin server SHOULD send the \
              response without any content coding, unless the client marked identity as \
              unacceptable (RFC 9110 §12.5.3).",
        alternatives: &[Alternative {
            code: 406,
            when: "if the client ruled out identity (identity;q=0) and you cannot offer any coding it accepts",
        }],
    },
    Situation {
        id: "unsupported-language",
        title: "the requested language is not available",
        phrasings: &[
            "accept-language not supported",
            "translation not available",
            "requested locale missing",
            "fallback language",
            "content not available in french",
            "unsupported locale",
        ],
        code: 200,
        vendor: None,
        why: "When no representation matches Accept-Language, the server may disregard the header \
              and send its default language (RFC 9110 §12.4.1), marked with Content-Language \
              (RFC 9110 §8.5). Refuse only when a wrong language would mislead.",
        alternatives: &[
            Alternative {
                code: 406,
                when: "if text in another language would be harmful, such as legal terms (RFC 9110 §15.5.7)",
            },
            Alternative {
                code: 404,
                when: "if the language is part of the URL, such as /fr/, and that version does not exist",
            },
        ],
    },
    // Uploads and sizes.
    Situation {
        id: "request-body-too-large",
        title: "the request body is larger than the server will take",
        phrasings: &[
            "request body too large",
            "payload over the size limit",
            "json body exceeds max size",
            "post body too big",
            "request entity too large",
        ],
        code: 413,
        vendor: None,
        why: "413 says the content is larger than the server is willing or able to process \
              (RFC 9110 §15.5.14); if the limit is temporary, the server SHOULD send \
              Retry-After. State the limit in the body.",
        alternatives: &[
            Alternative {
                code: 422,
                when: "if the size is within limits but a field inside is too long (400 if your \
                      API reports every input error as 400)",
            },
            Alternative {
                code: 507,
                when: "if the body fits the limit but the server has no room to store it",
            },
        ],
    },
    Situation {
        id: "file-too-large",
        title: "an uploaded file is larger than allowed",
        phrasings: &[
            "file too large",
            "upload exceeds max size",
            "image too big",
            "max file size exceeded",
            "client_max_body_size exceeded",
            "request body too big",
            "attachment size limit",
            "uploaded image too large",
            "photo file too big",
        ],
        code: 413,
        vendor: None,
        why: "413 says the content is larger than the server is willing or able to process \
              (RFC 9110 §15.5.14); state the limit in the body, and if the limit is temporary the \
              server SHOULD send Retry-After. Check Content-Length first so the body need not be \
              read.",
        alternatives: &[Alternative {
            code: 507,
            when: "if the user's storage quota, not the size of this request, is what is exceeded",
        }],
    },
    Situation {
        id: "too-many-files",
        title: "an upload contains more files than allowed",
        phrasings: &[
            "too many files uploaded",
            "max files per request exceeded",
            "file count limit",
            "too many attachments",
            "multiple file upload limit",
            "limit_file_count",
        ],
        code: 413,
        vendor: None,
        why: "Opinions differ: 413 fits a request bigger than the server is willing to process \
              (RFC 9110 §15.5.14) and tells the client to send less, while many frameworks treat a \
              file-count cap as bad input and send 400. State the limit either way.",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if your framework or API reports the count limit as invalid input",
            },
            Alternative {
                code: 422,
                when: "if the limit is a rule about the record, such as at most five attachments per ticket",
            },
        ],
    },
    Situation {
        id: "url-too-long",
        title: "the URL or query string is too long",
        phrasings: &[
            "url too long",
            "query string too long",
            "too many ids in the url",
            "request line too long",
            "long get request fails",
            "get with a huge filter",
        ],
        code: 414,
        vendor: None,
        why: "A server that receives a request-target longer than it wishes to parse MUST answer \
              414 (RFC 9112 §3), which RFC 9110 §15.5.15 defines. Support request lines of at \
              least 8000 octets, as RFC 9112 §3 recommends, and take large inputs in a POST body.",
        alternatives: &[
            Alternative {
                code: 431,
                when: "if the headers, not the URL, are too large",
            },
            Alternative {
                code: 400,
                when: "if the URL is malformed rather than long",
            },
        ],
    },
    Situation {
        id: "headers-too-large",
        title: "request headers or cookies are too large",
        phrasings: &[
            "cookie too large",
            "request header or cookie too large",
            "headers too big",
            "too many cookies",
            "jwt too big for the header",
            "header size limit exceeded",
            "clearing cookies fixes the error",
        ],
        code: 431,
        vendor: None,
        why: "431 says the header section, or one field in it, is too large, and the response \
              SHOULD name the field when one is at fault (RFC 6585 §5). nginx answers 400 here by \
              default, which hides the cause.",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if your server stack cannot send 431; nginx, for one, answers 400 (internally 494)",
            },
            Alternative {
                code: 414,
                when: "if the URL is what is too long",
            },
        ],
    },
    Situation {
        id: "unsupported-file-type",
        title: "an uploaded file is of a type the endpoint does not accept",
        phrasings: &[
            "invalid file type",
            "only images allowed",
            "pdf upload rejected",
            "file extension not allowed",
            "wrong mime type for upload",
            "executable upload blocked",
            "unsupported image format",
            "upload a non-image file",
        ],
        code: 415,
        vendor: None,
        why: "415 covers content in a format the resource does not support, judged from \
              Content-Type or by inspecting the data (RFC 9110 §15.5.16), so check the bytes, not \
              only the file name. Opinions differ when the file is one part of a multipart form: \
              some APIs report it with the other field errors as 422.",
        alternatives: &[Alternative {
            code: 422,
            when: "if the file is one field of a larger form and you report it with the other field errors",
        }],
    },
    Situation {
        id: "image-dimensions-invalid",
        title: "an uploaded image has the wrong dimensions or resolution",
        phrasings: &[
            "image dimensions too large",
            "image resolution too small",
            "avatar must be square",
            "image width exceeds limit",
            "photo below minimum size",
            "wrong aspect ratio upload",
        ],
        code: 422,
        vendor: None,
        why: "The file is an image of an accepted type and within the byte limit; only its \
              content breaks a rule, which 422 covers (RFC 9110 §15.5.21). Give the required \
              dimensions in the body.",
        alternatives: &[
            Alternative {
                code: 413,
                when: "if the file's size in bytes is what exceeds the limit",
            },
            Alternative {
                code: 400,
                when: "if your API reports all validation errors as 400",
            },
        ],
    },
    Situation {
        id: "empty-upload",
        title: "an upload has no file part or a zero-byte file",
        phrasings: &[
            "empty file upload",
            "zero byte file",
            "no file selected",
            "file field missing in form",
            "upload with an empty file",
            "multipart without a file part",
        ],
        code: 400,
        vendor: None,
        why: "A missing required file part leaves the request incomplete, the generic client error \
              (RFC 9110 §15.5.1); say which part is expected.",
        alternatives: &[Alternative {
            code: 422,
            when: "if the part arrived and only its being empty breaks a content rule",
        }],
    },
    Situation {
        id: "malformed-multipart",
        title: "a multipart/form-data body is malformed",
        phrasings: &[
            "multipart boundary missing",
            "malformed multipart request",
            "no multipart boundary found",
            "unexpected end of multipart stream",
            "multipart content type without boundary",
            "multipart parse error",
            "setting content-type by hand breaks the upload",
        ],
        code: 400,
        vendor: None,
        why: "A multipart body whose boundary is missing or broken cannot be split into parts, so \
              it cannot be read (RFC 9110 §15.5.1). A common cause is client code that sets \
              Content-Type: multipart/form-data by hand, without the boundary parameter.",
        alternatives: &[
            Alternative {
                code: 415,
                when: "if the endpoint expects multipart and gets another type",
            },
            Alternative {
                code: 413,
                when: "if the stream was cut off at the size limit",
            },
        ],
    },
    Situation {
        id: "unexpected-upload-field",
        title: "a multipart upload uses a field name the endpoint does not expect",
        phrasings: &[
            "unexpected field in file upload",
            "wrong form field name for the file",
            "multer unexpected field",
            "file sent under the wrong key",
            "upload field name mismatch",
        ],
        code: 400,
        vendor: None,
        why: "The server looked for the file under one part name and found another, so the request \
              does not have the shape the endpoint needs (RFC 9110 §15.5.1); name the expected \
              field in the error.",
        alternatives: &[Alternative {
            code: 422,
            when: "if your API reports form-structure problems with the other field errors as 422",
        }],
    },
    Situation {
        id: "expectation-unsupported",
        title: "the Expect header asks for something the server cannot do",
        phrasings: &[
            "expect 100-continue fails",
            "unknown expect header value",
            "proxy rejects the expect header",
            "curl adds an expect header to large posts",
            "disable expect100continue",
            "upload handshake fails at the proxy",
        ],
        code: 417,
        vendor: None,
        why: "417 says an expectation in Expect could not be met (RFC 9110 §15.5.18), and a server \
              MAY send it for any expectation other than 100-continue (RFC 9110 §10.1.1). To turn \
              down a 100-continue upload you do not want, send its real final status instead of \
              100 Continue.",
        alternatives: &[
            Alternative {
                code: 413,
                when: "if you refuse a 100-continue upload because it is too large",
            },
            Alternative {
                code: 401,
                when: "if you refuse a 100-continue upload because it lacks credentials",
            },
        ],
    },
    // API versions and old clients.
    Situation {
        id: "unsupported-api-version",
        title: "the requested API version is unknown, unsupported or missing",
        phrasings: &[
            "unsupported api version",
            "requested api version unavailable",
            "invalid api-version header",
            "missing api version",
            "version parameter required",
            "client requests a version that does not exist",
            "x-api-version not recognized",
            "client asks for a version the api does not support",
        ],
        code: 400,
        vendor: None,
        why: "A version the server cannot serve, or none where one is required, leaves the request \
              without a meaning (RFC 9110 §15.5.1); list the supported versions in the body.",
        alternatives: &[
            Alternative {
                code: 404,
                when: "if the version is a path segment, such as /v9/, and no such route exists",
            },
            Alternative {
                code: 406,
                when: "if the version is negotiated in the Accept media type (RFC 9110 §15.5.7)",
            },
            Alternative {
                code: 410,
                when: "if the version existed and has been retired",
            },
        ],
    },
    Situation {
        id: "outdated-client-version",
        title: "an old app or SDK version must be upgraded",
        phrasings: &[
            "force app update",
            "client version too old",
            "minimum app version",
            "outdated mobile app",
            "force old clients to upgrade",
            "deprecated sdk version blocked",
            "app must update to continue",
            "client update required",
            "software update required",
        ],
        code: 400,
        vendor: None,
        why: "Requiring a newer app is an application rule, so send 400 (or 403) with an error \
              code and the minimum version, which the app can turn into an update prompt. Opinions \
              differ: 426 is often suggested, but it asks the client to switch protocols and MUST \
              name one in Upgrade (RFC 9110 §15.5.22).",
        alternatives: &[
            Alternative {
                code: 403,
                when: "if your convention treats unsupported clients as refused rather than malformed",
            },
            Alternative {
                code: 410,
                when: "if the API version the old app calls has been shut down for everyone",
            },
        ],
    },
    Situation {
        id: "websocket-upgrade-required",
        title: "a WebSocket-only endpoint receives a plain HTTP request",
        phrasings: &[
            "websocket endpoint opened in a browser",
            "expected websocket upgrade",
            "ws endpoint called with curl",
            "missing upgrade header",
            "socket url returns an error on get",
            "websocket handshake required",
        ],
        code: 426,
        vendor: None,
        why: "426 says the server will not serve the request over the current protocol but might \
              after an upgrade, and it MUST name the protocol in Upgrade (RFC 9110 §15.5.22), \
              together with Connection: upgrade (RFC 9110 §7.8). Libraries split here: Node's ws \
              answers 426 on the server it creates itself, while Go's gorilla/websocket answers \
              400, treating the request as a failed handshake, for which RFC 6455 §4.2.1 gives \
              400 as its example.",
        alternatives: &[Alternative {
            code: 400,
            when: "if you treat it as a failed WebSocket handshake (RFC 6455 §4.2.1), or a \
                   handshake was attempted but is malformed, such as a missing Sec-WebSocket-Key",
        }],
    },
    Situation {
        id: "deprecated-endpoint",
        title: "an endpoint is deprecated but still served",
        phrasings: &[
            "deprecated endpoint",
            "announce api deprecation",
            "deprecation header",
            "sunset header",
            "warn clients an endpoint will be removed",
            "old api version still works but is deprecated",
        ],
        code: 200,
        vendor: None,
        why: "A deprecated endpoint still works, so answer as usual and announce the plan in \
              headers: Deprecation (RFC 9745) gives the date it was or will be deprecated, Sunset \
              (RFC 8594) says when it is expected to stop responding, and RFC 9745 §4 says the \
              Sunset date MUST NOT be earlier than the Deprecation date.",
        alternatives: &[
            Alternative {
                code: 308,
                when: "if the old URL can forward to a successor that takes the same requests",
            },
            Alternative {
                code: 410,
                when: "once the sunset date has passed and the endpoint is switched off",
            },
        ],
    },
    Situation {
        id: "endpoint-sunset",
        title: "an endpoint or API version has been shut down for good",
        phrasings: &[
            "endpoint removed",
            "api version retired",
            "sunset api",
            "old endpoint decommissioned",
            "discontinued api",
            "v1 shut down",
            "clients still call a removed endpoint",
            "legacy api version disabled",
            "api method removed",
            "old api version turned off",
        ],
        code: 410,
        vendor: None,
        why: "410 says the resource is no longer available and this is likely permanent \
              (RFC 9110 §15.5.11); point to the successor in the body or a Link header. If you \
              cannot promise permanence, 404 ought to be used instead (RFC 9110 §15.5.11).",
        alternatives: &[
            Alternative {
                code: 404,
                when: "if the removal might be undone",
            },
            Alternative {
                code: 308,
                when: "if a successor takes exactly the same requests, so old clients keep working",
            },
        ],
    },
    Situation {
        id: "http-version-unsupported",
        title: "the request uses an HTTP version the server does not support",
        phrasings: &[
            "unsupported http protocol version",
            "http/2.0 request line sent to an http/1.1 server",
            "server refuses the protocol version",
            "h2c prior knowledge fails",
            "http/3.0 over tcp",
            "wrong protocol version in request line",
        ],
        code: 505,
        vendor: None,
        why: "505 says the server does not support, or refuses, the request's major HTTP version, \
              and its body SHOULD say why and what is supported (RFC 9110 §15.6.6). HTTP/1.0 shares \
              major version 1 with HTTP/1.1, so it is no reason for 505.",
        alternatives: &[
            Alternative {
                code: 426,
                when: "if you want the client to switch to another protocol named in Upgrade",
            },
            Alternative {
                code: 400,
                when: "if the version token is garbled rather than unsupported",
            },
        ],
    },
    // Range requests.
    Situation {
        id: "range-request-served",
        title: "a Range request asks for part of a file the server can send",
        phrasings: &[
            "serve part of a file",
            "resume a download from a byte offset",
            "video seeking with range requests",
            "bytes=0-1023 request",
            "partial download",
            "stream part of a large file",
            "range end beyond the file length",
            "range end exceeds file size",
        ],
        code: 206,
        vendor: None,
        why: "206 sends only the ranges asked for; with one range the server MUST send \
              Content-Range, and with several it sends a multipart/byteranges body \
              (RFC 9110 §15.3.7).",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if you ignore Range and send the whole file, which a server MAY do (RFC 9110 §14.2)",
            },
            Alternative {
                code: 416,
                when: "if no range asked for lies within the file",
            },
        ],
    },
    Situation {
        id: "range-ignored-whole-file",
        title: "a server ignores a Range header and sends the whole file",
        phrasings: &[
            "ignore the range header",
            "range requests not supported",
            "send the full file instead of a range",
            "no partial content support",
            "dynamic content with a range request",
        ],
        code: 200,
        vendor: None,
        why: "A server MAY ignore Range (RFC 9110 §14.2) and answer 200 with the whole \
              representation, which suits content generated on the fly. Leave out Accept-Ranges, \
              or send Accept-Ranges: none to advise clients not to ask (RFC 9110 §14.3); clients \
              may still send Range.",
        alternatives: &[Alternative {
            code: 206,
            when: "if you can send the requested range and the client would gain from it",
        }],
    },
    Situation {
        id: "range-past-end",
        title: "a Range request starts past the end of the file",
        phrasings: &[
            "range starts beyond file size",
            "resume download offset past the end",
            "byte offset larger than the file",
            "invalid range for video",
            "range header out of bounds",
            "first byte of the range past the content length",
            "range does not overlap the file",
            "no overlapping range",
            "unsatisfiable range",
        ],
        code: 416,
        vendor: None,
        why: "416 says none of the requested ranges can be satisfied, and a 416 to a byte-range \
              request SHOULD carry Content-Range: bytes */<length> so the client learns the \
              current size (RFC 9110 §15.5.17).",
        alternatives: &[
            Alternative {
                code: 206,
                when: "if at least one range starts inside the file: send the bytes that exist",
            },
            Alternative {
                code: 200,
                when: "if you ignore Range and send the whole file, which a server MAY do (RFC 9110 §14.2)",
            },
        ],
    },
    Situation {
        id: "malformed-range",
        title: "the Range header is malformed or asks for too many ranges",
        phrasings: &[
            "invalid range header syntax",
            "range header with garbage value",
            "too many ranges requested",
            "overlapping ranges",
            "range header ignored",
            "many small ranges attack",
        ],
        code: 200,
        vendor: None,
        why: "A server MAY ignore or reject a Range with an invalid ranges-specifier, more than two \
              overlapping ranges, or many small ranges out of order (RFC 9110 §14.2); ignoring it \
              and sending the whole representation with 200 is the simplest safe answer.",
        alternatives: &[Alternative {
            code: 416,
            when: "if you reject it, such as a flood of tiny ranges that looks like an attack (RFC 9110 §15.5.17)",
        }],
    },
    Situation {
        id: "if-range-mismatch",
        title: "a resumed download's If-Range no longer matches the file",
        phrasings: &[
            "if-range etag mismatch",
            "file changed during resume",
            "resume download after the file was updated",
            "if-range header",
            "stale partial download",
            "download manager restarts from zero",
        ],
        code: 200,
        vendor: None,
        why: "When the If-Range condition is false, the server MUST ignore Range \
              (RFC 9110 §13.1.5) and send the whole current representation with 200, so the client \
              never stitches old and new bytes together.",
        alternatives: &[Alternative {
            code: 206,
            when: "if the validator still matches: send the requested range",
        }],
    },
    // Search and list queries.
    Situation {
        id: "invalid-filter",
        title: "a filter names an unknown field or unsupported operator",
        phrasings: &[
            "invalid filter parameter",
            "filter on an unknown field",
            "unsupported filter operator",
            "bad filter syntax",
            "filter expression parse error",
            "search filter not allowed",
        ],
        code: 400,
        vendor: None,
        why: "The query cannot be run as written (RFC 9110 §15.5.1); name the filter and list the \
              fields and operators allowed. Silently dropping the filter returns unfiltered data \
              that the client will take for the answer.",
        alternatives: &[Alternative {
            code: 422,
            when: "if the filter is in a request body, such as a search POST, and your API reports body validation as 422",
        }],
    },
    Situation {
        id: "invalid-sort",
        title: "the sort parameter names an unknown or unsortable field",
        phrasings: &[
            "invalid sort parameter",
            "sort by an unknown field",
            "order by not allowed",
            "invalid sort direction",
            "sort field not supported",
            "sorting on a non-indexed column",
        ],
        code: 400,
        vendor: None,
        why: "The request asks for an order the API cannot produce (RFC 9110 §15.5.1); list the \
              sortable fields and directions in the body.",
        alternatives: &[Alternative {
            code: 200,
            when: "if you fall back to the default order and say so in the response",
        }],
    },
    Situation {
        id: "page-size-too-large",
        title: "the requested page size is above the maximum",
        phrasings: &[
            "limit too high",
            "page size exceeds maximum",
            "per_page too large",
            "max page size",
            "limit=100000",
            "pagesize over the limit",
            "page size out of range",
            "limit parameter out of range",
        ],
        code: 400,
        vendor: None,
        why: "A limit above the documented maximum is invalid input (RFC 9110 §15.5.1); state the \
              maximum. Many APIs clamp to the maximum instead, which is friendlier if the response \
              says what size was used.",
        alternatives: &[Alternative {
            code: 200,
            when: "if you clamp to the maximum and report the page size actually applied",
        }],
    },
    Situation {
        id: "page-parameter-invalid",
        title: "the page number is negative, zero or not a number",
        phrasings: &[
            "negative page number",
            "page=0",
            "page parameter is not a number",
            "non-numeric page param",
            "negative offset",
            "page must be a positive integer",
            "invalid page value",
        ],
        code: 400,
        vendor: None,
        why: "A page number that cannot name any page is malformed input, not a missing page \
              (RFC 9110 §15.5.1); say which values are allowed. Answering 404 would tell the \
              client the URL names nothing, and a 500 means the server did not check it.",
        alternatives: &[
            Alternative {
                code: 422,
                when: "if your API answers every failed field check with 422",
            },
            Alternative {
                code: 404,
                when: "if the page number is part of the path, so a bad one names no resource",
            },
        ],
    },
    Situation {
        id: "query-too-complex",
        title: "a search or GraphQL query is too complex or too deep",
        phrasings: &[
            "query too complex",
            "graphql depth limit exceeded",
            "query complexity limit",
            "too many filter conditions",
            "search query too expensive",
            "max query cost exceeded",
            "nested query too deep",
        ],
        code: 400,
        vendor: None,
        why: "The query is refused for what it is, not for how often it is sent, so it is a client \
              error (RFC 9110 §15.5.1); give the limit and the measured cost in the body. A 500 \
              would wrongly blame the server.",
        alternatives: &[
            Alternative {
                code: 422,
                when: "if the query is in the request body and your API reports body validation as 422",
            },
            Alternative {
                code: 429,
                when: "if the limit is a cost budget over time rather than per query",
            },
        ],
    },
    Situation {
        id: "invalid-pagination-cursor",
        title: "a pagination cursor or page token is invalid or expired",
        phrasings: &[
            "invalid cursor",
            "page token expired",
            "malformed next page token",
            "cursor no longer valid",
            "continuation token invalid",
            "tampered pagination cursor",
        ],
        code: 400,
        vendor: None,
        why: "A cursor that does not decode, or that the server no longer honours, cannot be used \
              (RFC 9110 §15.5.1); tell the client to start again from the first page.",
        alternatives: &[Alternative {
            code: 410,
            when: "if the cursor was valid but has expired for good, and you want to say so",
        }],
    },
];
