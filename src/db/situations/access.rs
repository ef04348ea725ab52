//! Situations: authentication, sessions, accounts, permissions, rate limits and quotas, payments,
//! HTTPS, client certificates, proxies and captive portals, legal and regional blocks.

use crate::db::{Alternative, Situation};

pub static SITUATIONS: &[Situation] = &[
    Situation {
        id: "credentials-missing",
        title: "no token, API key or login came with the request",
        phrasings: &[
            "missing token",
            "no authorization header",
            "request without credentials",
            "user not logged in calls the api",
            "anonymous request to a protected endpoint",
            "unauthenticated user",
            "forgot to send the bearer token",
        ],
        code: 401,
        vendor: None,
        why: "The request carries no credentials for a resource that needs them, which is 401, and \
              the response MUST carry a WWW-Authenticate challenge (RFC 9110 §15.5.2). For bearer \
              tokens the challenge has no error code, since the client has not tried yet \
              (RFC 6750 §3.1).",
        alternatives: &[
            Alternative {
                code: 404,
                when: "if anonymous callers must not learn that the resource exists",
            },
            Alternative {
                code: 302,
                when: "for a page opened in a browser, which is better sent to the login page",
            },
        ],
    },
    Situation {
        id: "login-wrong-password",
        title: "login fails: wrong password or unknown user name",
        phrasings: &[
            "wrong password",
            "invalid credentials on login",
            "incorrect username or password",
            "login form with a bad password",
            "user enters the wrong password",
            "email not registered at login",
            "failed sign in",
        ],
        code: 401,
        vendor: None,
        why: "Opinions differ: many APIs answer a failed login with 401, since the credentials \
              were refused (RFC 9110 §15.5.2), while others keep 401 for protected resources and \
              answer a login form with 400; 403 fits only when the password was right and the \
              account still may not sign in. Give the same answer for an unknown user as for a \
              wrong password, so accounts cannot be enumerated.",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if your API treats the login form as ordinary input and keeps 401 for calls \
                       to protected resources",
            },
            Alternative {
                code: 403,
                when: "if the password was right but the account may not sign in (locked, \
                       disabled, unverified)",
            },
            Alternative {
                code: 429,
                when: "after repeated failures, while login attempts are throttled",
            },
        ],
    },
    Situation {
        id: "token-endpoint-wrong-password",
        title: "an OAuth token request carries a wrong user name or password",
        phrasings: &[
            "token endpoint bad password",
            "password grant wrong credentials",
            "oauth token request invalid credentials",
            "invalid_grant for wrong password",
            "obtain token with wrong password",
        ],
        code: 400,
        vendor: None,
        why: "At an OAuth 2.0 token endpoint the user's credentials are the grant, and a wrong \
              one is invalid_grant; errors there are 400 unless stated otherwise (RFC 6749 \
              §5.2). 401 is for the client's own authentication failing (invalid_client).",
        alternatives: &[Alternative {
            code: 401,
            when: "if the client's own credentials (client id and secret) were refused, and \
                   MUST be 401 if they came in the Authorization header (invalid_client, RFC \
                   6749 §5.2)",
        }],
    },
    Situation {
        id: "access-token-expired",
        title: "the access token or JWT has expired",
        phrasings: &[
            "expired jwt",
            "token expired",
            "access token expired",
            "jwt exp claim in the past",
            "bearer token no longer valid",
            "need to refresh the token",
            "expired oauth token",
            "api token timed out",
        ],
        code: 401,
        vendor: None,
        why: "An expired token is not a valid credential, so 401 with WWW-Authenticate: Bearer \
              error=\"invalid_token\" (RFC 6750 §3.1), which clients take as the signal to refresh \
              and retry. Answering 403 instead breaks that refresh-and-retry logic.",
        alternatives: &[Alternative {
            code: 400,
            when: "if it is the refresh token that expired, at the OAuth token endpoint \
                       (invalid_grant, RFC 6749 §5.2)",
        }],
    },
    Situation {
        id: "token-revoked",
        title: "a revoked or invalidated token or API key is used",
        phrasings: &[
            "revoked token",
            "token was revoked",
            "invalidated jwt still used",
            "blacklisted token",
            "old token after password change",
            "deleted api key still in use",
            "token on the denylist",
            "token revocation",
        ],
        code: 401,
        vendor: None,
        why: "RFC 6750 §3.1 counts a revoked token as invalid_token, answered with 401: the client \
              needs new credentials. Say in the body that the token was revoked, so the client \
              does not loop refreshing a grant that was revoked with it.",
        alternatives: &[Alternative {
            code: 403,
            when: "if the token is still valid but the user's access to this resource was \
                       withdrawn",
        }],
    },
    Situation {
        id: "token-verification-failed",
        title: "the token fails verification: bad signature, issuer or audience",
        phrasings: &[
            "invalid jwt signature",
            "jwt signature verification failed",
            "token signed with the wrong key",
            "wrong audience in token",
            "invalid issuer",
            "token not yet valid",
            "tampered jwt",
            "token from another environment",
        ],
        code: 401,
        vendor: None,
        why: "A token that does not verify is invalid_token, answered with 401 and a \
              WWW-Authenticate challenge (RFC 6750 §3.1); a 500 because the verification library \
              threw blames the server for a bad credential. Keep the exact failed check in your \
              logs rather than telling the caller.",
        alternatives: &[Alternative {
            code: 403,
            when: "if the token verifies but was issued to a client that may not call this API",
        }],
    },
    Situation {
        id: "authorization-header-malformed",
        title: "the Authorization header or token cannot be parsed",
        phrasings: &[
            "malformed authorization header",
            "bearer prefix missing",
            "invalid token format",
            "jwt malformed",
            "authorization header without a token",
            "garbage in the authorization header",
            "token has the wrong number of segments",
            "bad auth header",
            "malformed auth header",
        ],
        code: 401,
        vendor: None,
        why: "RFC 6750 §3.1 counts a malformed token as invalid_token, answered with 401 so the \
              client fetches a fresh one, and keeps 400 (invalid_request) for requests malformed \
              in other ways. A 500 because the parser threw is the usual bug.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the request itself is malformed, such as a token sent both in the header \
                       and in the query string (invalid_request, RFC 6750 §3.1)",
        }],
    },
    Situation {
        id: "auth-scheme-not-supported",
        title: "credentials use an authentication scheme the API does not accept",
        phrasings: &[
            "basic auth sent to a bearer api",
            "wrong auth scheme",
            "unsupported authorization type",
            "token scheme instead of bearer",
            "api expects bearer but got basic",
            "digest auth not supported",
        ],
        code: 401,
        vendor: None,
        why: "The server cannot use these credentials, so 401 with a WWW-Authenticate challenge \
              naming the schemes it accepts (RFC 9110 §15.5.2), which per RFC 6750 §3.1 SHOULD NOT \
              carry an error code. Scheme names are case-insensitive (RFC 9110 §11.1), so accept \
              \"bearer\" as well as \"Bearer\".",
        alternatives: &[Alternative {
            code: 400,
            when: "if the header names an accepted scheme but its syntax is broken",
        }],
    },
    Situation {
        id: "api-key-missing",
        title: "the API key is missing from the request",
        phrasings: &[
            "missing api key",
            "no api key provided",
            "x-api-key header missing",
            "request without a key",
            "forgot the api key",
            "apikey parameter missing",
        ],
        code: 401,
        vendor: None,
        why: "The request lacks credentials, so 401; RFC 9110 §15.5.2 still requires a \
              WWW-Authenticate challenge, which may name your own scheme for keys sent in a custom \
              header. Opinions differ: some APIs answer 403 because no HTTP authentication scheme \
              is involved, but clients and gateways read 401 as \"supply credentials\", which is \
              the fix.",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if a key was sent, but in a place the API does not accept, such as the \
                       query string",
            },
            Alternative {
                code: 403,
                when: "if your API already documents 403 for every key problem and clients rely on \
                       it",
            },
        ],
    },
    Situation {
        id: "api-key-invalid",
        title: "the API key is wrong, unknown or deleted",
        phrasings: &[
            "invalid api key",
            "wrong api key",
            "api key not recognized",
            "unknown api key",
            "test key used in production",
            "api key typo",
            "incorrect api token",
        ],
        code: 401,
        vendor: None,
        why: "Credentials were sent and refused, which is 401 (RFC 9110 §15.5.2), with a challenge \
              and a body saying the key was not recognised. Keep 403 for a valid key that may not \
              do this, or clients cannot tell a typo from a permission problem.",
        alternatives: &[Alternative {
            code: 403,
            when: "if the key is valid but not enabled for this endpoint, project or \
                       environment",
        }],
    },
    Situation {
        id: "session-expired",
        title: "the user's session has expired or timed out",
        phrasings: &[
            "session expired",
            "session timeout",
            "idle timeout logged out",
            "session cookie expired",
            "user inactive too long",
            "stale session",
            "session no longer valid",
        ],
        code: 401,
        vendor: None,
        why: "The session cookie no longer identifies anyone, so API and AJAX calls get 401 with a \
              WWW-Authenticate challenge (RFC 9110 §15.5.2) and a body telling the app to sign the \
              user in again. A full page request from a browser is better redirected to the login \
              page.",
        alternatives: &[
            Alternative {
                code: 302,
                when: "for a page opened in a browser, redirecting to the login page and back \
                       afterwards",
            },
            Alternative {
                code: 419,
                when: "in Laravel, whose CSRF check answers a form posted after the session \
                       expired with its own Page Expired code",
            },
        ],
    },
    Situation {
        id: "token-used-after-logout",
        title: "a session or token is used after the user logged out",
        phrasings: &[
            "request after logout",
            "logged out user still has a token",
            "old session cookie after sign out",
            "jwt still works after logout",
            "back button after logout",
            "token invalidated on logout",
        ],
        code: 401,
        vendor: None,
        why: "After logout the session or token authenticates nobody, so answer 401 as for any \
              invalid credential (RFC 9110 §15.5.2). Self-contained JWTs stay valid until they \
              expire unless the server keeps a denylist or short lifetimes, which is why they \
              often still work after logout.",
        alternatives: &[Alternative {
            code: 302,
            when: "for a page opened in a browser, sending the user to the login page instead",
        }],
    },
    Situation {
        id: "logout-request",
        title: "the logout request itself, even when already logged out",
        phrasings: &[
            "logout endpoint response",
            "sign out api",
            "logout when the session already expired",
            "logout called twice",
            "destroy session endpoint",
            "revoke token on logout",
        ],
        code: 204,
        vendor: None,
        why: "Logging out worked and there is nothing to send back, which is 204 \
              (RFC 9110 §15.3.5); answer the same when the session was already gone, since the \
              client's goal is met either way. A 401 from the logout endpoint only confuses \
              clients.",
        alternatives: &[
            Alternative {
                code: 303,
                when: "for a browser form post, sending the user on to the home or login page",
            },
            Alternative {
                code: 200,
                when: "if the response carries something, such as a message or where to go next",
            },
        ],
    },
    Situation {
        id: "refresh-token-expired",
        title: "the refresh token has expired or been revoked",
        phrasings: &[
            "refresh token expired",
            "invalid refresh token",
            "refresh token revoked",
            "invalid_grant on refresh",
            "cannot refresh the access token",
            "refresh token reuse detected",
        ],
        code: 400,
        vendor: None,
        why: "At an OAuth token endpoint an expired or revoked refresh token is invalid_grant, and \
              errors there are 400 unless stated otherwise (RFC 6749 §5.2); the client must send \
              the user through login again. Opinions differ for home-made refresh endpoints, many \
              of which answer 401.",
        alternatives: &[Alternative {
            code: 401,
            when: "on your own non-OAuth refresh endpoint, if its clients treat 401 as \"sign \
                       in again\"",
        }],
    },
    Situation {
        id: "oauth-client-authentication-failed",
        title: "the OAuth client ID or secret is wrong at the token endpoint",
        phrasings: &[
            "invalid client secret",
            "wrong client id",
            "invalid_client",
            "client credentials rejected",
            "client authentication failed",
            "oauth app secret rotated",
        ],
        code: 401,
        vendor: None,
        why: "RFC 6749 §5.2 calls this invalid_client: if the client authenticated with the \
              Authorization header, the server MUST answer 401 with a matching WWW-Authenticate \
              challenge. Otherwise it MAY use 401, and the default for token endpoint errors is \
              400.",
        alternatives: &[Alternative {
            code: 400,
            when: "if the client sent its credentials in the request body rather than in \
                       Authorization",
        }],
    },
    Situation {
        id: "password-reset-link-invalid",
        title: "the password-reset link is invalid, expired or already used",
        phrasings: &[
            "password reset token expired",
            "reset link expired",
            "invalid reset token",
            "reset link already used",
            "forgot password link not working",
            "reset password token invalid",
        ],
        code: 400,
        vendor: None,
        why: "The reset request carries a token the server will not accept, an input problem the \
              user fixes by asking for a new link, so 400 with a body that says so. It is not 401: \
              the user is not authenticating to a resource, and many clients react to 401 by \
              starting their login flow.",
        alternatives: &[
            Alternative {
                code: 410,
                when: "if the token is part of the link's URL and that link has expired or been \
                       used for good",
            },
            Alternative {
                code: 422,
                when: "if your API reports rejected field values as 422",
            },
        ],
    },
    Situation {
        id: "email-verification-link-invalid",
        title: "the email verification link is invalid or has expired",
        phrasings: &[
            "verification link expired",
            "email confirmation token invalid",
            "confirm email link not working",
            "activation link expired",
            "verify email token expired",
            "email already verified",
        ],
        code: 400,
        vendor: None,
        why: "The token in the link is not accepted, so 400, with a page or body offering to send \
              a new link. A link for an address that is already confirmed is better treated as \
              success, since the user's goal is met.",
        alternatives: &[
            Alternative {
                code: 410,
                when: "if the link has expired or been used and will never work again",
            },
            Alternative {
                code: 200,
                when: "if the address is already verified, so opening the link again simply \
                       confirms it",
            },
        ],
    },
    Situation {
        id: "two-factor-code-wrong",
        title: "the two-factor code is wrong or has expired",
        phrasings: &[
            "wrong 2fa code",
            "invalid otp",
            "mfa code incorrect",
            "totp code expired",
            "sms code wrong",
            "authenticator code rejected",
            "invalid verification code at login",
        ],
        code: 401,
        vendor: None,
        why: "Opinions differ: the code is part of the credentials, so many APIs answer 401 as for \
              a wrong password (RFC 9110 §15.5.2), while others treat it as a form field in a \
              half-finished login and send 400 or 422. Count failures and throttle them, since \
              six-digit codes fall quickly to guessing.",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if the code is a form field in a login flow that already holds a pending \
                       session",
            },
            Alternative {
                code: 429,
                when: "after too many wrong codes, while further attempts are throttled",
            },
        ],
    },
    Situation {
        id: "two-factor-required",
        title: "the password was right but a second factor is still needed",
        phrasings: &[
            "2fa required",
            "mfa required",
            "otp required",
            "needs two factor authentication",
            "login needs a verification code",
            "password ok but mfa pending",
            "second factor missing",
        ],
        code: 401,
        vendor: None,
        why: "The user has not finished authenticating, so 401 (RFC 9110 §15.5.2), with a body or \
              header field of your own telling the client to ask for the code. 403 would say that \
              the credentials sent are not enough to grant access (RFC 9110 §15.5.4), which fits \
              once authentication is complete and the answer is still no.",
        alternatives: &[Alternative {
            code: 403,
            when: "if the account has no second factor set up and policy requires enrolling \
                       one first",
        }],
    },
    Situation {
        id: "step-up-authentication-required",
        title: "a sensitive action needs a fresh or stronger login",
        phrasings: &[
            "re-authentication required",
            "recent login required",
            "step up authentication",
            "confirm password before a sensitive action",
            "sudo mode",
            "require mfa for payments",
            "token too old for this operation",
        ],
        code: 401,
        vendor: None,
        why: "RFC 9470 §3 answers this with 401 and WWW-Authenticate: Bearer \
              error=\"insufficient_user_authentication\", optionally naming acr_values or max_age, \
              so the client sends the user to log in more strongly or more recently. The token is \
              valid; the login behind it is too weak or too old.",
        alternatives: &[Alternative {
            code: 403,
            when: "if no fresh login can help, because this user may not perform the action at \
                       all",
        }],
    },
    Situation {
        id: "current-password-wrong",
        title: "changing the password fails because the current one is wrong",
        phrasings: &[
            "change password with wrong current password",
            "old password incorrect",
            "current password does not match",
            "wrong password when updating email",
            "re-entered password wrong",
        ],
        code: 403,
        vendor: None,
        why: "Opinions differ: the user is signed in and the change is refused, which fits 403 \
              (RFC 9110 §15.5.4), while others see a form field that failed validation and send \
              400 or 422. Avoid 401 here: many front ends treat any 401 as \"session over\" and \
              log the user out.",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if you report every rejected form field as 400",
            },
            Alternative {
                code: 422,
                when: "if you report rejected field values as 422",
            },
        ],
    },
    Situation {
        id: "csrf-token-invalid",
        title: "the CSRF token is missing or does not match",
        phrasings: &[
            "csrf token missing",
            "csrf token mismatch",
            "invalid csrf token",
            "xsrf token invalid",
            "csrf verification failed",
            "form post rejected by csrf check",
            "anti-forgery token invalid",
        ],
        code: 403,
        vendor: None,
        why: "The server refuses a state-changing request it cannot trust, which is 403 \
              (RFC 9110 §15.5.4) and what Django and Spring Security send. Frameworks split, \
              though: Rails maps InvalidAuthenticityToken to 422, ASP.NET Core's antiforgery \
              filter answers 400, and Laravel sends its own unregistered 419 Page Expired.",
        alternatives: &[
            Alternative {
                code: 419,
                when: "in a Laravel app, where the framework and its clients expect Page Expired",
            },
            Alternative {
                code: 401,
                when: "if the token failed because the session expired and the user must sign in \
                       again",
            },
        ],
    },
    Situation {
        id: "login-page-redirect",
        title: "a browser opens a page that needs login",
        phrasings: &[
            "redirect to the login page",
            "not logged in redirect",
            "anonymous visitor on a protected page",
            "send user to the sign in page",
            "return url after login",
            "login redirect or error for pages",
        ],
        code: 302,
        vendor: None,
        why: "For an HTML page in a browser, a temporary redirect to the login page with a return \
              URL is what users expect, and for GET 302 and 303 behave the same \
              (RFC 9110 §15.4.3). API and fetch calls should get 401 instead, since a redirect to \
              an HTML form breaks them.",
        alternatives: &[
            Alternative {
                code: 401,
                when: "for API, fetch or XHR calls, which cannot use a login page",
            },
            Alternative {
                code: 303,
                when: "if the original request was a form POST",
            },
        ],
    },
    Situation {
        id: "webhook-signature-invalid",
        title: "an incoming webhook's signature does not verify",
        phrasings: &[
            "webhook signature verification failed",
            "invalid webhook signature",
            "hmac mismatch on webhook",
            "webhook secret wrong",
            "unsigned webhook request",
            "webhook timestamp too old",
        ],
        code: 401,
        vendor: None,
        why: "Opinions differ: the signature is the sender's credential, so a bad one is refused \
              credentials (401), but webhook senders ignore challenges and many receivers answer \
              400 or 403. Most senders treat any non-2xx reply as a failed delivery, so the choice \
              matters mostly for your own logs.",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if the signature header is missing or cannot be parsed",
            },
            Alternative {
                code: 403,
                when: "if the sender is refused by an IP allow list as well",
            },
        ],
    },
    Situation {
        id: "signed-url-expired",
        title: "a signed or pre-signed URL has expired",
        phrasings: &[
            "presigned url expired",
            "signed url expired",
            "s3 link expired",
            "download link expired",
            "temporary url signature invalid",
            "expiring link no longer works",
        ],
        code: 403,
        vendor: None,
        why: "The signature in the URL is the only credential and the server refuses it, with no \
              login that could help, so 403 (RFC 9110 §15.5.4), which is also what Amazon S3 sends \
              for an expired pre-signed URL. Say in the body that the link expired, so the client \
              asks for a new one.",
        alternatives: &[
            Alternative {
                code: 410,
                when: "if the link was for one use only and has been used",
            },
            Alternative {
                code: 401,
                when: "if signing in would let the user obtain a fresh link",
            },
        ],
    },
    Situation {
        id: "invite-link-expired",
        title: "an invitation link has expired or was already used",
        phrasings: &[
            "invite link expired",
            "invitation already accepted",
            "team invite no longer valid",
            "invite token invalid",
            "join link expired",
            "invitation revoked",
        ],
        code: 410,
        vendor: None,
        why: "The invitation existed and will not work again, which is what 410 says \
              (RFC 9110 §15.5.11); the body should tell the user to ask for a new invitation.",
        alternatives: &[
            Alternative {
                code: 404,
                when: "if the token is unknown, or it must not be revealed that it ever existed",
            },
            Alternative {
                code: 409,
                when: "if the invitation was already accepted, by this or another account",
            },
        ],
    },
    Situation {
        id: "account-banned",
        title: "the account is banned or suspended",
        phrasings: &[
            "user is banned",
            "banned user tries to log in",
            "account suspended",
            "suspended account makes a request",
            "blocked user account",
        ],
        code: 403,
        vendor: None,
        why: "The server knows who the client is and refuses anyway: 403 says the credentials \
              sent are not enough to grant access, and the client SHOULD NOT repeat the request \
              automatically with them (RFC 9110 §15.5.4). Explain the suspension in the body.",
        alternatives: &[
            Alternative {
                code: 401,
                when: "if the ban should also end the session, so the client drops its credentials",
            },
            Alternative {
                code: 404,
                when: "if the ban must not be revealed to the client",
            },
        ],
    },
    Situation {
        id: "account-suspended-temporarily",
        title: "the account is suspended until a set date",
        phrasings: &[
            "temporary ban",
            "user suspended for 7 days",
            "account on hold",
            "timed suspension",
            "temporarily banned user",
            "cooldown ban",
        ],
        code: 403,
        vendor: None,
        why: "The server knows the user and refuses until the date: 403 says the credentials sent \
              are not enough to grant access, and the client SHOULD NOT repeat the request \
              automatically with them (RFC 9110 §15.5.4); put the end date in the body. 429 \
              does not fit: it is about request rate, and clients would simply retry after a \
              delay.",
        alternatives: &[Alternative {
            code: 401,
            when: "if the suspension should also end the user's current sessions",
        }],
    },
    Situation {
        id: "account-locked-failed-logins",
        title: "the account is locked after too many failed logins",
        phrasings: &[
            "account locked",
            "too many failed login attempts",
            "locked out after wrong passwords",
            "brute force lockout",
            "account temporarily locked",
            "user locked out",
            "max login attempts reached",
        ],
        code: 403,
        vendor: None,
        why: "The server refuses this account whatever password is sent, which is 403 \
              (RFC 9110 §15.5.4); 423 Locked is for WebDAV resource locks, not accounts. Opinions \
              differ on revealing the lock: answering as for a wrong password hides it from \
              attackers but leaves real users guessing.",
        alternatives: &[
            Alternative {
                code: 429,
                when: "if the lock is a short throttle that lifts by itself, with Retry-After",
            },
            Alternative {
                code: 401,
                when: "if the lockout must not be revealed, answering exactly as for a wrong \
                       password",
            },
        ],
    },
    Situation {
        id: "account-disabled-by-admin",
        title: "the account was deactivated or disabled by an administrator",
        phrasings: &[
            "account disabled",
            "user deactivated",
            "disabled user logs in",
            "employee account disabled",
            "admin deactivated the user",
            "inactive account",
            "account not active",
        ],
        code: 403,
        vendor: None,
        why: "The user is known and refused by policy: 403 says the credentials sent are not \
              enough to grant access, and the client SHOULD NOT repeat the request automatically \
              with them (RFC 9110 §15.5.4). Tell the user to contact an administrator rather than \
              to retry.",
        alternatives: &[Alternative {
            code: 401,
            when: "if disabling also revoked every token and session, so existing ones are \
                       simply invalid",
        }],
    },
    Situation {
        id: "account-deleted",
        title: "the account was closed or deleted",
        phrasings: &[
            "deleted account logs in",
            "account closed",
            "user deleted but token still valid",
            "removed user",
            "account no longer exists",
            "self-deleted account",
        ],
        code: 401,
        vendor: None,
        why: "Credentials for an account that no longer exists are invalid, so 401 \
              (RFC 9110 §15.5.2), just as for an unknown user at login. Revoke the account's \
              tokens when it is deleted, so this does not wait for them to expire.",
        alternatives: &[
            Alternative {
                code: 410,
                when: "for the deleted account's own URLs, such as its public profile",
            },
            Alternative {
                code: 403,
                when: "if the account is closed but kept for a grace period in which it can be \
                       reopened",
            },
        ],
    },
    Situation {
        id: "email-not-verified",
        title: "the user has not verified their email address yet",
        phrasings: &[
            "email not verified",
            "unverified email",
            "unconfirmed account",
            "user has not confirmed email",
            "email confirmation pending",
            "account not activated",
            "login before verifying email",
        ],
        code: 403,
        vendor: None,
        why: "The user is identified but not yet allowed in, which is 403 (RFC 9110 §15.5.4), with \
              a body offering to resend the link. Opinions differ: some auth libraries answer the \
              sign-in with 401, though the password was right and signing in again will not help.",
        alternatives: &[Alternative {
            code: 401,
            when: "if no session is issued until the address is confirmed and your clients \
                       expect 401 from any failed sign-in",
        }],
    },
    Situation {
        id: "account-pending-approval",
        title: "the account is waiting for approval by an administrator",
        phrasings: &[
            "account pending approval",
            "awaiting admin approval",
            "user not approved yet",
            "registration pending review",
            "waitlisted account",
            "manual approval required",
        ],
        code: 403,
        vendor: None,
        why: "The user is known and may not use the service until someone approves the account, \
              which is 403 (RFC 9110 §15.5.4); say in the body that approval is pending, so it is \
              not mistaken for a ban.",
        alternatives: &[Alternative {
            code: 202,
            when: "for the sign-up request itself, accepted and waiting for review",
        }],
    },
    Situation {
        id: "password-expired",
        title: "the password has expired and must be changed",
        phrasings: &[
            "password expired",
            "must change password",
            "forced password reset",
            "password older than 90 days",
            "change password on next login",
            "password change required",
        ],
        code: 403,
        vendor: None,
        why: "The credentials are right but the server refuses everything except a password \
              change, which is 403 (RFC 9110 §15.5.4); point the body at the change-password step. \
              Exchange ActiveSync's own 457 means the same but is known only to its clients.",
        alternatives: &[Alternative {
            code: 401,
            when: "if the old password is no longer accepted at all, so signing in fails until \
                       it is reset",
        }],
    },
    Situation {
        id: "terms-not-accepted",
        title: "the user has not accepted the current terms of service",
        phrasings: &[
            "terms of service not accepted",
            "must accept the new terms",
            "tos acceptance required",
            "privacy policy consent missing",
            "updated terms block access",
            "user must agree to terms",
        ],
        code: 403,
        vendor: None,
        why: "The user is known and refused until they accept, which is 403 (RFC 9110 §15.5.4), \
              with a body linking to the terms. 451 is wrong: it reports a legal demand made by \
              someone else, not your own contract (RFC 7725 §3).",
        alternatives: &[Alternative {
            code: 302,
            when: "for a page opened in a browser, redirecting to the page where the terms are \
                       accepted",
        }],
    },
    Situation {
        id: "sso-required",
        title: "the organisation requires single sign-on, not a password",
        phrasings: &[
            "sso required",
            "password login disabled for the organization",
            "must sign in with saml",
            "enforce sso",
            "user must use company login",
            "local login not allowed",
        ],
        code: 403,
        vendor: None,
        why: "The password may well be right, but policy refuses this way of signing in, so 403 \
              (RFC 9110 §15.5.4), with a body pointing to the SSO login.",
        alternatives: &[Alternative {
            code: 302,
            when: "for a login page in a browser, redirecting straight to the identity \
                       provider",
        }],
    },
    Situation {
        id: "signup-not-allowed",
        title: "sign-up is closed, or not open to this user or email domain",
        phrasings: &[
            "registration disabled",
            "invite only signup",
            "email domain not allowed",
            "signups closed",
            "restrict registration to the company domain",
            "public registration turned off",
        ],
        code: 403,
        vendor: None,
        why: "The server refuses to create the account for a policy reason, not because the input \
              is malformed, so 403 (RFC 9110 §15.5.4), with a body saying how to get access. An \
              email address that is already taken is a different case: 409.",
        alternatives: &[Alternative {
            code: 422,
            when: "if the domain rule is one of several validation rules you report per field",
        }],
    },
    Situation {
        id: "role-missing",
        title: "a signed-in user lacks the role or permission needed",
        phrasings: &[
            "insufficient permissions",
            "user does not have permission",
            "missing role",
            "not allowed to perform this action",
            "access denied for user role",
            "rbac check failed",
            "user tries to change their own role",
            "insufficient privileges",
            "action prohibited for this user",
        ],
        code: 403,
        vendor: None,
        why: "The server knows who the user is and refuses: 403 says the credentials sent are not \
              enough for this request, so the client SHOULD NOT repeat it automatically with them, \
              though it MAY try others, such as another user's (RFC 9110 §15.5.4). Sending 401 here \
              is the classic mistake, and it sends clients into login loops.",
        alternatives: &[Alternative {
            code: 404,
            when: "if the user must not learn that the resource exists",
        }],
    },
    Situation {
        id: "other-users-resource",
        title: "a user requests a record that belongs to another user",
        phrasings: &[
            "access another user's data",
            "user id in the url belongs to someone else",
            "idor",
            "view another user's order",
            "tenant isolation",
            "accessing another organization's resource",
            "change the id to see other records",
        ],
        code: 403,
        vendor: None,
        why: "The user is authenticated but does not own the record, which is 403 \
              (RFC 9110 §15.5.4); check ownership on every request, not only that the ID exists. \
              If IDs are guessable and even their existence is private, answer 404 instead, \
              which §15.5.4 allows.",
        alternatives: &[Alternative {
            code: 404,
            when: "if the record's existence must not leak to other users or tenants",
        }],
    },
    Situation {
        id: "admin-only-endpoint",
        title: "a non-admin user calls an admin-only endpoint",
        phrasings: &[
            "admin only endpoint",
            "normal user hits an admin route",
            "admin panel access by a regular user",
            "superuser required",
            "staff only api",
            "non-admin access",
        ],
        code: 403,
        vendor: None,
        why: "The user is known and lacks the admin role, which is 403 (RFC 9110 §15.5.4). Many \
              sites answer 404 instead so the admin area does not show up in scans, which §15.5.4 \
              permits.",
        alternatives: &[
            Alternative {
                code: 404,
                when: "if the admin area must not reveal that it exists",
            },
            Alternative {
                code: 401,
                when: "if the caller is not signed in at all",
            },
        ],
    },
    Situation {
        id: "read-only-user-writes",
        title: "a read-only user or viewer tries to change something",
        phrasings: &[
            "read only user tries to edit",
            "viewer role cannot delete",
            "write access denied",
            "guest tries to update",
            "no write permission",
            "read-only token used for a post",
        ],
        code: 403,
        vendor: None,
        why: "The method is supported but this user may not use it, which is 403 \
              (RFC 9110 §15.5.4). 405 is wrong here: it says the resource does not currently \
              support the method, for any user, and it requires an Allow header (RFC 9110 \
              §15.5.6).",
        alternatives: &[Alternative {
            code: 405,
            when: "if the resource is read-only for everyone, such as an issued invoice",
        }],
    },
    Situation {
        id: "oauth-scope-insufficient",
        title: "the OAuth token lacks the scope the operation needs",
        phrasings: &[
            "insufficient scope",
            "token missing a scope",
            "scope not granted",
            "missing write scope",
            "oauth scope error",
            "token lacks permission for this api",
        ],
        code: 403,
        vendor: None,
        why: "RFC 6750 §3.1 names this insufficient_scope: the server SHOULD answer 403 and MAY \
              name the needed scope in WWW-Authenticate. A new token from the same grant will not \
              help, so clients must not treat it like an expired token.",
        alternatives: &[Alternative {
            code: 404,
            when: "if the resource must stay hidden from tokens without read access",
        }],
    },
    Situation {
        id: "ip-not-allowed",
        title: "the client's IP address is not on the allow list",
        phrasings: &[
            "ip not whitelisted",
            "ip blocked",
            "ip allowlist",
            "request from an unknown ip",
            "access only from the office network",
            "vpn required",
            "blocked ip address",
            "ip on the blocklist",
        ],
        code: 403,
        vendor: None,
        why: "Access is refused for a reason unrelated to credentials, which 403 covers \
              (RFC 9110 §15.5.4), and logging in again will not help. For internal tools that \
              outsiders should not know about, 404 hides them.",
        alternatives: &[Alternative {
            code: 404,
            when: "if the service must not reveal itself to addresses outside the list",
        }],
    },
    Situation {
        id: "hide-existence-of-forbidden-resource",
        title: "a forbidden resource must not reveal that it exists",
        phrasings: &[
            "hide resource existence",
            "private repo looks missing to outsiders",
            "prevent resource enumeration",
            "do not leak that a record exists",
            "pretend the resource does not exist",
            "don't reveal private resources",
            "hidden page",
            "hide that it exists",
        ],
        code: 404,
        vendor: None,
        why: "RFC 9110 §15.5.4 lets a server answer 404 instead of 403 to hide that a resource \
              exists, as GitHub does for private repositories; make the answer identical to a real \
              miss, body, headers and timing included. The honest split: 403 helps legitimate \
              users and debugging, 404 stops enumeration, so choose by how sensitive the \
              resource's existence is.",
        alternatives: &[Alternative {
            code: 403,
            when: "if the client may know the resource exists, so users get a clear reason to \
                       ask for access",
        }],
    },
    Situation {
        id: "waf-blocked",
        title: "a firewall, WAF or bot filter blocked the request",
        phrasings: &[
            "blocked by waf",
            "bot detected",
            "request blocked by firewall",
            "cloudflare blocked the request",
            "suspicious request rejected",
            "user agent blocked",
            "scraper blocked",
        ],
        code: 403,
        vendor: None,
        why: "The request is refused by policy, not for missing credentials, which is 403 \
              (RFC 9110 §15.5.4); give a reference ID in the body so a wrongly blocked user can \
              report it. Use 429 when the block is about request volume.",
        alternatives: &[Alternative {
            code: 429,
            when: "if the block is really rate based and lifts after a while",
        }],
    },
    Situation {
        id: "api-not-enabled",
        title: "the API is not enabled for this project or application",
        phrasings: &[
            "api not enabled for project",
            "service disabled for this app",
            "app not approved for the api",
            "enable the api in the console",
            "api access not granted to the application",
            "application not whitelisted",
        ],
        code: 403,
        vendor: None,
        why: "The caller is identified, but its project or application has not been given access \
              to this API, so the credentials it sent are not enough to grant access: 403 \
              (RFC 9110 §15.5.4). Say in the body where to enable it.",
        alternatives: &[Alternative {
            code: 401,
            when: "if the application's credentials themselves are invalid",
        }],
    },
    Situation {
        id: "blocked-by-another-user",
        title: "a user tries to reach someone who has blocked them",
        phrasings: &[
            "user blocked me",
            "message a user who blocked you",
            "view the profile of a blocking user",
            "blocked by another user",
            "follow a user who blocked you",
            "social block",
        ],
        code: 403,
        vendor: None,
        why: "The server knows the requester and refuses on the other user's behalf, which is 403 \
              (RFC 9110 §15.5.4). Many social apps answer 404 instead so the block itself is not \
              revealed.",
        alternatives: &[Alternative {
            code: 404,
            when: "if the blocked user must not learn about the block",
        }],
    },
    Situation {
        id: "hotlink-blocked",
        title: "an image or file is hotlinked from another site",
        phrasings: &[
            "hotlink protection",
            "block hotlinking",
            "referer not allowed",
            "image embedded on another site blocked",
            "invalid referer",
            "prevent bandwidth theft",
        ],
        code: 403,
        vendor: None,
        why: "The server refuses to serve the file to pages outside its own sites, a policy \
              refusal that 403 covers (RFC 9110 §15.5.4). Referer is easy to forge or strip, so \
              treat the check as a deterrent, not access control.",
        alternatives: &[Alternative {
            code: 200,
            when: "if you serve a placeholder image instead of refusing",
        }],
    },
    Situation {
        id: "rate-limit-exceeded",
        title: "a client sends more requests per minute than allowed",
        phrasings: &[
            "rate limit exceeded",
            "too many calls per second",
            "api throttling",
            "requests per minute limit",
            "client hammering the api",
            "throttle api calls",
            "burst limit hit",
            "rate limit error",
            "api key rate limited",
            "hourly request limit",
        ],
        code: 429,
        vendor: None,
        why: "This is what 429 is for (RFC 6585 §4): the response SHOULD explain the limit and MAY \
              carry Retry-After. Sending 403 or 400 instead is a common mistake, since clients \
              cannot tell it from a refusal and will not back off.",
        alternatives: &[Alternative {
            code: 503,
            when: "if the whole service is overloaded, not just this client over its limit",
        }],
    },
    Situation {
        id: "quota-exhausted",
        title: "a daily or monthly request quota is used up",
        phrasings: &[
            "daily quota exceeded",
            "monthly limit reached",
            "api quota exhausted",
            "usage limit reached",
            "out of api calls for today",
            "free tier limit reached",
            "request quota reached",
            "quota hit",
            "quota reached",
        ],
        code: 429,
        vendor: None,
        why: "A quota counted over time is rate limiting as RFC 6585 §4 describes it, so 429 with \
              Retry-After set to when the quota resets. Opinions differ when only payment lifts \
              it: some answer 402 or 403, so that clients do not wait for a reset that will not \
              come.",
        alternatives: &[
            Alternative {
                code: 402,
                when: "if buying more lifts the limit and your API documents 402 for that",
            },
            Alternative {
                code: 403,
                when: "if the quota does not reset with time, so waiting will not help",
            },
        ],
    },
    Situation {
        id: "plan-limit-reached",
        title: "the plan's limit on seats, projects or items is reached",
        phrasings: &[
            "plan limit reached",
            "max projects reached",
            "no seats left",
            "upgrade to add more users",
            "free plan limit",
            "tier limit exceeded",
            "cannot create more workspaces",
        ],
        code: 403,
        vendor: None,
        why: "The user may not create more under the current plan and waiting will not change \
              that, so 403 (RFC 9110 §15.5.4), with a body naming the limit and how to upgrade. \
              429 is wrong: the limit has nothing to do with time.",
        alternatives: &[Alternative {
            code: 402,
            when: "if your API documents 402 for \"upgrade to continue\"",
        }],
    },
    Situation {
        id: "storage-quota-exceeded",
        title: "an upload would exceed the account's storage quota",
        phrasings: &[
            "storage quota exceeded",
            "disk quota full",
            "out of storage space",
            "storage limit reached on upload",
            "no space left in the account",
            "upload fails, storage full",
        ],
        code: 507,
        vendor: None,
        why: "507 says the server cannot store what the request needs, and WebDAV uses it for a \
              user over quota (RFC 4918 §11.5, RFC 4331); freeing space or a bigger plan fixes it. \
              413 is for one request body over a size limit, however much space is left.",
        alternatives: &[
            Alternative {
                code: 413,
                when: "if the single file is over the per-upload size limit",
            },
            Alternative {
                code: 403,
                when: "if storage is one of your plan limits and you answer all of them with 403",
            },
        ],
    },
    Situation {
        id: "concurrent-request-limit",
        title: "a client runs more requests or jobs at once than allowed",
        phrasings: &[
            "concurrent request limit",
            "too many parallel requests",
            "max concurrent connections per user",
            "too many simultaneous jobs",
            "parallel calls limit",
            "concurrency limit exceeded",
        ],
        code: 429,
        vendor: None,
        why: "RFC 6585 §4 leaves it to the server how it counts requests, so a per-client limit on \
              simultaneous requests is still 429; say in the body that it is concurrency, so \
              clients queue instead of retrying at once. 503 is for a server overloaded for \
              everyone.",
        alternatives: &[Alternative {
            code: 503,
            when: "if the whole service is at capacity, not just this client",
        }],
    },
    Situation {
        id: "login-throttled",
        title: "login attempts from a client are being throttled",
        phrasings: &[
            "login rate limit",
            "too many login attempts",
            "throttle login attempts",
            "brute force protection",
            "slow down login requests",
            "password guessing protection",
            "credential stuffing",
            "captcha",
        ],
        code: 429,
        vendor: None,
        why: "Throttling sign-in attempts is rate limiting (RFC 6585 §4), so 429 with Retry-After: \
              it tells a real user to wait, and the account itself stays usable. Count per IP \
              address and per account name, since credential stuffing spreads over many addresses.",
        alternatives: &[Alternative {
            code: 403,
            when: "if the account itself is locked until it is reset or an administrator \
                       unlocks it",
        }],
    },
    Situation {
        id: "resend-throttled",
        title: "a user asks to resend a code or email too often",
        phrasings: &[
            "resend verification email too often",
            "otp resend limit",
            "password reset email spam",
            "send the sms code again too soon",
            "resend cooldown",
            "too many reset requests",
        ],
        code: 429,
        vendor: None,
        why: "Limiting how often a code or email is sent is rate limiting (RFC 6585 §4); send \
              Retry-After so the app can show a countdown.",
        alternatives: &[Alternative {
            code: 202,
            when: "for password resets, if you must not reveal whether the address has an \
                       account: accept and send nothing",
        }],
    },
    Situation {
        id: "card-declined",
        title: "a payment fails because the card was declined",
        phrasings: &[
            "card declined",
            "insufficient funds on the card",
            "payment failed",
            "charge failed",
            "credit card rejected",
            "do not honor",
            "expired card",
        ],
        code: 402,
        vendor: None,
        why: "RFC 9110 §15.5.3 only reserves 402 and gives it no semantics, but payment APIs such \
              as Stripe use it for a failed charge; explain the decline in the body. Opinions \
              differ: others keep to codes with defined meanings and send 422.",
        alternatives: &[
            Alternative {
                code: 422,
                when: "if you prefer a code with defined semantics: the request was valid but \
                       could not be carried out",
            },
            Alternative {
                code: 502,
                when: "if the payment provider itself failed or gave no usable answer, not the \
                       card",
            },
        ],
    },
    Situation {
        id: "insufficient-balance",
        title: "a transfer or purchase exceeds the account's balance",
        phrasings: &[
            "insufficient balance",
            "not enough credits in the wallet",
            "insufficient funds for transfer",
            "balance too low",
            "overdraft not allowed",
            "wallet empty",
        ],
        code: 422,
        vendor: None,
        why: "The request is valid but breaks a business rule the client can fix by changing the \
              amount, the kind of failure 422 reports (RFC 9110 §15.5.21). Opinions differ: some \
              send 402 because money is involved, and others 409, reading the balance as state the \
              request conflicts with.",
        alternatives: &[
            Alternative {
                code: 402,
                when: "if your API documents 402 for every payment or balance problem",
            },
            Alternative {
                code: 409,
                when: "if you treat the balance as resource state the request conflicts with",
            },
        ],
    },
    Situation {
        id: "credits-exhausted",
        title: "prepaid credits or the usage balance have run out",
        phrasings: &[
            "out of credits",
            "credit balance zero",
            "prepaid balance exhausted",
            "top up required",
            "no tokens left on the account",
            "usage credits used up",
        ],
        code: 402,
        vendor: None,
        why: "Only a payment lifts this, and several pay-as-you-go APIs use 402 for it, though \
              RFC 9110 §15.5.3 only reserves the code; say in the body how to top up. 429 would \
              tell clients to wait, which will not help.",
        alternatives: &[
            Alternative {
                code: 403,
                when: "if you avoid 402 because generic clients attach no meaning to it",
            },
            Alternative {
                code: 429,
                when: "if the allowance refills over time, so waiting does help",
            },
        ],
    },
    Situation {
        id: "subscription-expired",
        title: "the subscription has lapsed, was cancelled or is past due",
        phrasings: &[
            "subscription expired",
            "subscription cancelled",
            "account past due",
            "unpaid invoice blocks access",
            "renew subscription to continue",
            "billing lapsed",
            "plan expired",
        ],
        code: 403,
        vendor: None,
        why: "The user is known and not entitled until they renew, so 403 (RFC 9110 §15.5.4), \
              which every client understands, with a body linking to billing. Opinions differ: \
              some APIs send 402, which says \"payment\" more directly but has no defined meaning \
              (RFC 9110 §15.5.3).",
        alternatives: &[Alternative {
            code: 402,
            when: "if your API documents 402 for anything a payment would fix",
        }],
    },
    Situation {
        id: "trial-ended",
        title: "the free trial has ended without a paid plan",
        phrasings: &[
            "trial expired",
            "free trial ended",
            "trial period over",
            "convert trial to paid",
            "trial user blocked",
            "evaluation period expired",
        ],
        code: 403,
        vendor: None,
        why: "Access is refused until the user picks a plan, so 403 (RFC 9110 §15.5.4), with a \
              body saying how to subscribe; keep their data readable if you can. 402 is the other \
              common choice, without defined semantics of its own (RFC 9110 §15.5.3).",
        alternatives: &[Alternative {
            code: 402,
            when: "if your API documents 402 for \"pay to continue\"",
        }],
    },
    Situation {
        id: "paywalled-content",
        title: "content is behind a paywall for non-subscribers",
        phrasings: &[
            "paywall",
            "premium content for subscribers only",
            "members only article",
            "subscriber only content",
            "paid content access",
            "free user calls a premium endpoint",
        ],
        code: 403,
        vendor: None,
        why: "The reader is refused until they subscribe, so 403 (RFC 9110 §15.5.4) for an API; \
              web pages more often answer 200 with a preview and a subscribe prompt.",
        alternatives: &[
            Alternative {
                code: 200,
                when: "for a web page that shows a preview and a subscribe prompt instead of \
                       refusing",
            },
            Alternative {
                code: 402,
                when: "if your API documents 402 for content a purchase unlocks",
            },
            Alternative {
                code: 401,
                when: "if signing in as a subscriber would unlock it",
            },
        ],
    },
    Situation {
        id: "feature-not-in-plan",
        title: "the feature is not included in the customer's plan",
        phrasings: &[
            "feature not available on plan",
            "premium feature",
            "upgrade plan to use feature",
            "enterprise only feature",
            "feature gated by plan",
            "feature flag not enabled for the account",
        ],
        code: 403,
        vendor: None,
        why: "The user may not use this feature on the current plan, so 403 (RFC 9110 §15.5.4), \
              with a body naming the plan that includes it. 426 Upgrade Required is wrong despite \
              its name: it asks the client to switch protocols (RFC 9110 §15.5.22).",
        alternatives: &[
            Alternative {
                code: 402,
                when: "if your API documents 402 for features a payment unlocks",
            },
            Alternative {
                code: 404,
                when: "if the feature's endpoints should look absent to plans without it",
            },
        ],
    },
    Situation {
        id: "https-required-api",
        title: "an API request arrives over plain HTTP instead of HTTPS",
        phrasings: &[
            "http instead of https",
            "api called over http",
            "require https",
            "insecure request to the api",
            "reject non-tls requests",
            "force ssl for the api",
            "plain http api call",
            "unencrypted http request",
        ],
        code: 403,
        vendor: None,
        why: "Opinions differ: a redirect hides the mistake after the token has already crossed \
              the network in clear, so many APIs refuse plain HTTP with 403 and a message (IIS \
              calls it 403.4, SSL required). Sites for browsers redirect instead, as RFC 6797 §7.2 \
              advises for HSTS hosts.",
        alternatives: &[Alternative {
            code: 308,
            when: "if existing clients must keep working, with the method and body kept on the \
                       way to HTTPS",
        }],
    },
    Situation {
        id: "website-http-to-https",
        title: "a website visitor arrives over HTTP and must move to HTTPS",
        phrasings: &[
            "redirect http to https",
            "force https on the website",
            "hsts redirect",
            "http site to ssl",
            "plain http page request",
            "move the site to https",
        ],
        code: 301,
        vendor: None,
        why: "RFC 6797 §7.2 says an HSTS host SHOULD answer a plain-HTTP request with a permanent \
              redirect, such as 301, to the https URL; Strict-Transport-Security then keeps \
              browsers on HTTPS. 426 Upgrade Required is not the tool: it asks for a protocol \
              switch on the same connection (RFC 9110 §15.5.22), not a move to an https URL.",
        alternatives: &[Alternative {
            code: 308,
            when: "if form posts or API calls arrive too, so the method and body are kept",
        }],
    },
    Situation {
        id: "client-certificate-missing",
        title: "a client certificate is required but none was sent",
        phrasings: &[
            "client certificate required",
            "api requires mtls but no cert was sent",
            "mutual tls auth without a certificate",
            "service-to-service call without a client cert",
            "certificate authentication missing",
            "app finds no client certificate on the request",
        ],
        code: 403,
        vendor: None,
        why: "Often the TLS handshake fails before there is any HTTP status (TLS 1.3 servers may \
              abort with a certificate_required alert, RFC 8446 §4.4.2.4); when the application \
              checks instead, 403 is the usual answer, since 401 needs a WWW-Authenticate scheme \
              and none exists for TLS certificates. nginx itself answers 400 (its internal 496).",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if nginx rejects the request before your application sees it",
            },
            Alternative {
                code: 401,
                when: "if another credential, such as a token, would also be accepted",
            },
        ],
    },
    Situation {
        id: "client-certificate-invalid",
        title: "the client certificate is expired, revoked, untrusted or not allowed",
        phrasings: &[
            "client certificate expired",
            "mtls certificate invalid",
            "client cert not trusted by the api",
            "revoked client certificate",
            "client certificate subject not allowed",
            "valid client cert but wrong identity",
        ],
        code: 403,
        vendor: None,
        why: "The client presented a certificate the server will not accept, and no HTTP challenge \
              can fix that, so 403 (RFC 9110 §15.5.4) when the application decides; many servers \
              end the TLS handshake instead. nginx answers 400 (its internal 495).",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if nginx rejects the request before your application sees it",
            },
            Alternative {
                code: 401,
                when: "if another credential would be accepted instead",
            },
        ],
    },
    Situation {
        id: "proxy-authentication-required",
        title: "a proxy requires the client to log in before forwarding",
        phrasings: &[
            "corporate proxy asks for credentials",
            "proxy login required",
            "proxy auth",
            "squid asks for a password",
            "https_proxy credentials",
            "behind a proxy that needs a password",
            "connect tunnel rejected by proxy",
        ],
        code: 407,
        vendor: None,
        why: "407 is 401 for a proxy: the proxy MUST send Proxy-Authenticate with its challenge, \
              and the client answers with Proxy-Authorization (RFC 9110 §15.5.8). An origin \
              server's own login is 401, not 407.",
        alternatives: &[
            Alternative {
                code: 511,
                when: "if it is a captive portal wanting a network sign-in rather than proxy \
                       credentials",
            },
            Alternative {
                code: 403,
                when: "if the proxy knows the user and refuses the destination by policy",
            },
        ],
    },
    Situation {
        id: "proxy-blocks-destination",
        title: "a company proxy or filter refuses the site by policy",
        phrasings: &[
            "blocked by corporate proxy",
            "website blocked at work",
            "content filter blocked the site",
            "proxy policy denies url",
            "site category blocked",
            "school network blocks site",
        ],
        code: 403,
        vendor: None,
        why: "The proxy understood the request and refuses it by policy, which is 403 \
              (RFC 9110 §15.5.4); its body should make clear the block is the proxy's, not the \
              site's. When a law forces the block, 451 says so, and RFC 7725 §3 notes its sender \
              need not be the origin.",
        alternatives: &[
            Alternative {
                code: 451,
                when: "if the block is ordered by law, such as an ISP's court-ordered block",
            },
            Alternative {
                code: 407,
                when: "if signing in to the proxy would lift it",
            },
        ],
    },
    Situation {
        id: "captive-portal-sign-in",
        title: "a network requires sign-in before any internet access",
        phrasings: &[
            "captive portal",
            "hotel wifi login page",
            "airport wifi sign in",
            "hotspot login",
            "accept terms before wifi access",
            "guest network login",
            "app gets the wifi login page instead of json",
        ],
        code: 511,
        vendor: None,
        why: "511 exists for this: an intercepting proxy tells software that the answer comes from \
              the network and links to the sign-in page, and origin servers SHOULD NOT send it \
              (RFC 6585 §6). Portals that redirect with 302 instead make apps take the portal page \
              for the real answer.",
        alternatives: &[Alternative {
            code: 407,
            when: "if it is a configured proxy that takes credentials in Proxy-Authorization",
        }],
    },
    Situation {
        id: "court-order-block",
        title: "a court order requires withholding specific content",
        phrasings: &[
            "court order takedown",
            "content blocked by a court",
            "injunction to remove content",
            "legal order to block a page",
            "defamation ruling removal",
            "judge ordered removal",
        ],
        code: 451,
        vendor: None,
        why: "451 says access is denied because of a legal demand, and the body SHOULD say who \
              made it, under which law, and whom it affects (RFC 7725 §3); a Link with \
              rel=\"blocked-by\" names who applies the block (RFC 7725 §4).",
        alternatives: &[
            Alternative {
                code: 404,
                when: "if you must not even acknowledge that the content exists",
            },
            Alternative {
                code: 410,
                when: "if the content was deleted for good rather than withheld",
            },
        ],
    },
    Situation {
        id: "copyright-takedown",
        title: "content was taken down after a copyright notice",
        phrasings: &[
            "dmca takedown",
            "copyright claim removed content",
            "copyright strike",
            "takedown notice",
            "removed due to copyright complaint",
            "pirated content removed",
        ],
        code: 451,
        vendor: None,
        why: "A takedown notice is a legal demand, which is what 451 reports (RFC 7725 §3); \
              explain the notice in the body so people can see the content was not simply deleted. \
              Content you remove under your own rules is not 451.",
        alternatives: &[Alternative {
            code: 410,
            when: "if you deleted the content permanently and no longer hold it",
        }],
    },
    Situation {
        id: "government-censorship",
        title: "a government or ISP blocks a whole site in a country",
        phrasings: &[
            "government censorship",
            "site blocked by isp",
            "blocked in my country by the government",
            "state censorship",
            "national firewall block",
            "regulator blocking list",
        ],
        code: 451,
        vendor: None,
        why: "RFC 7725 §3 notes that the server sending 451 need not be the origin: an ISP or \
              other intermediary blocking under a legal order can answer with it and explain the \
              demand in the body. The code implies nothing about whether the resource exists.",
        alternatives: &[Alternative {
            code: 403,
            when: "if the block is the operator's own policy with no legal order behind it",
        }],
    },
    Situation {
        id: "geo-blocked-by-choice",
        title: "the service is not offered in the user's country or region",
        phrasings: &[
            "geo blocking",
            "not available in your country",
            "region restricted",
            "block users from certain countries",
            "country not supported",
            "geo restriction for licensing",
            "service not available in region",
            "country restriction",
            "cdn blocks some countries",
            "geolocation restriction",
        ],
        code: 403,
        vendor: None,
        why: "Refusing a region for business reasons, such as licensing deals or launch plans, is \
              the server's own decision, so 403 (RFC 9110 §15.5.4). 451 is only for blocks that a \
              law or legal demand forces (RFC 7725 §3).",
        alternatives: &[Alternative {
            code: 451,
            when: "if a law, court order or regulator forces the regional block",
        }],
    },
    Situation {
        id: "geo-blocked-by-law",
        title: "a law forbids serving users in a region",
        phrasings: &[
            "blocked in region due to law",
            "not legal in your state",
            "online gambling not allowed in country",
            "regulatory geo block",
            "content illegal in this country",
            "legally restricted region",
        ],
        code: 451,
        vendor: None,
        why: "When the regional block comes from a law or regulator, 451 says so, and the body \
              SHOULD name the legislation and to whom it applies (RFC 7725 §3). Use 403 when it is \
              a business choice.",
        alternatives: &[Alternative {
            code: 403,
            when: "if it is a business decision that no law requires",
        }],
    },
    Situation {
        id: "sanctions-block",
        title: "the user is in a sanctioned country or on a sanctions list",
        phrasings: &[
            "sanctioned country",
            "ofac block",
            "embargoed country",
            "sanctions compliance block",
            "export control restriction",
            "blocked due to sanctions",
        ],
        code: 451,
        vendor: None,
        why: "Sanctions law forbids serving these users, a legal demand in the sense of \
              RFC 7725 §3, so 451 with a body naming the regulation.",
        alternatives: &[Alternative {
            code: 403,
            when: "if the refusal is your own risk policy rather than a legal requirement",
        }],
    },
    Situation {
        id: "content-removed-by-moderation",
        title: "content was removed by moderators under the site's own rules",
        phrasings: &[
            "post removed by a moderator",
            "content removed for violating terms",
            "deleted for policy violation",
            "moderated content",
            "removed by admin",
            "hidden post",
        ],
        code: 410,
        vendor: None,
        why: "Content removed for good under your own rules will not come back, which 410 says \
              (RFC 9110 §15.5.11); 451 would falsely claim a legal demand. If it might return \
              after an appeal, 404 fits better.",
        alternatives: &[
            Alternative {
                code: 404,
                when: "if the removal may be reversed, or you do not want to say the content \
                       existed",
            },
            Alternative {
                code: 403,
                when: "if the content still exists and only some users may see it",
            },
        ],
    },
    Situation {
        id: "age-verification-required",
        title: "content requires an age check the user has not passed",
        phrasings: &[
            "age verification required",
            "age gate",
            "adult content not verified",
            "user under 18",
            "age restricted content",
            "verify age to continue",
        ],
        code: 403,
        vendor: None,
        why: "The user is refused until their age is verified, so 403 (RFC 9110 §15.5.4), with a \
              body pointing to the age check. Where a law bars the content in the user's region \
              whatever their age, 451 reports that legal block (RFC 7725 §3).",
        alternatives: &[
            Alternative {
                code: 451,
                when: "if a law bars the content in the user's region whatever their age",
            },
            Alternative {
                code: 401,
                when: "if the age check means signing in to a verified account",
            },
        ],
    },
];
