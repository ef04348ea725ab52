//! Situations: resource state: writes, duplicates, versions, deletes, jobs, redirects, caching.

use crate::db::{Alternative, Situation};

pub static SITUATIONS: &[Situation] = &[
    Situation {
        id: "resource-created-by-post",
        title: "a POST added a new resource to a collection",
        phrasings: &[
            "new record saved",
            "insert succeeded",
            "create user endpoint response",
            "after creating an order",
            "post to collection returns the new item",
            "what to return after adding an item",
            "new row inserted via api",
            "response after creating a resource",
        ],
        code: 201,
        vendor: None,
        why: "RFC 9110 §9.3.3 says a POST that creates resources SHOULD answer 201 with a \
              Location header naming the main new resource (RFC 9110 §15.3.2); put its \
              representation or a link to it in the body. A 200 hides that something new now \
              exists.",
        alternatives: &[
            Alternative {
                code: 202,
                when: "if the item is only queued and does not exist yet when you respond",
            },
            Alternative {
                code: 303,
                when: "if the POST matched an existing resource and you send the client there instead",
            },
        ],
    },
    Situation {
        id: "put-upsert-create-or-replace",
        title: "a PUT created the resource or replaced an existing one",
        phrasings: &[
            "upsert endpoint",
            "put creates if missing",
            "create or update with put",
            "put to a new id",
            "client chooses the id on create",
            "idempotent create with put",
        ],
        code: 201,
        vendor: None,
        why: "When a PUT creates a resource that had no current representation the server \
              MUST send 201, and when it replaces an existing one it MUST send 200 or 204 \
              (RFC 9110 §9.3.4). An upsert therefore answers 201 on the first write and 200 or 204 \
              afterwards.",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if the resource already existed and you return its new state",
            },
            Alternative {
                code: 204,
                when: "if the resource already existed and you return nothing",
            },
        ],
    },
    Situation {
        id: "request-succeeded-with-result",
        title: "a request succeeded and there is a result to send back",
        phrasings: &[
            "successful get response",
            "request worked return data",
            "fetch succeeded",
            "action completed with a result",
            "search results returned",
            "ok with a body",
        ],
        code: 200,
        vendor: None,
        why: "200 says the request succeeded, and its content is what the method defines: the \
              resource for GET, the outcome of the action for POST (RFC 9110 §15.3.1).",
        alternatives: &[
            Alternative {
                code: 204,
                when: "if it succeeded and there is nothing to send",
            },
            Alternative {
                code: 201,
                when: "if it created a new resource",
            },
            Alternative {
                code: 101,
                when: "if the request asked to switch protocols, such as to WebSocket, and \
                      you accept",
            },
        ],
    },
    Situation {
        id: "update-returns-representation",
        title: "an update succeeded and the response carries the updated resource",
        phrasings: &[
            "return updated object after patch",
            "put response with the saved record",
            "patch returns the new state",
            "edit user and send back the user",
            "update succeeded return json",
            "prefer return=representation",
            "what should a put return",
        ],
        code: 200,
        vendor: None,
        why: "For a PUT to an existing resource, 200 and 204 are the two success codes \
              allowed (RFC 9110 §9.3.4), and 200 is the one with content, which saves the client a \
              follow-up GET. Clients can ask for it with Prefer: return=representation (RFC 7240 \
              §4.2).",
        alternatives: &[Alternative {
            code: 204,
            when: "if the client sent Prefer: return=minimal or needs nothing back",
        }],
    },
    Situation {
        id: "succeeded-nothing-to-send",
        title: "a request succeeded and there is nothing to send back",
        phrasings: &[
            "success with no response body",
            "nothing to return after the action",
            "empty success response",
            "operation done, no content",
            "no body needed on success",
        ],
        code: 204,
        vendor: None,
        why: "204 says the request succeeded and there is no content to send; the response \
              ends with its header section (RFC 9110 §15.3.5), and the client stays where it is.",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if you send something back after all, such as the new state",
            },
            Alternative {
                code: 205,
                when: "if the client should also clear the form or view it sent the request from",
            },
        ],
    },
    Situation {
        id: "update-without-response-body",
        title: "an update succeeded and there is nothing to send back",
        phrasings: &[
            "save without response body",
            "patch with empty response",
            "update succeeded nothing to return",
            "put returns nothing",
            "settings saved no body",
            "prefer return=minimal",
        ],
        code: 204,
        vendor: None,
        why: "204 says the change was applied and the response ends with its headers \
              (RFC 9110 §15.3.5); an ETag on it is the new representation's tag, so the client \
              need not fetch it again. Do not send 200 with an empty body or {} instead.",
        alternatives: &[Alternative {
            code: 200,
            when: "if you decide to return the updated resource after all",
        }],
    },
    Situation {
        id: "update-changes-nothing",
        title: "an update carries the same data the resource already has",
        phrasings: &[
            "put with unchanged data",
            "update but nothing changed",
            "patch with identical values",
            "no-op update",
            "saving the same values again",
            "unchanged update cache status",
        ],
        code: 204,
        vendor: None,
        why: "The request succeeded: the resource is in the state the client asked for, \
              which is all a PUT promises (RFC 9110 §9.3.4), so answer as for any update. 304 is \
              only for a conditional GET or HEAD (RFC 9110 §15.4.5), never for writes.",
        alternatives: &[Alternative {
            code: 200,
            when: "if you return the unchanged resource in the body",
        }],
    },
    Situation {
        id: "delete-succeeded",
        title: "a delete succeeded",
        phrasings: &[
            "delete endpoint response",
            "record removed",
            "remove item success",
            "after deleting a user",
            "what to return from delete",
            "delete worked",
            "delete with no response body",
            "delete a resource",
        ],
        code: 204,
        vendor: None,
        why: "RFC 9110 §9.3.5 says a successful DELETE SHOULD answer 204 when it is done and \
              there is nothing more to say, 200 when the response describes the outcome, and 202 \
              when the deletion is only queued.",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if the body describes the result, e.g. the deleted record or a summary",
            },
            Alternative {
                code: 202,
                when: "if the deletion will happen later, e.g. in a background purge",
            },
        ],
    },
    Situation {
        id: "soft-delete-request",
        title: "a delete only marks the record as deleted (soft delete)",
        phrasings: &[
            "soft delete",
            "mark as deleted instead of removing",
            "move to trash",
            "archive instead of delete",
            "set deleted_at flag",
            "logical delete",
        ],
        code: 204,
        vendor: None,
        why: "RFC 9110 §9.3.5 leaves it to the server whether a DELETE destroys the data or \
              only ends its association with the URI, so a soft delete is still a successful \
              DELETE. Answer as for any delete, and treat the record as absent at that URI \
              afterwards.",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if you return the trashed item, e.g. with a restore link",
            },
            Alternative {
                code: 202,
                when: "if the final purge is queued and you want to say so",
            },
        ],
    },
    Situation {
        id: "work-queued-for-later",
        title: "the request was queued and will be processed later",
        phrasings: &[
            "fire and forget endpoint",
            "email queued for sending",
            "message put on a queue",
            "process in background",
            "enqueue job and return immediately",
            "notification will be sent later",
            "webhook received will process async",
            "send the email in the background",
        ],
        code: 202,
        vendor: None,
        why: "202 says the request was taken on but not yet carried out, and may still fail \
              when it runs (RFC 9110 §15.3.3). Do not send 200 or 201 for work that has not \
              happened yet.",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if the work finished before you respond",
            },
            Alternative {
                code: 204,
                when: "if the work finished and there is nothing to report",
            },
        ],
    },
    Situation {
        id: "empty-collection",
        title: "a list or collection has no items",
        phrasings: &[
            "collection with no items yet",
            "user has no orders yet",
            "no items in collection",
            "return empty array or error",
            "get all returns nothing",
            "list endpoint with zero results",
            "empty table api",
            "query returns no rows",
            "search finds no results",
        ],
        code: 200,
        vendor: None,
        why: "The collection exists and its current representation is an empty list, so send \
              200 with [] or an object with an empty items array; 404 would say the collection \
              itself is missing. Opinions differ on 204: it says plainly that there is nothing, \
              but it breaks clients that always parse the body, so most APIs keep 200.",
        alternatives: &[
            Alternative {
                code: 204,
                when: "if your clients read the status before any body and you document it",
            },
            Alternative {
                code: 404,
                when: "if the parent the collection belongs to does not exist, e.g. /users/999/orders for an unknown user",
            },
        ],
    },
    Situation {
        id: "reset-form-after-submit",
        title: "a form was submitted and should be cleared for the next entry",
        phrasings: &[
            "clear form after submit",
            "data entry form reset",
            "submit and enter another",
            "reset input fields after save",
            "blank form for next record",
        ],
        code: 205,
        vendor: None,
        why: "205 asks the client to reset the view that sent the request, for repeated data \
              entry, and the server MUST NOT send content with it (RFC 9110 §15.3.6). Browsers \
              handle a 205 to a form submission like a 204: they stay on the page and do not reset \
              it, so the page's own script has to clear the form.",
        alternatives: &[
            Alternative {
                code: 204,
                when: "if the form should keep its values",
            },
            Alternative {
                code: 303,
                when: "if plain HTML forms must work without script: redirect to a fresh form",
            },
        ],
    },
    Situation {
        id: "post-matches-existing-resource",
        title: "a get-or-create request finds a match already stored",
        phrasings: &[
            "identical post returns the existing record",
            "find-or-create returns what it found",
            "get or create endpoint",
            "find or create",
            "same thing posted again return the original",
            "duplicate create should return original",
        ],
        code: 303,
        vendor: None,
        why: "When the result of a POST would be equivalent to an existing resource, \
              RFC 9110 §9.3.3 allows (MAY) a 303 with that resource's URI in Location. Opinions \
              differ: many APIs return the existing item with 200, or refuse with 409 when a \
              duplicate is a client mistake.",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if you return the existing resource directly in the response",
            },
            Alternative {
                code: 409,
                when: "if asking to create a duplicate is an error the client must fix",
            },
        ],
    },
    Situation {
        id: "created-processing-pending",
        title: "the new resource exists but background processing on it continues",
        phrasings: &[
            "upload saved thumbnails still generating",
            "video uploaded transcoding pending",
            "record saved but not ready",
            "resource has a processing status",
            "new item with status pending",
        ],
        code: 201,
        vendor: None,
        why: "The new resource already has its own URI, so 201 with Location fits (RFC 9110 \
              §15.3.2); report the pending work as a status field the client can poll on that \
              resource.",
        alternatives: &[Alternative {
            code: 202,
            when: "if nothing addressable exists until the processing ends",
        }],
    },
    Situation {
        id: "single-use-code-already-redeemed",
        title: "a coupon, voucher or one-time code was already redeemed",
        phrasings: &[
            "coupon already redeemed",
            "voucher code used twice",
            "promo code already applied",
            "gift card already claimed",
            "one-time code reused",
            "discount code usage limit reached",
        ],
        code: 409,
        vendor: None,
        why: "The code is valid but its state, already redeemed, forbids this use: a conflict \
              with the current state of the resource (RFC 9110 §15.5.10). Say in the body \
              that it was used, so the client does not retry.",
        alternatives: &[
            Alternative {
                code: 410,
                when: "if the code has expired or was withdrawn, not used up",
            },
            Alternative {
                code: 422,
                when: "if your API reports every rejected form value with 422",
            },
        ],
    },
    Situation {
        id: "duplicate-signup-email-or-username",
        title: "a sign-up uses an email or username that is already taken",
        phrasings: &[
            "email already registered",
            "username taken",
            "duplicate email on signup",
            "user already exists",
            "register with existing email",
            "account with this email exists",
            "handle already in use",
        ],
        code: 409,
        vendor: None,
        why: "The data is valid but clashes with a stored account, which is a clash with the \
              current state (RFC 9110 §15.5.10); say which field is taken. Opinions differ: some \
              APIs report it as a field validation error with 422.",
        alternatives: &[
            Alternative {
                code: 422,
                when: "if your API reports every field-level rejection, uniqueness included, with 422",
            },
            Alternative {
                code: 202,
                when: "if revealing that the address is registered is a privacy risk: answer as for a new sign-up and email the owner",
            },
        ],
    },
    Situation {
        id: "unique-constraint-violation",
        title: "a database unique constraint rejects the write",
        phrasings: &[
            "unique constraint violation",
            "duplicate key error",
            "integrity error on insert",
            "duplicate entry for key",
            "unique index violated",
            "duplicate key becomes a server error",
        ],
        code: 409,
        vendor: None,
        why: "A duplicate key is a clash with data already stored, not a server fault: catch \
              the database error and answer 409 naming the field (RFC 9110 §15.5.10). Letting it \
              surface as a 500 tells clients the server broke and invites blind retries.",
        alternatives: &[Alternative {
            code: 422,
            when: "if you check uniqueness during input validation and report it with the other field errors",
        }],
    },
    Situation {
        id: "create-with-existing-identifier",
        title: "a create request clashes with an existing resource (same ID or name)",
        phrasings: &[
            "resource already exists",
            "create duplicate resource",
            "id already exists",
            "slug already taken",
            "post with client supplied id that exists",
            "create resource with a name that exists",
            "record with this key exists",
            "client generated uuid already used",
            "id already used",
            "job id already taken",
            "create an existing record again",
        ],
        code: 409,
        vendor: None,
        why: "The client picked an identifier that another resource holds, so the request \
              clashes with current state (RFC 9110 §15.5.10). Point to the existing resource in \
              the body so the client can update it instead.",
        alternatives: &[
            Alternative {
                code: 412,
                when: "if the client used PUT with If-None-Match: * to create only when absent",
            },
            Alternative {
                code: 303,
                when: "if the existing resource is what the client wanted anyway",
            },
        ],
    },
    Situation {
        id: "put-create-only-if-absent",
        title: "a create-only PUT (If-None-Match: *) hits a resource that exists",
        phrasings: &[
            "if-none-match star on put",
            "create only if it does not exist",
            "prevent overwriting existing file",
            "put without overwrite",
            "conditional create",
            "avoid clobbering existing object",
        ],
        code: 412,
        vendor: None,
        why: "With If-None-Match: * the condition is false when a current representation \
              exists, and for methods other than GET and HEAD the server MUST then answer 412 \
              (RFC 9110 §13.1.2). It stops two clients from creating the same resource at once.",
        alternatives: &[Alternative {
            code: 409,
            when: "if the client sent no If-None-Match and you detect the duplicate yourself",
        }],
    },
    Situation {
        id: "idempotency-key-reused-different-body",
        title: "an idempotency key is reused with a different request body",
        phrasings: &[
            "same idempotency key different payload",
            "idempotency key reused",
            "request id reused with other parameters",
            "idempotency key mismatch",
            "same key different request",
        ],
        code: 422,
        vendor: None,
        why: "The Idempotency-Key draft (draft-ietf-httpapi-idempotency-key-header) \
              recommends 422 when a key is reused with a different payload. Opinions differ: some \
              APIs answer 409 or 400; whichever you pick, do not process the new payload.",
        alternatives: &[
            Alternative {
                code: 409,
                when: "if your API treats any reuse of a key as a clash with the stored request",
            },
            Alternative {
                code: 400,
                when: "if your API treats it as a malformed request",
            },
        ],
    },
    Situation {
        id: "idempotency-key-request-in-flight",
        title: "a retry arrives while the first request with its key is still running",
        phrasings: &[
            "retry before first request finished",
            "concurrent requests with same idempotency key",
            "double click sends two requests",
            "duplicate request still processing",
            "idempotency key in progress",
        ],
        code: 409,
        vendor: None,
        why: "The Idempotency-Key draft (draft-ietf-httpapi-idempotency-key-header) \
              recommends 409 while a request with the same key is still outstanding; the client \
              changes nothing, waits and retries.",
        alternatives: &[Alternative {
            code: 202,
            when: "if the operation is asynchronous and you can point the retry at the job already running",
        }],
    },
    Situation {
        id: "idempotent-retry-replay",
        title: "a client retries a request that already succeeded",
        phrasings: &[
            "retry after timeout with same idempotency key",
            "network error retry post",
            "client retried payment request",
            "response lost retry",
            "safe retry of create",
            "replay stored response for idempotency key",
        ],
        code: 201,
        vendor: None,
        why: "With an idempotency key, repeat the first outcome, same status and body, \
              without doing the work again, as the Idempotency-Key draft asks. PUT and DELETE are \
              idempotent anyway, though their response to a repeat may differ (RFC 9110 §9.2.2).",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if the first request was an update or an action that answered 200",
            },
            Alternative {
                code: 204,
                when: "if the first request answered 204",
            },
        ],
    },
    Situation {
        id: "idempotency-key-missing",
        title: "a request lacks an idempotency key the endpoint requires",
        phrasings: &[
            "idempotency key header missing",
            "payment endpoint requires idempotency key",
            "missing request id header",
            "post without idempotency key",
            "enforce idempotency key",
        ],
        code: 400,
        vendor: None,
        why: "The Idempotency-Key draft (draft-ietf-httpapi-idempotency-key-header) \
              recommends 400 with a link to the documentation when a required key is absent. 428 \
              does not fit: it asks for conditional headers such as If-Match (RFC 6585 §3).",
        alternatives: &[Alternative {
            code: 422,
            when: "if your API reports every missing required input with 422",
        }],
    },
    Situation {
        id: "duplicate-webhook-delivery",
        title: "a webhook or message is delivered twice",
        phrasings: &[
            "webhook delivered twice",
            "duplicate event received",
            "same event id again",
            "at least once delivery duplicate",
            "deduplicate incoming webhooks",
            "sender retries webhook already processed",
        ],
        code: 200,
        vendor: None,
        why: "Acknowledge the duplicate with a 2xx and skip the work: the sender only needs \
              to know the event arrived, and an error makes it retry again. Deduplicate by the \
              event's ID.",
        alternatives: &[Alternative {
            code: 204,
            when: "if your webhook endpoint answers without a body",
        }],
    },
    Situation {
        id: "early-data-replay-risk",
        title: "a request sent in TLS early data (0-RTT) could be replayed",
        phrasings: &[
            "0-rtt request replay",
            "tls 1.3 early data",
            "early-data header from cdn",
            "zero round trip resumption replay",
            "reject replayable request",
        ],
        code: 425,
        vendor: None,
        why: "RFC 8470 §5.2 defines 425 for a server unwilling to risk processing a request that \
              might be replayed; the client retries it after the handshake, never in early data. A \
              server SHOULD NOT send it unless the request arrived in early data or carries \
              Early-Data: 1 from a proxy that received it that way (RFC 8470 §5.2).",
        alternatives: &[Alternative {
            code: 200,
            when: "if the request is safe, like a GET of a static file, and a replay does no harm",
        }],
    },
    Situation {
        id: "update-without-if-match",
        title: "an update arrives without the If-Match the API requires",
        phrasings: &[
            "update without if-match header",
            "require if-match on put",
            "missing if-match",
            "enforce optimistic locking headers",
            "reject blind overwrite without etag",
            "precondition header required",
        ],
        code: 428,
        vendor: None,
        why: "428 says the origin requires the request to be conditional, to avoid the lost \
              update problem, and the response SHOULD explain how to resubmit, here with \
              If-Match (RFC 6585 §3).",
        alternatives: &[
            Alternative {
                code: 412,
                when: "if the client did send If-Match and the ETag no longer matches",
            },
            Alternative {
                code: 400,
                when: "if the header is present but not a valid entity tag",
            },
        ],
    },
    Situation {
        id: "etag-mismatch-on-update",
        title: "an update's If-Match ETag no longer matches the resource",
        phrasings: &[
            "etag mismatch on put",
            "if-match header does not match",
            "stale etag",
            "resource changed since it was read",
            "optimistic locking with etag",
            "version changed before save",
            "lost update problem",
            "outdated etag on update",
        ],
        code: 412,
        vendor: None,
        why: "When an If-Match condition is false the server MUST NOT apply the method, and \
              412 tells the client that its condition failed (RFC 9110 §13.1.1, §15.5.13). The \
              client re-fetches, merges and resends with the new ETag.",
        alternatives: &[
            Alternative {
                code: 409,
                when: "if the version travels in the body instead of If-Match",
            },
            Alternative {
                code: 428,
                when: "if the request carried no If-Match at all and you require one",
            },
        ],
    },
    Situation {
        id: "if-unmodified-since-failed",
        title: "the resource changed after the client's If-Unmodified-Since date",
        phrasings: &[
            "if-unmodified-since check fails",
            "last modified timestamp changed",
            "modified since client read it",
            "date based optimistic locking",
            "resource updated after my timestamp",
        ],
        code: 412,
        vendor: None,
        why: "If-Unmodified-Since is the date-based guard for resources without entity tags; \
              when it fails the server MUST NOT perform the method and MAY answer 412 (RFC 9110 \
              §13.1.4). It is ignored when If-Match is also sent.",
        alternatives: &[Alternative {
            code: 409,
            when: "if you detect the change yourself, without a conditional header",
        }],
    },
    Situation {
        id: "stale-version-in-body",
        title: "the version number in the request body is older than the stored one",
        phrasings: &[
            "version field mismatch",
            "optimistic locking version column",
            "row version outdated",
            "stale object state",
            "updated by another transaction",
            "optimistic lock exception",
            "lock_version mismatch",
            "lost update",
            "compare and swap failed",
            "stale entry update",
        ],
        code: 409,
        vendor: None,
        why: "Without a conditional header, an outdated version clashes with the resource's \
              current state, the case RFC 9110 §15.5.10 describes, and RFC 5789 §2.2 also points \
              to 409 when no precondition was sent. Return the current version so the client can \
              merge.",
        alternatives: &[Alternative {
            code: 412,
            when: "if the client sent the version as an ETag in If-Match",
        }],
    },
    Situation {
        id: "conflicts-with-current-state",
        title: "the request clashes with the resource's current state",
        phrasings: &[
            "conflict with the current state",
            "request conflicts with the resource",
            "cannot do that in its current state",
            "state conflict",
            "resource state does not allow it",
            "clash with existing data",
        ],
        code: 409,
        vendor: None,
        why: "409 says the request conflicts with the current state of the target resource and \
              that the client might resolve it and resubmit; the body should say enough to find \
              the source of the conflict (RFC 9110 §15.5.10).",
        alternatives: &[
            Alternative {
                code: 412,
                when: "if the client sent If-Match and it no longer matches",
            },
            Alternative {
                code: 423,
                when: "if someone else holds a WebDAV lock on the resource",
            },
            Alternative {
                code: 422,
                when: "if the values themselves are invalid whatever the state",
            },
        ],
    },
    Situation {
        id: "dependent-action-failed",
        title: "one action of a request fails because another it depended on failed",
        phrasings: &[
            "proppatch one property failed",
            "rest of the commands fail after one fails",
            "failed dependency",
            "step depends on a failed step",
            "all or nothing property update",
        ],
        code: 424,
        vendor: None,
        why: "RFC 4918 §11.4 defines 424 for an action that could not be performed because it \
              depended on another action that failed: once one command of a PROPPATCH fails, \
              the rest fail with 424, each reported inside the 207 Multi-Status body.",
        alternatives: &[
            Alternative {
                code: 207,
                when: "for the response as a whole, which carries each resource's own status",
            },
            Alternative {
                code: 422,
                when: "if the API is not WebDAV and the batch fails as a whole on one bad item",
            },
        ],
    },
    Situation {
        id: "edit-clash-two-users",
        title: "two people edited the same document and the later save clashes",
        phrasings: &[
            "two users editing same record",
            "concurrent edits overwrite each other",
            "mid-air collision",
            "simultaneous edit",
            "someone else saved first",
            "merge changes from another user",
            "last write wins problem",
        ],
        code: 409,
        vendor: None,
        why: "RFC 9110 §15.5.10 gives this case, a change that clashes with an earlier \
              third-party edit, as the typical 409, with a body that helps the client merge. \
              Letting the last save silently win loses the first person's work.",
        alternatives: &[Alternative {
            code: 412,
            when: "if the client sent If-Match and the clash shows up as a changed ETag",
        }],
    },
    Situation {
        id: "webdav-resource-locked",
        title: "a WebDAV file is locked by another user",
        phrasings: &[
            "file in use by another user",
            "cannot save file on webdav share",
            "lock token missing",
            "document checked out on sharepoint",
            "office file open by someone else",
            "webdav lock",
        ],
        code: 423,
        vendor: None,
        why: "RFC 4918 §11.3 defines 423 for a source or destination resource that is \
              locked; the body SHOULD name the failed condition, such as lock-token-submitted. The \
              lock holder writes by sending its token in the If header.",
        alternatives: &[
            Alternative {
                code: 412,
                when: "if the If header was sent but its lock token does not match",
            },
            Alternative {
                code: 409,
                when: "if the lock is your application's own, not a WebDAV lock",
            },
        ],
    },
    Situation {
        id: "record-checked-out-by-another-user",
        title: "an app-level edit lock on a record is held by someone else",
        phrasings: &[
            "record checked out for editing",
            "pessimistic lock held by other user",
            "document being edited by someone else",
            "checkout lock in cms",
            "another user has this item open",
            "edit lock not released",
        ],
        code: 409,
        vendor: None,
        why: "Opinions differ: WebDAV's 423 is defined for locks taken with the LOCK method \
              (RFC 4918 §11.3), so many REST APIs use 409 for their own edit locks, as a clash \
              with current state (RFC 9110 §15.5.10). Say who holds the lock and when it expires.",
        alternatives: &[Alternative {
            code: 423,
            when: "if your clients already understand it, as WebDAV clients do",
        }],
    },
    Situation {
        id: "concurrent-write-race",
        title: "two writes to the same resource arrive at the same moment",
        phrasings: &[
            "race condition on update",
            "simultaneous requests same resource",
            "database deadlock on write",
            "serialization failure",
            "could not obtain lock",
            "concurrent modification exception",
        ],
        code: 409,
        vendor: None,
        why: "RFC 5789 §2.2 suggests 409 when a server must apply changes in order and cannot \
              queue a concurrent one; depending on the change, the client may be able to resend it \
              as is. A deadlock or lock timeout is not a crash and should not surface as 500.",
        alternatives: &[Alternative {
            code: 503,
            when: "if the database is overloaded and Retry-After can tell the client when to come back",
        }],
    },
    Situation {
        id: "conditional-retry-already-applied",
        title: "a conditional update is retried after its first response was lost",
        phrasings: &[
            "retry put with old etag after timeout",
            "update applied but the client never got the answer",
            "if-match fails because my own change succeeded",
            "retrying conditional request",
            "timeout then retry conditional update",
        ],
        code: 204,
        vendor: None,
        why: "When an If-Match fails because the requested change appears to be already \
              applied, RFC 9110 §13.1.1 allows (MAY) a 2xx instead of 412. For counters and other \
              non-idempotent state, send 412 every time.",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if you return the current representation",
            },
            Alternative {
                code: 412,
                when: "if similar but unrelated changes could be mistaken for the client's own",
            },
        ],
    },
    Situation {
        id: "action-invalid-in-current-state",
        title: "an action is not allowed in the resource's current state",
        phrasings: &[
            "cancel an order that already shipped",
            "refund an unpaid invoice",
            "invalid state for operation",
            "cannot delete a running server",
            "operation not allowed in this status",
            "state machine rejects action",
        ],
        code: 409,
        vendor: None,
        why: "The request is well-formed but clashes with the resource's current state, the \
              case RFC 9110 §15.5.10 describes; give the current state and the actions possible \
              from it. Opinions differ (some APIs use 422 or 400). 405 fits poorly: it says the \
              resource does not currently support the method at all and MUST list the methods it \
              does support in Allow (RFC 9110 §15.5.6), which tells the client nothing about the \
              state that blocks the action.",
        alternatives: &[
            Alternative {
                code: 422,
                when: "if your API reports every business-rule rejection with 422",
            },
            Alternative {
                code: 400,
                when: "if your API uses one generic client-error code with error codes in the body",
            },
        ],
    },
    Situation {
        id: "action-already-done",
        title: "an action is repeated after it already took effect",
        phrasings: &[
            "publish an already published post",
            "approve twice",
            "activate already active user",
            "mark as paid again",
            "follow a user already followed",
            "cancel an order already cancelled",
        ],
        code: 409,
        vendor: None,
        why: "Opinions differ: if the endpoint is a command that must cause a transition, \
              repeating it clashes with current state (RFC 9110 §15.5.10). If it sets a target \
              state, repeating it is harmless, and a success answer makes client retries safe.",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if the action sets a state and repeating it should count as success",
            },
            Alternative {
                code: 204,
                when: "if it sets a state and you return nothing",
            },
        ],
    },
    Situation {
        id: "invalid-workflow-transition",
        title: "a requested status change skips or reverses a workflow step",
        phrasings: &[
            "invalid status transition",
            "move ticket from draft to done",
            "skip approval step",
            "change status to closed from new",
            "illegal state transition",
            "workflow step not allowed",
        ],
        code: 409,
        vendor: None,
        why: "The target status is a valid value but cannot be reached from the current one, \
              a clash with current state (RFC 9110 §15.5.10); return the allowed next states. A \
              value that is not a status at all is a validation error instead.",
        alternatives: &[
            Alternative {
                code: 422,
                when: "if the requested status is not a valid value at all",
            },
            Alternative {
                code: 403,
                when: "if the transition exists but this user's role may not make it",
            },
        ],
    },
    Situation {
        id: "out-of-stock",
        title: "an order asks for more items than are left in stock",
        phrasings: &[
            "out of stock",
            "quantity exceeds inventory",
            "seats sold out",
            "not enough stock left",
            "item sold out while in cart",
            "inventory reservation failed",
        ],
        code: 409,
        vendor: None,
        why: "Opinions differ: the order is valid in itself and fails only against stock \
              that changes as others buy, which many APIs treat as a clash with current state \
              (RFC 9110 §15.5.10), while others use 422 for every business rule. Say how many are \
              left; do not answer 500, or 200 with an error body.",
        alternatives: &[Alternative {
            code: 422,
            when: "if your API groups all business-rule failures under 422",
        }],
    },
    Situation {
        id: "booking-slot-taken",
        title: "a booking overlaps a slot or range that is already taken",
        phrasings: &[
            "time slot already booked",
            "overlapping reservation",
            "double booking",
            "date range overlaps existing booking",
            "room already reserved",
            "appointment time taken",
        ],
        code: 409,
        vendor: None,
        why: "Each field is valid, but the range clashes with a reservation already stored, \
              a clash with current state (RFC 9110 §15.5.10). Name the clashing booking or suggest \
              free slots.",
        alternatives: &[Alternative {
            code: 422,
            when: "if the range is invalid in itself, e.g. it ends before it starts",
        }],
    },
    Situation {
        id: "modify-archived-resource",
        title: "a change is made to an archived or closed resource",
        phrasings: &[
            "edit archived project",
            "comment on closed thread",
            "reply in a discussion that was closed",
            "change closed ticket",
            "update a project after it was archived",
            "write to frozen account",
        ],
        code: 409,
        vendor: None,
        why: "The resource's state forbids changes for everyone until it is reopened, a \
              clash with current state (RFC 9110 §15.5.10); say how to reopen it. If the rule \
              depends on who is asking, it is a permission refusal instead. Services split: \
              GitHub refuses writes to an archived repository with 403, saying it is \
              read-only.",
        alternatives: &[
            Alternative {
                code: 403,
                when: "if only some users may change it in this state, or to do as GitHub does \
                       for archived repositories",
            },
            Alternative {
                code: 405,
                when: "if the resource does not support changes at all, with Allow listing the \
                       methods it currently supports (RFC 9110 §15.5.6)",
            },
        ],
    },
    Situation {
        id: "prerequisite-step-missing",
        title: "an action needs a step that has not happened yet",
        phrasings: &[
            "must verify email first",
            "ship before payment",
            "publish before review",
            "complete profile before ordering",
            "action requires previous step",
            "cannot submit until approved",
        ],
        code: 409,
        vendor: None,
        why: "The request is fine but the resource is not yet in the state the action needs, \
              a clash with current state (RFC 9110 §15.5.10). It is not 412, which is only for \
              conditions sent in headers such as If-Match (RFC 9110 §15.5.13).",
        alternatives: &[
            Alternative {
                code: 403,
                when: "if the missing step is about the user's own account, e.g. an unverified email blocks the feature",
            },
            Alternative {
                code: 422,
                when: "if your API reports business rules with 422",
            },
        ],
    },
    Situation {
        id: "delete-last-required-item",
        title: "a delete would remove the last admin or another required item",
        phrasings: &[
            "delete last admin",
            "remove the only owner",
            "cannot delete default workspace",
            "delete the last payment method on a subscription",
            "remove last member of team",
            "must keep at least one",
        ],
        code: 409,
        vendor: None,
        why: "Deleting it would leave the parent in a state the rules forbid, so the request \
              clashes with current state (RFC 9110 §15.5.10). Tell the client what to do first, \
              such as naming another admin.",
        alternatives: &[
            Alternative {
                code: 403,
                when: "if built-in items can never be deleted by anyone",
            },
            Alternative {
                code: 422,
                when: "if your API reports all rule violations with 422",
            },
        ],
    },
    Situation {
        id: "delete-blocked-by-references",
        title: "a delete is blocked because other records still reference it",
        phrasings: &[
            "foreign key constraint on delete",
            "cannot delete category with products",
            "delete parent with children",
            "record still in use",
            "referenced by other rows",
            "delete fails because of dependencies",
            "integrity constraint violation on delete",
            "delete customer that still has orders",
            "delete not possible",
        ],
        code: 409,
        vendor: None,
        why: "The resource cannot go while dependents point to it, a clash with current \
              state the client can resolve (RFC 9110 §15.5.10); list the dependents or their \
              count. Catch the database error rather than letting it become a 500, and do not use \
              405, which would say the resource does not currently support DELETE at all \
              (RFC 9110 §15.5.6) and hide the dependents that block it.",
        alternatives: &[
            Alternative {
                code: 204,
                when: "if your API deletes the dependents too, by design (cascade)",
            },
            Alternative {
                code: 422,
                when: "if your API reports rule violations with 422",
            },
        ],
    },
    Situation {
        id: "referenced-id-in-body-missing",
        title: "a request body refers to a related record that does not exist",
        phrasings: &[
            "foreign key id in body does not exist",
            "customer_id unknown when creating order",
            "invalid reference id",
            "assign to unknown user",
            "category id does not exist",
            "related entity missing",
        ],
        code: 422,
        vendor: None,
        why: "The target URI exists; a value inside the content points nowhere, so the \
              content cannot be processed (RFC 9110 §15.5.21). Opinions differ: some APIs send \
              404, but that suggests the URL itself was wrong.",
        alternatives: &[
            Alternative {
                code: 404,
                when: "if the missing record is part of the URL path",
            },
            Alternative {
                code: 409,
                when: "if the referenced record exists but was closed or archived in the meantime",
            },
        ],
    },
    Situation {
        id: "parent-missing-nested-create",
        title: "a child is added under a parent that does not exist",
        phrasings: &[
            "create comment on missing post",
            "add item to nonexistent cart",
            "nested route parent missing",
            "post to users/{id}/orders with unknown user",
            "parent id in url does not exist",
        ],
        code: 404,
        vendor: None,
        why: "The parent is part of the target URI, so the target, the parent's collection, \
              does not exist (RFC 9110 §15.5.5). When the parent is named in the body instead, 422 \
              fits better.",
        alternatives: &[
            Alternative {
                code: 422,
                when: "if the parent is referenced by an ID in the body",
            },
            Alternative {
                code: 410,
                when: "if the parent was deleted for good and you keep a record of that",
            },
        ],
    },
    Situation {
        id: "resource-not-found",
        title: "nothing exists at the requested URL or ID",
        phrasings: &[
            "record not found",
            "no such id",
            "unknown resource id",
            "item does not exist",
            "get by id finds nothing",
            "url points to nothing",
            "unknown endpoint",
            "route does not exist",
            "wrong id",
            "id does not exist",
            "record missing from the database",
            "lookup finds no such user",
        ],
        code: 404,
        vendor: None,
        why: "404 says the server found no current representation for the target resource, \
              or will not disclose that one exists (RFC 9110 §15.5.5). It does not say whether \
              the absence is for good.",
        alternatives: &[
            Alternative {
                code: 410,
                when: "if it existed, was removed on purpose, and will not come back",
            },
            Alternative {
                code: 400,
                when: "if the ID is malformed, such as letters where a number belongs",
            },
        ],
    },
    Situation {
        id: "delete-already-deleted",
        title: "a delete targets a resource that was already deleted",
        phrasings: &[
            "delete twice",
            "second delete response",
            "delete nonexistent resource",
            "remove item already removed",
            "delete idempotent response",
            "retry delete after timeout",
            "delete something already deleted",
        ],
        code: 404,
        vendor: None,
        why: "Opinions differ: DELETE is idempotent in its effect, not its response \
              (RFC 9110 §9.2.2), so a second DELETE may answer 404 because nothing is there. Many \
              APIs answer 204 again so that retries after a lost response look like success.",
        alternatives: &[
            Alternative {
                code: 204,
                when: "if clients retry deletes automatically and should see success",
            },
            Alternative {
                code: 410,
                when: "if you keep tombstones and want to say the resource existed",
            },
        ],
    },
    Situation {
        id: "soft-deleted-resource-requested",
        title: "a client requests a record that is in the trash (soft-deleted)",
        phrasings: &[
            "get soft deleted record",
            "fetch trashed item",
            "deleted_at is set but row exists",
            "read deleted entity",
            "resource in recycle bin",
            "restorable deleted item requested",
        ],
        code: 404,
        vendor: None,
        why: "RFC 9110 §15.5.11 says 404 ought to be used when the server cannot say the \
              removal is permanent, and a trashed item can still be restored. Point clients that \
              may see the trash to its own endpoint.",
        alternatives: &[
            Alternative {
                code: 410,
                when: "once the trash is purged and the record will never return",
            },
            Alternative {
                code: 200,
                when: "if the client asked for trashed items explicitly, e.g. with a filter",
            },
        ],
    },
    Situation {
        id: "resource-permanently-removed",
        title: "a resource was removed on purpose and will not come back",
        phrasings: &[
            "permanently deleted",
            "content taken down",
            "discontinued product page",
            "removed article",
            "tombstone for deleted object",
            "closed account profile",
            "old promotion removed",
            "deleted listing page",
        ],
        code: 410,
        vendor: None,
        why: "410 says the resource is intentionally unavailable and probably for good, so \
              links to it should be removed (RFC 9110 §15.5.11). If you cannot be sure it is \
              permanent, RFC 9110 says 404 ought to be used.",
        alternatives: &[
            Alternative {
                code: 404,
                when: "if you are not sure the removal is permanent",
            },
            Alternative {
                code: 301,
                when: "if the content lives on at another URI",
            },
        ],
    },
    Situation {
        id: "bulk-delete",
        title: "many records are deleted in one request",
        phrasings: &[
            "bulk delete",
            "delete multiple ids",
            "delete all matching filter",
            "mass delete endpoint",
            "clear all items in list",
            "batch remove records",
        ],
        code: 204,
        vendor: None,
        why: "If everything was deleted, answer as for one delete, 204 (RFC 9110 §9.3.5). \
              HTTP has no standard bulk DELETE, so document whether IDs go in the query or in a \
              POST to a batch endpoint, since content in a DELETE has no defined meaning (RFC 9110 \
              §9.3.5).",
        alternatives: &[
            Alternative {
                code: 202,
                when: "if the deletion runs in the background",
            },
            Alternative {
                code: 207,
                when: "if some records could not be deleted and you report each one",
            },
        ],
    },
    Situation {
        id: "cascade-delete",
        title: "deleting a parent also deletes its children",
        phrasings: &[
            "cascade delete",
            "delete project and all tasks",
            "remove user and their data",
            "delete folder recursively",
            "on delete cascade api response",
            "delete with children",
        ],
        code: 204,
        vendor: None,
        why: "A delete that removes dependents by design is still one successful DELETE, \
              answered 204 once done (RFC 9110 §9.3.5); document the cascade so clients are not \
              surprised.",
        alternatives: &[
            Alternative {
                code: 202,
                when: "if the children are removed in the background",
            },
            Alternative {
                code: 200,
                when: "if you report what was removed, such as counts",
            },
            Alternative {
                code: 409,
                when: "if the client must confirm or remove the children first",
            },
        ],
    },
    Situation {
        id: "async-job-started",
        title: "a long-running operation was started in the background",
        phrasings: &[
            "long running operation",
            "start background job",
            "async api pattern",
            "kick off import job",
            "return job id and poll",
            "prefer respond-async",
            "request takes minutes to finish",
        ],
        code: 202,
        vendor: None,
        why: "202 takes the work on without finishing it (RFC 9110 §15.3.3); point to a \
              status monitor, commonly in Location, and pace polling with Retry-After. Clients can \
              ask for this with Prefer: respond-async (RFC 7240 §4.1).",
        alternatives: &[
            Alternative {
                code: 201,
                when: "if the job itself is a new resource and you report its creation",
            },
            Alternative {
                code: 303,
                when: "if you send the client straight to the status resource",
            },
            Alternative {
                code: 100,
                when: "first, as an interim answer, if the client sent Expect: \
                      100-continue and waits for it before sending the body",
            },
        ],
    },
    Situation {
        id: "job-still-running",
        title: "the client polls a job that is still running",
        phrasings: &[
            "poll job status",
            "job in progress",
            "check status of async task",
            "operation not finished yet",
            "task still pending",
            "status endpoint while processing",
        ],
        code: 200,
        vendor: None,
        why: "The status resource itself was read successfully, so answer 200 with a body \
              such as {\"status\": \"running\"}, plus Retry-After or a progress estimate. Opinions \
              differ: some APIs answer 202 until the job ends.",
        alternatives: &[Alternative {
            code: 202,
            when: "if your API signals 'not done yet' on the status resource with 202",
        }],
    },
    Situation {
        id: "job-finished-result-ready",
        title: "a polled job has finished and its result is ready",
        phrasings: &[
            "job completed get result",
            "async task done",
            "poll returns finished",
            "export ready for download",
            "operation succeeded result location",
            "redirect to result when job done",
        ],
        code: 303,
        vendor: None,
        why: "A 303 sends the client to the result with a GET, as an indirect answer to its \
              request (RFC 9110 §15.4.4); the status resource does not become the result. A 200 \
              with a link to the result in the body also works.",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if the status body carries the result or a link to it",
            },
            Alternative {
                code: 410,
                when: "if the result was deleted after its retention period",
            },
        ],
    },
    Situation {
        id: "job-failed",
        title: "a background job failed",
        phrasings: &[
            "async job failed",
            "background task error",
            "poll returns failed status",
            "import job failed halfway",
            "export job failed",
            "operation failed after it was queued",
            "report status of failed job",
        ],
        code: 200,
        vendor: None,
        why: "Reading the status resource succeeded, so answer 200 and report the failure in \
              it, with the reason and whether a retry can help. A 500 on the status URL would say \
              the status endpoint broke, not the job.",
        alternatives: &[
            Alternative {
                code: 500,
                when: "if the client waited for the job within the request and it crashed on the server",
            },
            Alternative {
                code: 422,
                when: "if the client waited within the request and its input was rejected",
            },
        ],
    },
    Situation {
        id: "report-not-ready-yet",
        title: "a job's result, report or export is requested before it is ready",
        phrasings: &[
            "report still generating",
            "export not ready",
            "statistics being computed try later",
            "download requested before file exists",
            "generate large csv",
            "long report generation",
            "job result not ready yet",
            "result not available yet",
            "result still pending",
        ],
        code: 202,
        vendor: None,
        why: "202 says the work is under way and not finished (RFC 9110 §15.3.3); add \
              Retry-After or a status link so the client knows when to ask again. Do not answer \
              404, which clients read as a wrong URL, or 500.",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if you can generate it within the request's time limit",
            },
            Alternative {
                code: 303,
                when: "if you redirect to a job status resource",
            },
        ],
    },
    Situation {
        id: "job-already-running",
        title: "a job is triggered while the same job is still running",
        phrasings: &[
            "task already running",
            "start job while it is running",
            "trigger a build that is already in progress",
            "sync already in progress",
            "second run of the same job",
            "import already started",
        ],
        code: 409,
        vendor: None,
        why: "The request clashes with the resource's current state, a run in progress, which \
              is 409 (RFC 9110 §15.5.10); point to the running job in the body so the client \
              can follow it instead.",
        alternatives: &[
            Alternative {
                code: 202,
                when: "if you queue the new run to start after the current one",
            },
            Alternative {
                code: 303,
                when: "if you send the client to the job already running, as the result it wanted",
            },
        ],
    },
    Situation {
        id: "cancel-running-job",
        title: "a client cancels a job that is still running",
        phrasings: &[
            "cancel async job",
            "abort background task",
            "stop running export",
            "delete job in progress",
            "cancel long running operation",
            "job cancellation endpoint",
        ],
        code: 202,
        vendor: None,
        why: "Cancelling usually takes effect some time after the request, and 202 says it \
              was taken on but not yet carried out (RFC 9110 §15.3.3); the job's status shows when \
              it has stopped.",
        alternatives: &[
            Alternative {
                code: 204,
                when: "if the job stopped before you respond",
            },
            Alternative {
                code: 409,
                when: "if the job already finished and can no longer be cancelled",
            },
        ],
    },
    Situation {
        id: "paginated-list",
        title: "a list is returned one page at a time",
        phrasings: &[
            "pagination response",
            "page of results",
            "cursor pagination",
            "limit and offset",
            "next page link",
            "paged api response",
            "total count header",
        ],
        code: 200,
        vendor: None,
        why: "Each page is a complete response to its own URL, so it is 200; link the next \
              and previous pages in the body or in a Link header (RFC 8288). 206 belongs to Range \
              requests (RFC 9110 §15.3.7), not to pages chosen by query parameters.",
        alternatives: &[Alternative {
            code: 206,
            when: "if clients page with Range headers in a custom range unit you document",
        }],
    },
    Situation {
        id: "page-beyond-last-page",
        title: "a client asks for a page number past the last page",
        phrasings: &[
            "page number out of range",
            "page beyond the last page",
            "requested page does not exist",
            "offset larger than total count",
            "pagination past the end",
            "empty page past the end of the list",
            "page out of bounds",
            "requested page out of range",
        ],
        code: 404,
        vendor: None,
        why: "Opinions differ. A page URL that can hold no items names nothing, so 404 \
              (RFC 9110 §15.5.5) tells the client it has paged too far; many JSON APIs instead \
              answer 200 with an empty list and the total, which is easier for a client that \
              pages until the list is empty.",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if the page is a filter over the collection and an empty page is a valid answer",
            },
            Alternative {
                code: 400,
                when: "if the page number itself is invalid, such as zero or negative",
            },
        ],
    },
    Situation {
        id: "multi-get-some-missing",
        title: "a multi-get by IDs finds some of the records but not all",
        phrasings: &[
            "get many ids some missing",
            "batch get partial results",
            "fetch by list of ids",
            "bulk lookup missing ids",
            "ids query returns fewer items",
            "some requested records do not exist",
        ],
        code: 200,
        vendor: None,
        why: "The query succeeded and its answer is the records that exist; list the missing \
              IDs in the body so the client need not work them out. Opinions differ on 207, which \
              adds little when there are only two outcomes.",
        alternatives: &[Alternative {
            code: 207,
            when: "if each ID needs its own status, e.g. some hidden and some missing",
        }],
    },
    Situation {
        id: "batch-mixed-results",
        title: "a batch or bulk request partly succeeded and partly failed",
        phrasings: &[
            "partial success",
            "bulk insert some failed",
            "batch request mixed results",
            "some items failed validation in bulk",
            "per item status in bulk api",
            "bulk update partial failure",
        ],
        code: 207,
        vendor: None,
        why: "Opinions differ: 207 says the body holds a status per item (RFC 4918 §11.1), \
              which stops generic clients reading a mixed outcome as full success, while many JSON \
              APIs answer 200 with per-item results. Either way, document the body and never \
              report failed items as plain success.",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if your clients are documented to read per-item results on every 2xx",
            },
            Alternative {
                code: 202,
                when: "if the batch is processed asynchronously",
            },
        ],
    },
    Situation {
        id: "batch-all-or-nothing-rejected",
        title: "one invalid item makes a transactional batch fail as a whole",
        phrasings: &[
            "atomic batch rollback",
            "all or nothing bulk insert",
            "transaction rolled back one bad item",
            "batch fails if any item invalid",
            "bulk request rejected entirely",
        ],
        code: 422,
        vendor: None,
        why: "Nothing was applied, so send one error status for the whole batch and point to \
              the failing item; 422 fits when the items parse but one breaks the rules (RFC 9110 \
              §15.5.21).",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if the failing item is malformed rather than invalid",
            },
            Alternative {
                code: 409,
                when: "if the failing item clashes with stored data",
            },
            Alternative {
                code: 207,
                when: "if you report each item, marking the ones not applied as 424",
            },
        ],
    },
    Situation {
        id: "bulk-all-items-failed",
        title: "every item in a non-atomic bulk request failed",
        phrasings: &[
            "bulk all failed",
            "all items rejected",
            "none of the batch succeeded",
            "every record failed import",
            "batch total failure",
            "bulk request zero successes",
        ],
        code: 422,
        vendor: None,
        why: "When every item has the same outcome, send that status rather than a 2xx that \
              suggests something worked; a 207 then adds nothing. Use the code for the shared \
              cause, such as 422 for invalid items.",
        alternatives: &[
            Alternative {
                code: 207,
                when: "if the items failed for different reasons and clients read per-item statuses",
            },
            Alternative {
                code: 503,
                when: "if they all failed because a backend was unavailable",
            },
        ],
    },
    Situation {
        id: "sparse-fieldset-response",
        title: "a response includes only the fields the client asked for",
        phrasings: &[
            "fields query parameter",
            "sparse fieldsets",
            "select specific fields",
            "return only some attributes",
            "partial response fields filter",
            "field selection in rest api",
        ],
        code: 200,
        vendor: None,
        why: "Returning the chosen fields is a complete answer to that request, so it is \
              200; 206 is only for Range requests (RFC 9110 §15.3.7).",
        alternatives: &[Alternative {
            code: 400,
            when: "if a requested field name does not exist",
        }],
    },
    Situation {
        id: "page-url-changed-permanently",
        title: "a page moved to a new URL for good",
        phrasings: &[
            "url changed",
            "page renamed slug changed",
            "old link to new page",
            "seo redirect old url",
            "restructured site urls",
            "redirect old blog post url",
        ],
        code: 301,
        vendor: None,
        why: "301 tells clients and search engines to use the new URI from now on, and \
              caches may keep it (RFC 9110 §15.4.2, §15.1). Clients may change POST to GET when \
              following it, so it suits pages fetched with GET.",
        alternatives: &[
            Alternative {
                code: 308,
                when: "if the URL also receives POST, PUT or DELETE",
            },
            Alternative {
                code: 410,
                when: "if the page was removed with no replacement",
            },
        ],
    },
    Situation {
        id: "api-endpoint-moved-permanently",
        title: "an API endpoint that takes writes moved to a new URL for good",
        phrasings: &[
            "api endpoint moved",
            "new base url for api",
            "post endpoint relocated",
            "redirect post keep body",
            "api path renamed",
            "redirect put request permanently",
        ],
        code: 308,
        vendor: None,
        why: "308 is permanent and, unlike 301, gives the client no licence to turn a POST into a \
              GET (RFC 7538 §3; RFC 9110 §15.4 counts 307 and 308 as the method-preserving \
              redirects), so a POST stays a POST with its body. Some old clients do not know 308 \
              (RFC 9110 §15.4.9), so check who calls you.",
        alternatives: &[
            Alternative {
                code: 301,
                when: "if only GET and HEAD reach the old URL",
            },
            Alternative {
                code: 410,
                when: "if the endpoint was retired without a replacement",
            },
        ],
    },
    Situation {
        id: "page-temporarily-elsewhere",
        title: "a page is temporarily served from another URL",
        phrasings: &[
            "seasonal landing page",
            "redirect while site migrates",
            "campaign url points elsewhere",
            "locale redirect",
            "a/b test redirect",
        ],
        code: 302,
        vendor: None,
        why: "302 sends the client elsewhere for now and keeps the original URI for later \
              requests (RFC 9110 §15.4.3). For GET it behaves like 307; browsers may change a POST \
              to GET when following it.",
        alternatives: &[
            Alternative {
                code: 307,
                when: "if the request may be a POST or PUT whose method and body must survive",
            },
            Alternative {
                code: 503,
                when: "if the page is down for maintenance: serve the maintenance page at the \
                      original URL with 503 and Retry-After rather than redirecting to it",
            },
        ],
    },
    Situation {
        id: "write-endpoint-temporarily-elsewhere",
        title: "writes must go to another server or region for a while",
        phrasings: &[
            "failover redirect",
            "redirect post to primary",
            "region moved temporarily",
            "maintenance redirect api",
            "keep method on redirect",
            "redirect without losing request body",
        ],
        code: 307,
        vendor: None,
        why: "307 is temporary and the client MUST NOT change the method when following it \
              (RFC 9110 §15.4.8), so the POST and its body are sent again to Location. Later \
              requests still go to the original URI.",
        alternatives: &[
            Alternative {
                code: 302,
                when: "if only GET requests are redirected",
            },
            Alternative {
                code: 503,
                when: "if there is nowhere to send writes, as in planned maintenance, and \
                      clients should retry later",
            },
        ],
    },
    Situation {
        id: "post-redirect-get",
        title: "a form POST succeeded and the browser should land on a result page",
        phrasings: &[
            "redirect after form submit",
            "post redirect get pattern",
            "prevent form resubmission on refresh",
            "double submit on reload",
            "redirect to confirmation page",
            "redirect back after login form",
            "redirect after post",
            "redirect after put or upload",
        ],
        code: 303,
        vendor: None,
        why: "303 sends the browser to the result with a GET, so reloading does not resubmit \
              the form (RFC 9110 §15.4.4). 302 behaves the same in browsers, but only by \
              historical habit (RFC 9110 §15.4.3).",
        alternatives: &[
            Alternative {
                code: 201,
                when: "if the client is an API that wants the new resource's URI, not a page",
            },
            Alternative {
                code: 204,
                when: "if the form is sent by script and the page should stay as it is",
            },
        ],
    },
    Situation {
        id: "trailing-slash-canonical-url",
        title: "a URL is requested in a non-canonical form (trailing slash, www)",
        phrasings: &[
            "trailing slash redirect",
            "with or without trailing slash",
            "www to non-www",
            "canonical url redirect",
            "uppercase url redirect",
            "duplicate urls seo",
            "redirect to canonical host",
        ],
        code: 301,
        vendor: None,
        why: "Picking one form and redirecting the others permanently keeps links and search \
              indexes on one URL (RFC 9110 §15.4.2). For paths that receive POST, a 301 may turn \
              the request into a GET without its body, so use 308 there.",
        alternatives: &[
            Alternative {
                code: 308,
                when: "if the URL receives methods other than GET",
            },
            Alternative {
                code: 404,
                when: "if an API should reject the wrong form rather than redirect",
            },
        ],
    },
    Situation {
        id: "domain-change-migration",
        title: "a site or API moved to a new domain",
        phrasings: &[
            "domain change",
            "rebrand new domain",
            "site migration redirect",
            "old domain redirect",
            "move to new hostname",
            "redirect all paths to new domain",
        ],
        code: 301,
        vendor: None,
        why: "A permanent redirect from each old URL to its counterpart on the new domain \
              lets browsers and search engines carry links over (RFC 9110 §15.4.2). Keep the path \
              and query, and keep the redirects running long after the move.",
        alternatives: &[
            Alternative {
                code: 308,
                when: "for API endpoints that receive writes",
            },
            Alternative {
                code: 302,
                when: "while the move is still being tested and may be undone",
            },
        ],
    },
    Situation {
        id: "api-call-gets-login-page",
        title: "an API or AJAX call without a session is sent to a login page",
        phrasings: &[
            "fetch follows redirect to login html",
            "ajax call returns login page",
            "api returns html instead of json when logged out",
            "xhr redirected to sign in",
            "spring security redirects rest api to login",
            "json api should not redirect to login",
        ],
        code: 401,
        vendor: None,
        why: "A script or API client cannot use an HTML login page, so answer 401, which \
              MUST carry a WWW-Authenticate challenge (RFC 9110 §15.5.2), and let the front end \
              show its own login. Keep redirects for page navigations.",
        alternatives: &[Alternative {
            code: 403,
            when: "if the caller is logged in but lacks permission",
        }],
    },
    Situation {
        id: "multiple-representations-choice",
        title: "several versions or formats exist and the client should pick one",
        phrasings: &[
            "let user choose format",
            "ambiguous short link",
            "several matching resources",
            "choose language version",
            "disambiguation page",
            "pick between pdf and html",
        ],
        code: 300,
        vendor: None,
        why: "300 lists alternatives, each with its own URI, for the user or client to \
              choose from, with a preferred one in Location if there is one (RFC 9110 §15.4.1). \
              There is no standard format for the list, so automated clients rarely follow it.",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if you can choose from Accept or Accept-Language yourself (and send Vary)",
            },
            Alternative {
                code: 302,
                when: "if one choice should simply win",
            },
        ],
    },
    Situation {
        id: "short-link-redirect",
        title: "a short link redirects to its target URL",
        phrasings: &[
            "url shortener redirect",
            "short link",
            "tracking link redirect",
            "vanity url",
            "redirect for click counting",
            "link shortener",
        ],
        code: 301,
        vendor: None,
        why: "Opinions differ: a permanent redirect says the short URL stands for the target \
              for good, but caches may keep it (RFC 9110 §15.1) and browsers may stop asking you. \
              If you count clicks or may change the target, use a temporary redirect.",
        alternatives: &[
            Alternative {
                code: 302,
                when: "if you count every click or may change the target",
            },
            Alternative {
                code: 307,
                when: "if the link may receive POST and the method must survive",
            },
        ],
    },
    Situation {
        id: "redirect-to-signed-download-url",
        title: "a download redirects to a short-lived signed storage URL",
        phrasings: &[
            "redirect to presigned s3 url",
            "signed url download redirect",
            "cdn signed link",
            "redirect to blob storage",
            "temporary download url",
            "file download via storage redirect",
        ],
        code: 302,
        vendor: None,
        why: "The signed URL expires, so the redirect must be temporary and should not be \
              cached for long (RFC 9110 §15.4.3). RFC 9110 §15.4 advises clients to consider \
              dropping Authorization when following a redirect, which matters when the target is \
              another host.",
        alternatives: &[
            Alternative {
                code: 307,
                when: "if the client must repeat a method other than GET",
            },
            Alternative {
                code: 303,
                when: "if the download is the result of a POST",
            },
        ],
    },
    Situation {
        id: "resource-merged-into-another",
        title: "a record was merged into another and its old ID still gets requests",
        phrasings: &[
            "duplicate records merged",
            "old id after merge",
            "accounts merged",
            "redirect merged record",
            "deduplicated contact old url",
            "entity replaced by another",
        ],
        code: 301,
        vendor: None,
        why: "The old URI's content now lives at the surviving record's URI, so a permanent \
              redirect with Location sends clients there and lets them update stored links \
              (RFC 9110 §15.4.2). Clients may turn a POST into a GET when following 301, so use \
              308 if writes must follow.",
        alternatives: &[
            Alternative {
                code: 308,
                when: "if clients send PUT, PATCH or POST to the old URI",
            },
            Alternative {
                code: 410,
                when: "if the old ID should no longer resolve at all",
            },
        ],
    },
    Situation {
        id: "etag-unchanged",
        title: "the client's cached copy, named by its ETag, is still current",
        phrasings: &[
            "if-none-match matches",
            "etag unchanged",
            "revalidate cached response",
            "conditional get with etag",
            "same etag return no body",
            "browser cache validation",
            "etag has not changed",
            "client already has the current version",
            "get with a matching if-none-match",
        ],
        code: 304,
        vendor: None,
        why: "When an If-None-Match tag matches on GET or HEAD the server MUST answer 304 \
              (RFC 9110 §13.1.2), with no content but with the Cache-Control, ETag, Vary and other \
              fields a 200 would carry (RFC 9110 §15.4.5).",
        alternatives: &[Alternative {
            code: 200,
            when: "if the ETag no longer matches: send the new representation",
        }],
    },
    Situation {
        id: "if-modified-since-unchanged",
        title: "a resource has not changed since the client's If-Modified-Since date",
        phrasings: &[
            "if-modified-since header",
            "last-modified unchanged",
            "check if file changed since date",
            "conditional get by date",
            "static file unchanged since",
            "last modified revalidation",
            "last modified date check",
            "modification date unchanged",
        ],
        code: 304,
        vendor: None,
        why: "For GET or HEAD, a resource unchanged since that date means the stored copy is \
              still good, so send 304 without content (RFC 9110 §13.1.3, §15.4.5). \
              If-Modified-Since is ignored when If-None-Match is present.",
        alternatives: &[Alternative {
            code: 200,
            when: "if the resource changed after that date",
        }],
    },
    Situation {
        id: "cached-copy-outdated",
        title: "a conditional GET finds that the resource has changed",
        phrasings: &[
            "etag changed send new data",
            "cache stale refresh",
            "resource updated since last fetch",
            "revalidation fails",
            "new version of cached copy",
            "if-none-match does not match",
        ],
        code: 200,
        vendor: None,
        why: "The condition holds, so the server sends the full current representation with \
              its new ETag or Last-Modified, as it would without the condition (RFC 9110 §13.1.2, \
              §15.4.5). The client replaces its stored copy.",
        alternatives: &[Alternative {
            code: 304,
            when: "if the validator still matches",
        }],
    },
    Situation {
        id: "stale-data-after-update",
        title: "clients keep getting an old version from a cache after an update",
        phrasings: &[
            "stale data after update",
            "cache shows old data",
            "browser cache not refreshing api",
            "cdn serving old json",
            "changes not visible after save",
            "force revalidation of api response",
        ],
        code: 200,
        vendor: None,
        why: "Fix it in the headers of the 200: Cache-Control: no-cache makes caches \
              revalidate before every reuse (RFC 9111 §5.2.2.4), and with an ETag that \
              revalidation is a cheap 304. Caches MUST invalidate a URI after a successful unsafe \
              request to it, but only the caches that request passed through (RFC 9111 §4.4).",
        alternatives: &[Alternative {
            code: 304,
            when: "if the client revalidates and its copy is still current",
        }],
    },
    Situation {
        id: "stale-while-origin-down",
        title: "a cache serves stored content while the origin is failing",
        phrasings: &[
            "serve stale on error",
            "cdn serve stale content",
            "origin down show cached page",
            "stale-if-error",
            "stale-while-revalidate",
            "keep serving cache when backend fails",
        ],
        code: 200,
        vendor: None,
        why: "The cache answers with the stored response, so the client sees its stored \
              status, usually 200. RFC 9111 §4.2.4 allows serving stale content only when \
              disconnected or explicitly permitted, e.g. by the stale-if-error and \
              stale-while-revalidate extensions of RFC 5861.",
        alternatives: &[
            Alternative {
                code: 504,
                when: "if there is no usable stored copy and the origin did not answer in time",
            },
            Alternative {
                code: 502,
                when: "if there is no usable stored copy and the origin's answer was invalid",
            },
        ],
    },
    Situation {
        id: "fingerprinted-asset-cache-busting",
        title: "a versioned (cache-busted) static asset is requested",
        phrasings: &[
            "cache busting",
            "hashed file names",
            "versioned asset url",
            "immutable cache control",
            "query string version on css",
            "bust browser cache after deploy",
        ],
        code: 200,
        vendor: None,
        why: "A file whose URL changes with its content can be served with 200 and a long \
              max-age, because a new version gets a new URL. Keep the previous build's files for a \
              while, or pages still open will request assets that no longer exist.",
        alternatives: &[
            Alternative {
                code: 304,
                when: "if a client revalidates a copy it already has",
            },
            Alternative {
                code: 404,
                when: "if the old build's file was removed",
            },
        ],
    },
];
