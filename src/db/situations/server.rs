//! Situations: server faults, maintenance and overload, upstream and proxy failures, timeouts,
//! vendor codes (nginx, Cloudflare, AWS, Microsoft, Laravel, Spring, Alibaba) and protocol features.

use crate::db::{Alternative, Situation};

pub static SITUATIONS: &[Situation] = &[
    Situation {
        id: "unhandled-exception",
        title: "the code throws an unhandled exception or hits a bug",
        phrasings: &[
            "unhandled exception in handler",
            "null pointer exception in the api",
            "server crashed while handling the request",
            "uncaught error in controller",
            "bug in our code breaks the endpoint",
            "panic in request handler",
            "something unexpected went wrong on the server",
            "unexpected application error",
            "exception thrown and not caught",
            "error raised in the handler",
        ],
        code: 500,
        vendor: None,
        why: "500 is the generic answer for an unexpected condition that kept the server \
             from completing the request (RFC 9110 §15.6.1). Log the details under a \
             request ID and send only that ID, never the stack trace.",
        alternatives: &[
            Alternative {
                code: 503,
                when: "if the failure comes from a dependency that is temporarily down and \
                      will recover",
            },
            Alternative {
                code: 400,
                when: "if malformed client input caused the exception and validation should \
                      have caught it",
            },
        ],
    },
    Situation {
        id: "error-hidden-in-success-response",
        title: "the request failed but the API answers 200 with an error field",
        phrasings: &[
            "return error message in json with status ok",
            "success false in the response body",
            "always return success status and put errors in the body",
            "error object but the status says it worked",
            "api wraps failures in a success envelope",
            "monitoring misses errors because status is fine",
        ],
        code: 500,
        vendor: None,
        why: "A 200 tells clients, caches, monitoring and retry logic that the request \
             succeeded (RFC 9110 §15.3.1), so a failure reported only in the body goes \
             unnoticed and may even be cached. Send the status that matches the failure, \
             500 for a server fault, and keep the details in the body.",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if the client's request was at fault",
            },
            Alternative {
                code: 422,
                when: "if the content was well-formed but failed validation or business \
                      rules",
            },
            Alternative {
                code: 502,
                when: "if an upstream service you called is what failed",
            },
        ],
    },
    Situation {
        id: "server-misconfigured",
        title: "the server is misconfigured: a missing secret, setting or env variable",
        phrasings: &[
            "missing environment variable in production",
            "config file not found on server",
            "wrong database password in config",
            "broken config after deploy",
            "template file missing on the server",
            "secret not set in production",
            "feature works locally but not on the server",
        ],
        code: 500,
        vendor: None,
        why: "The request is fine and the server cannot serve it because of its own setup, \
             an unexpected condition in the sense of RFC 9110 §15.6.1. Check configuration \
             at startup so a misconfigured instance never takes traffic.",
        alternatives: &[Alternative {
            code: 503,
            when: "if the instance is still loading its configuration and will be ready \
                      shortly",
        }],
    },
    Situation {
        id: "required-dependency-missing",
        title: "a library, extension or tool the server needs is not installed",
        phrasings: &[
            "php extension not installed on server",
            "module not found in production",
            "imagemagick missing on the server",
            "shared library not found at runtime",
            "class not found after deploy",
            "binary not on path in the container",
            "database driver not installed",
        ],
        code: 500,
        vendor: None,
        why: "A missing runtime dependency is a fault in how the server was built or \
             deployed, not in the request, so 500 applies (RFC 9110 §15.6.1). Check for it \
             at startup so the instance fails its health check instead of failing every \
             request.",
        alternatives: &[
            Alternative {
                code: 501,
                when: "if this deployment deliberately leaves the feature out and will not \
                      support it",
            },
            Alternative {
                code: 503,
                when: "if the dependency is a service that is still starting up",
            },
        ],
    },
    Situation {
        id: "database-down",
        title: "the database is down or unreachable",
        phrasings: &[
            "database connection refused",
            "cannot connect to db",
            "postgres is down",
            "mysql server has gone away",
            "db failover in progress",
            "lost connection to the database",
            "database unavailable for a few minutes",
        ],
        code: 503,
        vendor: None,
        why: "Opinions differ: 503 says the server is temporarily unable to handle the \
             request and that waiting should help (RFC 9110 §15.6.4), which fits an outage \
             or failover, with Retry-After if you know how long. Many send 500 instead, \
             which is defensible when you cannot tell whether the outage will clear on its \
             own.",
        alternatives: &[Alternative {
            code: 500,
            when: "if the failure will not clear by itself, such as bad credentials or \
                      a corrupted database",
        }],
    },
    Situation {
        id: "database-query-timeout",
        title: "a database query runs past its timeout",
        phrasings: &[
            "slow query timed out",
            "canceling statement due to statement timeout",
            "sql command timeout in api",
            "db query takes too long",
            "lock wait timeout exceeded",
            "query timeout while loading page",
        ],
        code: 500,
        vendor: None,
        why: "Opinions differ: RFC 9110 §15.6.5 defines 504 for a server acting as a \
             gateway or proxy, so a query timing out inside your own application is \
             usually reported as 500 (RFC 9110 §15.6.1). Some teams send 504 anyway, \
             treating the database as an upstream.",
        alternatives: &[
            Alternative {
                code: 503,
                when: "if overload (lock contention, a saturated database) caused it and a \
                      retry later should work",
            },
            Alternative {
                code: 504,
                when: "if your team treats internal dependencies as upstreams and keeps 500 \
                      for bugs",
            },
        ],
    },
    Situation {
        id: "database-pool-exhausted",
        title: "the database connection pool is exhausted",
        phrasings: &[
            "connection pool exhausted",
            "too many connections to the database",
            "timeout waiting for a connection from the pool",
            "hikaricp connection is not available",
            "db pool full under load",
            "max connections reached",
        ],
        code: 503,
        vendor: None,
        why: "Every worker is waiting for a connection: a temporary overload that should \
             clear as load drops, which is what 503 describes (RFC 9110 §15.6.4). Add a \
             short Retry-After and fail fast rather than queueing requests until a proxy \
             times them out.",
        alternatives: &[
            Alternative {
                code: 500,
                when: "if a connection leak in your code, not load, drains the pool",
            },
            Alternative {
                code: 429,
                when: "if one client's burst is what drains it and only that client should \
                      slow down",
            },
        ],
    },
    Situation {
        id: "disk-full",
        title: "the server runs out of disk space while storing what the request sends",
        phrasings: &[
            "disk full",
            "no space left on device",
            "storage full on upload",
            "out of disk space",
            "cannot write file, volume full",
            "enospc when saving upload",
        ],
        code: 507,
        vendor: None,
        why: "507 comes from WebDAV (RFC 4918 §11.5): the server cannot store the \
             representation needed to complete the request, a condition considered \
             temporary, and it is the most specific code for any write that fails for lack \
             of space. A request caused by a user action MUST NOT be repeated until the \
             user asks again (RFC 4918 §11.5).",
        alternatives: &[
            Alternative {
                code: 413,
                when: "if one upload exceeds a fixed size limit, whatever space is free",
            },
            Alternative {
                code: 500,
                when: "if the full disk is the server's own (logs, temp files) and the \
                      request stores nothing",
            },
        ],
    },
    Situation {
        id: "planned-maintenance",
        title: "the service is down for planned maintenance",
        phrasings: &[
            "site down for maintenance",
            "maintenance mode",
            "scheduled downtime",
            "api offline during upgrade",
            "maintenance window",
            "deploying, come back later",
            "database migration downtime",
            "backup or restore in progress",
            "maintenance page",
            "maintenance status",
            "redirect to a maintenance page",
        ],
        code: 503,
        vendor: None,
        why: "503 says the server is temporarily unable to handle requests because of \
             scheduled maintenance (RFC 9110 §15.6.4), and Retry-After tells clients how \
             long to wait before coming back (RFC 9110 §10.2.3). Keep the response uncached or \
             short-lived so it does not outlive the window. Send the maintenance page as the \
             body of the 503 rather than redirecting to it: a 302 would say the page lives \
             elsewhere for now (RFC 9110 §15.4.3), and Google's advice for planned downtime is \
             503, with Retry-After if known (Google Webmaster Central Blog, January 2011).",
        alternatives: &[Alternative {
            code: 410,
            when: "if the service or endpoint is being retired for good rather than \
                      paused",
        }],
    },
    Situation {
        id: "read-only-mode",
        title: "writes are switched off while the service runs read-only",
        phrasings: &[
            "read only mode during migration",
            "database in read-only mode",
            "writes disabled temporarily",
            "post requests blocked during maintenance",
            "primary down, serving from replica",
            "cannot save, system is read only",
        ],
        code: 503,
        vendor: None,
        why: "The refusal is temporary and waiting will fix it, so answer the writes with \
             503 and Retry-After (RFC 9110 §15.6.4) while reads keep working. A 4xx would \
             tell the client its request was wrong.",
        alternatives: &[Alternative {
            code: 405,
            when: "if writes stay off for this resource indefinitely; list the methods \
                      still allowed in Allow (RFC 9110 §15.5.6)",
        }],
    },
    Situation {
        id: "service-temporarily-unavailable",
        title: "the service cannot take requests for now (overload, maintenance)",
        phrasings: &[
            "service temporarily unavailable",
            "server cannot take requests right now",
            "down for a short while",
            "try again in a few minutes",
            "temporary outage of our service",
        ],
        code: 503,
        vendor: None,
        why: "503 says the server cannot handle the request now because of a temporary overload \
              or scheduled maintenance, likely to clear after some delay; it MAY say when to \
              retry with Retry-After (RFC 9110 §15.6.4).",
        alternatives: &[
            Alternative {
                code: 429,
                when: "if one client's traffic is the cause and only that client should slow down",
            },
            Alternative {
                code: 502,
                when: "if a service behind yours failed rather than your own",
            },
        ],
    },
    Situation {
        id: "server-overloaded",
        title: "the server is overloaded and shedding load",
        phrasings: &[
            "server too busy",
            "load shedding",
            "queue full, rejecting requests",
            "too much traffic right now",
            "cpu maxed out, refuse new requests",
            "thread pool exhausted",
            "backpressure on incoming requests",
            "out of capacity",
        ],
        code: 503,
        vendor: None,
        why: "Overload is one of the two cases RFC 9110 §15.6.4 names for 503; send \
             Retry-After so clients back off instead of retrying at once. The RFC also \
             notes a server may simply refuse connections instead.",
        alternatives: &[Alternative {
            code: 429,
            when: "if one client's traffic is the cause and only that client should \
                      slow down",
        }],
    },
    Situation {
        id: "circuit-breaker-open",
        title: "a circuit breaker to a dependency is open",
        phrasings: &[
            "circuit breaker open",
            "fail fast because downstream keeps failing",
            "resilience4j callnotpermittedexception",
            "hystrix short-circuited call",
            "dependency tripped the breaker",
            "skip calls to a failing service",
        ],
        code: 503,
        vendor: None,
        why: "While the breaker is open the server deliberately stops calling the \
             dependency for a while, a temporary condition that 503 describes (RFC 9110 \
             §15.6.4); set Retry-After to the breaker's wait time.",
        alternatives: &[
            Alternative {
                code: 200,
                when: "if a fallback such as cached or default data can still answer; say \
                      in the body that it may be stale",
            },
            Alternative {
                code: 502,
                when: "if you pass on a failure the dependency just returned rather than \
                      skipping the call",
            },
        ],
    },
    Situation {
        id: "service-starting-up",
        title: "the service is starting up or warming its caches",
        phrasings: &[
            "app still starting",
            "server warming up",
            "cold start not ready yet",
            "caches not loaded yet",
            "request arrives before startup finished",
            "migrations still running on boot",
        ],
        code: 503,
        vendor: None,
        why: "The instance cannot serve yet but will shortly, so 503 with a short \
             Retry-After fits (RFC 9110 §15.6.4). Better still, fail the readiness check \
             so the load balancer sends no traffic until startup is done.",
        alternatives: &[Alternative {
            code: 502,
            when: "what a proxy in front reports if it connects before the app listens \
                      and is refused",
        }],
    },
    Situation {
        id: "health-check-unhealthy",
        title: "a health or readiness endpoint must report the instance unhealthy",
        phrasings: &[
            "health check endpoint status when unhealthy",
            "readiness probe failing",
            "healthz returns error",
            "liveness vs readiness status code",
            "load balancer health check fails",
            "dependency down in health endpoint",
            "report not ready to kubernetes",
        ],
        code: 503,
        vendor: None,
        why: "503 says the instance cannot serve right now (RFC 9110 §15.6.4), which people \
             and dashboards read correctly. Kubernetes HTTP probes count 200 to 399 as \
             success, so any 4xx or 5xx fails them; 503 is the conventional choice.",
        alternatives: &[Alternative {
            code: 200,
            when: "on the liveness endpoint when only a dependency is down, so a \
                      healthy process is not restarted",
        }],
    },
    Situation {
        id: "health-check-degraded",
        title: "a health check finds the service degraded but still working",
        phrasings: &[
            "health check degraded",
            "degraded service status",
            "health endpoint warn status",
            "one dependency slow but service still up",
            "partial outage in the health check",
        ],
        code: 200,
        vendor: None,
        why: "The instance still serves requests, and a failing status would take it out of \
              rotation for nothing; answer 200 and name what is degraded in the body. The \
              health check response format draft (draft-inadarei-api-health-check, an expired \
              Internet-Draft) gives its warn status a 2xx or 3xx code.",
        alternatives: &[Alternative {
            code: 503,
            when: "if the degradation means this instance should stop receiving traffic",
        }],
    },
    Situation {
        id: "instance-draining",
        title: "an instance is shutting down and draining connections",
        phrasings: &[
            "graceful shutdown in progress",
            "pod terminating",
            "draining connections before deploy",
            "sigterm received, new requests arrive",
            "instance being deregistered",
            "server shutting down",
            "readiness probe during shutdown",
            "requests arriving during shutdown",
        ],
        code: 503,
        vendor: None,
        why: "New work that reaches a stopping instance is temporarily refused (RFC 9110 \
             §15.6.4); add Connection: close (GOAWAY in HTTP/2) so the client retries \
             elsewhere, and finish in-flight requests first.",
        alternatives: &[Alternative {
            code: 502,
            when: "what the load balancer reports if the instance drops connections \
                      before leaving the rotation",
        }],
    },
    Situation {
        id: "feature-switched-off",
        title: "a feature is temporarily switched off by operators",
        phrasings: &[
            "feature flag turned off",
            "kill switch disabled endpoint",
            "feature disabled during incident",
            "temporarily disable a feature",
            "endpoint turned off by config",
            "feature toggle off",
        ],
        code: 503,
        vendor: None,
        why: "Opinions differ: if the feature is off for now and will come back, 503 with \
             Retry-After says so (RFC 9110 §15.6.4), though some HTTP clients retry 503 \
             automatically. If it is not coming back soon, or should look absent, answer \
             404.",
        alternatives: &[
            Alternative {
                code: 404,
                when: "if the feature is off indefinitely or should look as if it does not \
                      exist",
            },
            Alternative {
                code: 403,
                when: "if it stays off for this client by policy, such as a plan or region",
            },
        ],
    },
    Situation {
        id: "not-implemented-yet",
        title: "an endpoint or feature is planned but not built yet",
        phrasings: &[
            "unfinished endpoint",
            "stub route for a future feature",
            "coming soon api",
            "placeholder endpoint",
            "todo handler",
            "feature not built yet",
            "documented but not available yet",
            "operation has no handler",
            "not supported by this provider",
        ],
        code: 501,
        vendor: None,
        why: "Opinions differ: 501 says the server does not support the functionality the \
             request needs (RFC 9110 §15.6.2) and is the common choice for a stub, but it \
             is heuristically cacheable, so add Cache-Control: no-store. Others answer 404 \
             so the route looks absent until it ships.",
        alternatives: &[
            Alternative {
                code: 404,
                when: "if the route should not appear to exist until it ships",
            },
            Alternative {
                code: 405,
                when: "if the resource exists and works with other methods, and only \
                      this one is not offered yet; list the methods it takes in Allow",
            },
        ],
    },
    Situation {
        id: "hosting-bandwidth-exhausted",
        title: "a hosted site has used up its bandwidth allowance",
        phrasings: &[
            "bandwidth quota exceeded on hosting",
            "site suspended over traffic limit",
            "monthly transfer limit reached",
            "cpanel bandwidth exceeded",
            "hosting account traffic cap",
        ],
        code: 503,
        vendor: None,
        why: "The site is unavailable until the period resets or the plan is raised, which \
             503 with Retry-After expresses (RFC 9110 §15.6.4). The 509 some hosting \
             setups are said to send is not registered, so clients cannot interpret it.",
        alternatives: &[Alternative {
            code: 429,
            when: "if the allowance belongs to one API client rather than to the whole \
                      site",
        }],
    },
    Situation {
        id: "upstream-connection-refused",
        title: "the proxy cannot connect because the app behind it is down",
        phrasings: &[
            "nginx connect failed connection refused",
            "app server crashed behind proxy",
            "backend not listening",
            "upstream down",
            "backend unreachable",
            "reverse proxy cannot reach the app",
            "load balancer cannot connect to target",
            "gunicorn not running behind nginx",
            "backend fails",
            "backend down behind the gateway",
        ],
        code: 502,
        vendor: None,
        why: "RFC 9110 §15.6.3 defines 502 for a gateway that got an invalid response from the \
              server it called, and proxies use it for a failed connection too: nginx (1.31.4 \
              source) answers 502 when the upstream refuses or resets the connection. Look at the \
              upstream process, not the proxy.",
        alternatives: &[
            Alternative {
                code: 503,
                when: "if the proxy knows no backend is available, during a deploy for \
                      instance, and says so deliberately",
            },
            Alternative {
                code: 504,
                when: "if the connection attempt timed out instead of being refused",
            },
        ],
    },
    Situation {
        id: "upstream-invalid-response",
        title: "the upstream sends a broken or incomplete response",
        phrasings: &[
            "upstream prematurely closed connection",
            "invalid response from backend",
            "malformed headers from the app",
            "upstream sent too big header",
            "backend closed connection mid-response",
            "empty reply from upstream",
            "garbage response from internal service",
            "unparseable response from the backend",
            "proxy error from the backend",
            "proxy failure",
        ],
        code: 502,
        vendor: None,
        why: "RFC 9110 §15.6.3: a gateway or proxy received an invalid response from the \
             server it called. A truncated body, a malformed or oversized header block all \
             qualify.",
        alternatives: &[Alternative {
            code: 500,
            when: "if no proxy is involved and your own application produced the broken \
                      output",
        }],
    },
    Situation {
        id: "upstream-timeout",
        title: "the upstream accepted the request but answers too slowly",
        phrasings: &[
            "upstream timed out",
            "proxy read timeout",
            "backend too slow to respond",
            "upstream timed out while reading response header",
            "load balancer timed out waiting for app",
            "api gateway gave up waiting for backend",
            "upstream server not responding",
            "reverse proxy timeout waiting for the backend",
        ],
        code: 504,
        vendor: None,
        why: "504 is the gateway's answer when the server it needed did not respond in time \
             (RFC 9110 §15.6.5). The upstream may still finish the work, so clients should \
             check before repeating a non-idempotent request.",
        alternatives: &[
            Alternative {
                code: 202,
                when: "if the work is long by design: accept it, return a status URL and \
                      let the client poll",
            },
            Alternative {
                code: 502,
                when: "if the upstream closed the connection or answered with garbage \
                      rather than staying silent",
            },
        ],
    },
    Situation {
        id: "upstream-connect-timeout",
        title: "connecting to the upstream times out",
        phrasings: &[
            "connect timeout to backend",
            "proxy cannot establish connection in time",
            "upstream connect timed out",
            "firewall dropping packets to backend",
            "syn sent but no answer from app server",
            "proxy_connect_timeout reached",
        ],
        code: 504,
        vendor: None,
        why: "The proxy got no timely response from the upstream, which RFC 9110 §15.6.5 \
             covers; nginx, for one, reports connect timeouts as 504. A refused connection \
             is different: that is 502.",
        alternatives: &[Alternative {
            code: 502,
            when: "if the connection was refused or reset rather than left hanging",
        }],
    },
    Situation {
        id: "third-party-api-down",
        title: "a third-party API your server calls is down or failing",
        phrasings: &[
            "external api down",
            "payment provider returning errors",
            "third party service unavailable",
            "downstream vendor api failing",
            "partner api returns server error",
            "dependency outside our control failed",
            "stripe outage breaks our checkout endpoint",
            "dependency service failed",
            "backend api fails",
        ],
        code: 502,
        vendor: None,
        why: "Opinions differ: your server acts as a gateway here, so 502 says an upstream \
             failed it (RFC 9110 §15.6.3), while many prefer 503 with Retry-After for a \
             known outage. Avoid 500, which points at a bug in your own code.",
        alternatives: &[
            Alternative {
                code: 503,
                when: "if you know the provider is out for a while (status page, open \
                      circuit breaker); add Retry-After",
            },
            Alternative {
                code: 504,
                when: "if the call to the provider timed out",
            },
            Alternative {
                code: 500,
                when: "if your integration code, not the provider, failed",
            },
        ],
    },
    Situation {
        id: "upstream-rejects-server-credentials",
        title: "an upstream API rejects your server's own API key",
        phrasings: &[
            "third party api says unauthorized for our key",
            "our api key to the provider expired",
            "should i pass the upstream unauthorized through",
            "service account token revoked",
            "partner credentials wrong in config",
            "downstream says forbidden for our app",
        ],
        code: 500,
        vendor: None,
        why: "The client did nothing wrong: your server's credentials or configuration are \
             broken, so answer 500 (RFC 9110 §15.6.1). Passing the provider's 401 or 403 \
             through would tell your client that its own credentials failed.",
        alternatives: &[Alternative {
            code: 502,
            when: "if the provider wrongly rejects valid credentials, an outage on its \
                      side",
        }],
    },
    Situation {
        id: "upstream-rate-limits-server",
        title: "an upstream API rate limits your server",
        phrasings: &[
            "third party api rate limit hit",
            "provider says too many requests to our server",
            "quota exceeded on partner api",
            "upstream throttling us",
            "our api key hit the provider's rate limit",
            "downstream rate limited our service",
        ],
        code: 503,
        vendor: None,
        why: "The limit is on your server's account, so passing a 429 through would wrongly \
             blame your client; 503 with a Retry-After taken from the provider says the \
             service cannot help for now (RFC 9110 §15.6.4).",
        alternatives: &[Alternative {
            code: 429,
            when: "if you meter your own clients and this client's traffic is what used \
                      up the shared quota",
        }],
    },
    Situation {
        id: "upstream-dns-failure",
        title: "the upstream hostname cannot be resolved",
        phrasings: &[
            "dns lookup failed for backend",
            "could not resolve host of upstream",
            "nginx upstream could not be resolved host not found",
            "getaddrinfo enotfound",
            "no such host when calling service",
            "service discovery returns nothing",
        ],
        code: 502,
        vendor: None,
        why: "The gateway could not get any response from the server it needed, so 502 fits \
             (RFC 9110 §15.6.3); nginx, for one, answers 502 and logs \"could not be \
             resolved\". RFC 2616 listed DNS among the servers whose slow answer 504 \
             reports, so a lookup that times out can be 504.",
        alternatives: &[
            Alternative {
                code: 504,
                when: "if the DNS lookup timed out rather than failing",
            },
            Alternative {
                code: 503,
                when: "if service discovery reports no healthy instances",
            },
        ],
    },
    Situation {
        id: "no-healthy-backend",
        title: "the load balancer has no healthy backend to send to",
        phrasings: &[
            "no healthy upstream",
            "all targets unhealthy",
            "target group has no registered targets",
            "ingress has no endpoints",
            "service has no ready pods",
            "every backend failing health checks",
        ],
        code: 503,
        vendor: None,
        why: "With nothing to forward to, the proxy is temporarily unable to handle the \
             request (RFC 9110 §15.6.4): Envoy answers 503 \"no healthy upstream\", and an \
             AWS ALB whose target group has no registered targets answers 503. Fix the \
             backends' health or registration.",
        alternatives: &[Alternative {
            code: 502,
            when: "what nginx sends when every server in an upstream block is marked \
                      failed (\"no live upstreams\")",
        }],
    },
    Situation {
        id: "upstream-tls-failure",
        title: "the proxy cannot complete TLS with the backend",
        phrasings: &[
            "proxy ssl handshake with backend failed",
            "upstream certificate verify failed",
            "backend self-signed certificate rejected",
            "proxy_ssl_verify error",
            "sni not sent to upstream",
            "tls error between load balancer and app",
        ],
        code: 502,
        vendor: None,
        why: "The gateway got no valid response because the connection to the upstream \
             failed, which is 502 (RFC 9110 §15.6.3). Check that the proxy sends the \
             backend's name as SNI and trusts the CA that issued its certificate.",
        alternatives: &[
            Alternative {
                code: 525,
                when: "what Cloudflare shows when its TLS handshake with your origin fails",
            },
            Alternative {
                code: 526,
                when: "what Cloudflare shows when the origin certificate fails validation \
                      in Full (strict)",
            },
        ],
    },
    Situation {
        id: "keepalive-timeout-mismatch",
        title: "intermittent proxy errors because the app closes idle connections first",
        phrasings: &[
            "intermittent errors behind alb",
            "keep-alive timeout shorter than load balancer idle timeout",
            "node keepalivetimeout behind load balancer",
            "upstream reset on reused connection",
            "sporadic proxy errors after idle periods",
            "connection reset by peer on keepalive",
        ],
        code: 502,
        vendor: None,
        why: "When the app closes an idle keep-alive connection just as the load balancer \
             reuses it, the request fails and the load balancer answers 502 (RFC 9110 \
             §15.6.3). AWS recommends an application idle timeout longer than the load \
             balancer's (60 seconds by default on an ALB), so the balancer always closes \
             first.",
        alternatives: &[Alternative {
            code: 504,
            when: "if the backend stays connected but is too slow, rather than closing \
                      the connection",
        }],
    },
    Situation {
        id: "serverless-bad-response",
        title: "a serverless function returns output the API gateway cannot use",
        phrasings: &[
            "malformed lambda proxy response",
            "lambda returns wrong format to api gateway",
            "function crashed behind api gateway",
            "integration response invalid",
            "api gateway internal server error from lambda",
            "cloud function returned non-http output",
        ],
        code: 502,
        vendor: None,
        why: "The gateway got an invalid answer from the function it invoked, which is 502 \
             (RFC 9110 §15.6.3); AWS API Gateway answers 502 when a Lambda function errors \
             or returns a response in the wrong format. Return the statusCode, headers and \
             body shape the gateway expects.",
        alternatives: &[Alternative {
            code: 500,
            when: "what AWS API Gateway sends when the Lambda service itself rejects \
                      the invocation",
        }],
    },
    Situation {
        id: "misdirected-request",
        title: "the request reaches a server not set up for that host (SNI mismatch)",
        phrasings: &[
            "sni does not match host header",
            "http2 connection reused for another domain",
            "wildcard certificate connection coalescing",
            "wrong tls sni sent to backend",
            "virtual host not configured on this connection",
            "request for another hostname on same connection",
        ],
        code: 421,
        vendor: None,
        why: "421 says the request reached a server that cannot answer authoritatively for \
             that origin, or whose connection does not match the URI (RFC 9110 §15.5.20); \
             the client may retry on a new connection whatever the method. Only origin \
             servers and gateways may send it: a proxy MUST NOT.",
        alternatives: &[
            Alternative {
                code: 400,
                when: "if the Host header is missing or malformed, so a new connection \
                      would not help",
            },
            Alternative {
                code: 404,
                when: "if this server does serve the host but has nothing at that path",
            },
        ],
    },
    Situation {
        id: "webdav-binding-loop",
        title: "a recursive WebDAV operation runs into a binding cycle",
        phrasings: &[
            "webdav depth infinity loop",
            "propfind infinite recursion",
            "collection binds back to its parent",
            "circular binding in webdav",
            "recursive copy never ends",
            "cycle in folder bindings",
        ],
        code: 508,
        vendor: None,
        why: "RFC 5842 §7.2 defines 508 for exactly this: the server stopped a Depth: \
             infinity operation because it found an infinite loop, and the entire \
             operation failed. It is not meant for other loops or for hosting resource \
             limits.",
        alternatives: &[Alternative {
            code: 403,
            when: "if you refuse Depth: infinity PROPFIND altogether (DAV:propfind-finite-depth, RFC 4918 §9.1.1)",
        }],
    },
    Situation {
        id: "client-too-slow",
        title: "the client is too slow sending its request",
        phrasings: &[
            "client sends headers too slowly",
            "upload stalls halfway",
            "request body read timeout",
            "slowloris protection",
            "client_body_timeout reached",
            "connection opened but nothing sent",
            "mobile upload stuck then cut off",
        ],
        code: 408,
        vendor: None,
        why: "408 says the server did not receive a complete request in the time it was \
             prepared to wait, and the client may repeat it, on a new connection if the \
             old one is unusable (RFC 9110 §15.5.9). Close the connection afterwards.",
        alternatives: &[Alternative {
            code: 504,
            when: "if an upstream, not the client, was too slow",
        }],
    },
    Situation {
        id: "server-processing-deadline",
        title: "the server hits its own processing deadline",
        phrasings: &[
            "request took too long on the server",
            "handler exceeded its time budget",
            "server side timeout, no proxy involved",
            "processing time limit exceeded",
            "request deadline exceeded",
            "our own timeout fires before work finishes",
        ],
        code: 503,
        vendor: None,
        why: "Opinions differ: 504 is defined for a gateway waiting on an upstream (RFC \
             9110 §15.6.5), so a server timing out its own work under load fits 503, \
             temporarily unable to handle the request (RFC 9110 §15.6.4). A handler that \
             is too slow on every call is a bug, and 500.",
        alternatives: &[
            Alternative {
                code: 504,
                when: "if the time ran out while your server was waiting on a service it \
                      called",
            },
            Alternative {
                code: 500,
                when: "if the handler is always too slow, which is a bug rather than load",
            },
        ],
    },
    Situation {
        id: "long-running-request",
        title: "a long-running request gets cut off by a proxy or load balancer",
        phrasings: &[
            "report export takes minutes",
            "load balancer kills long request",
            "request longer than the idle timeout",
            "long running api call times out",
            "big csv export times out behind proxy",
            "batch job over http times out",
        ],
        code: 202,
        vendor: None,
        why: "Holding one request open past every proxy's timeout is fragile: accept the \
             job with 202 and a status URL the client polls (RFC 9110 §15.3.3). HTTP \
             cannot send a status code later when the job finishes, so the status resource \
             must report the outcome.",
        alternatives: &[
            Alternative {
                code: 504,
                when: "what the proxy or load balancer sends when it gives up waiting",
            },
            Alternative {
                code: 460,
                when: "what an AWS ALB logs when the client hung up first",
            },
        ],
    },
    Situation {
        id: "heroku-router-timeout",
        title: "the Heroku router cuts off a request after 30 seconds",
        phrasings: &[
            "heroku h12 request timeout",
            "heroku router at=error code=h12",
            "request timeout on heroku dyno",
            "heroku 30 second limit",
            "slow dyno error on heroku",
        ],
        code: 503,
        vendor: None,
        why: "Heroku's router ends any request that takes longer than 30 seconds, answers \
             with its error page and status 503, and logs H12 while the dyno keeps \
             working. Move slow work to a background worker and answer 202 with a status \
             URL.",
        alternatives: &[Alternative {
            code: 202,
            when: "for work that takes longer than the limit: accept it and let the \
                      client poll",
        }],
    },
    Situation {
        id: "nginx-client-gave-up",
        title: "nginx logs that the client gave up before the response",
        phrasings: &[
            "nginx log client disconnected before response",
            "client aborted request nginx",
            "browser cancelled request shows in nginx log",
            "many client disconnects in nginx access log",
            "upstream slow so clients give up",
            "proxy_ignore_client_abort",
            "client closed connection early",
            "client cancelled request",
        ],
        code: 499,
        vendor: Some("nginx"),
        why: "nginx records 499 when the client closes the connection while nginx is still \
             working, usually waiting on a slow upstream; nothing is sent because no one \
             is left to read it. A spike usually means the backend got slower than some \
             client's timeout.",
        alternatives: &[
            Alternative {
                code: 504,
                when: "if nginx gave up on the upstream first, while the client was still \
                      waiting",
            },
            Alternative {
                code: 408,
                when: "if the server stopped waiting for a slow client, the opposite \
                      direction",
            },
        ],
    },
    Situation {
        id: "alb-client-gave-up",
        title: "an AWS load balancer logs that the client hung up early",
        phrasings: &[
            "alb access log shows the client hung up",
            "aws load balancer client disconnected before response",
            "client timeout shorter than target response time",
            "elb log client went away",
            "client gave up waiting on alb",
        ],
        code: 460,
        vendor: Some("AWS Application Load Balancer"),
        why: "An Application Load Balancer records 460 when the client closes its \
             connection before the load balancer's idle timeout has run out, typically \
             because the client's own timeout is shorter than the target's response time. \
             Compare target_processing_time in the access log with the client's timeout.",
        alternatives: &[
            Alternative {
                code: 499,
                when: "nginx's log code for the same event",
            },
            Alternative {
                code: 504,
                when: "if the load balancer gave up on the target while the client was \
                      still waiting",
            },
        ],
    },
    Situation {
        id: "cloudflare-origin-connect-timeout",
        title: "the origin does not answer Cloudflare's connection attempt in time",
        phrasings: &[
            "cloudflare origin connection timeout",
            "cloudflare cannot reach my server",
            "origin firewall blocks cloudflare ips",
            "origin not answering syn from cloudflare",
            "wrong origin ip in cloudflare dns",
            "cloudflare tcp handshake fails",
        ],
        code: 522,
        vendor: Some("Cloudflare"),
        why: "Cloudflare returns 522 when no SYN+ACK comes back within 19 seconds of its \
             SYN, or when the connected origin does not acknowledge the request within 90 \
             seconds. Packets are being dropped: allow Cloudflare's IP ranges and check \
             the origin IP in its DNS records.",
        alternatives: &[
            Alternative {
                code: 504,
                when: "what a gateway other than Cloudflare sends for the same connect \
                      timeout",
            },
            Alternative {
                code: 521,
                when: "Cloudflare's code if the origin refuses the connection outright",
            },
        ],
    },
    Situation {
        id: "cloudflare-origin-slow",
        title: "the origin answers too slowly for Cloudflare's read timeout",
        phrasings: &[
            "cloudflare origin too slow",
            "cloudflare 100 second timeout",
            "cloudflare proxy read timeout",
            "long request behind cloudflare fails",
            "origin responds after cloudflare gave up",
            "export endpoint times out through cloudflare",
        ],
        code: 524,
        vendor: Some("Cloudflare"),
        why: "Cloudflare returns 524 when the TCP connection to the origin worked but no \
             HTTP response arrived before its proxy read timeout, 120 seconds by default \
             (older documentation said 100). Move long work to a background job answered \
             with 202, or serve that endpoint from a hostname that bypasses the proxy.",
        alternatives: &[
            Alternative {
                code: 504,
                when: "the registered code a gateway sends for the same timeout",
            },
            Alternative {
                code: 202,
                when: "for long jobs: accept them and let the client poll",
            },
        ],
    },
    Situation {
        id: "nginx-drop-connection",
        title: "nginx drops the connection without sending any response",
        phrasings: &[
            "nginx drop connection silently",
            "close connection without response in nginx",
            "block bots without a reply",
            "default server drops unknown host",
            "empty reply from server behind nginx",
            "nginx ignore scanners",
        ],
        code: 444,
        vendor: Some("nginx"),
        why: "In nginx, returning 444 closes the connection without writing a status line, \
             headers or body; the number only appears in the access log. It suits scanners \
             and requests for unknown Host names, not clients you care about.",
        alternatives: &[
            Alternative {
                code: 403,
                when: "if the client should get a readable refusal",
            },
            Alternative {
                code: 404,
                when: "if requests for unknown hosts or paths should still get an answer",
            },
        ],
    },
    Situation {
        id: "nginx-header-too-large",
        title: "nginx rejects a request whose headers or cookies are too large",
        phrasings: &[
            "nginx cookie too big error",
            "large_client_header_buffers",
            "too many cookies nginx bad request",
            "jwt cookie too big for nginx",
            "nginx header buffer too small",
        ],
        code: 494,
        vendor: Some("nginx"),
        why: "nginx uses 494 internally when a request header, often a bloated Cookie, does \
             not fit large_client_header_buffers; the client actually receives 400 and the \
             access log shows 400. From your own application, send 431 (RFC 6585 §5).",
        alternatives: &[
            Alternative {
                code: 431,
                when: "the registered code to send from an application for oversized header \
                      fields",
            },
            Alternative {
                code: 400,
                when: "what nginx actually puts on the wire",
            },
        ],
    },
    Situation {
        id: "nginx-client-cert-invalid",
        title: "nginx rejects a client certificate that fails verification",
        phrasings: &[
            "mtls client certificate rejected by nginx",
            "nginx ssl_verify_client error",
            "client cert expired nginx",
            "certificate verify failed for client cert",
            "mutual tls bad certificate",
            "client certificate from unknown ca",
        ],
        code: 495,
        vendor: Some("nginx"),
        why: "With ssl_verify_client on, nginx uses 495 internally when the presented \
             client certificate fails verification; the client receives 400 and the log \
             shows 400. nginx's error log gives the exact reason.",
        alternatives: &[
            Alternative {
                code: 403,
                when: "what an application should send to refuse a client whose certificate \
                      it rejects",
            },
            Alternative {
                code: 496,
                when: "nginx's internal code if no certificate was sent at all",
            },
        ],
    },
    Situation {
        id: "nginx-client-cert-missing",
        title: "nginx requires a client certificate and none was sent",
        phrasings: &[
            "no client certificate sent to nginx",
            "mtls certificate missing",
            "curl without --cert against mtls endpoint",
            "client certificate not presented",
            "browser sends no cert, ssl_verify_client on",
        ],
        code: 496,
        vendor: Some("nginx"),
        why: "When ssl_verify_client is on and the client presents no certificate, nginx \
             uses 496 internally and sends 400 with a page saying no required certificate \
             was sent. Configure the client to send its certificate, or make verification \
             optional where clients without one must get in.",
        alternatives: &[
            Alternative {
                code: 401,
                when: "what an application sends when a credential is missing, with a \
                      challenge",
            },
            Alternative {
                code: 495,
                when: "nginx's internal code if a certificate was sent but failed verification",
            },
        ],
    },
    Situation {
        id: "nginx-http-on-https-port",
        title: "plain HTTP is sent to nginx's HTTPS port",
        phrasings: &[
            "http on port 443 with nginx",
            "wrong scheme for the ssl port",
            "curl http to https port error",
            "health check speaks http to tls listener",
            "redirect http requests arriving on ssl port",
        ],
        code: 497,
        vendor: Some("nginx"),
        why: "nginx uses 497 internally when plain HTTP arrives on a listener set up for \
             TLS; the client gets 400. An error_page 497 rule can redirect such clients to \
             the https:// URL.",
        alternatives: &[
            Alternative {
                code: 308,
                when: "to send such clients to the https:// URL, keeping method and body",
            },
            Alternative {
                code: 301,
                when: "the common redirect for browsers moving to HTTPS",
            },
        ],
    },
    Situation {
        id: "cloudflare-origin-bad-answer",
        title: "the origin sends Cloudflare an empty or unexpected answer",
        phrasings: &[
            "cloudflare unknown error from origin",
            "origin resets cloudflare connection",
            "empty response from origin behind cloudflare",
            "origin crashes behind cloudflare",
            "cloudflare origin response headers too big",
            "php crash behind cloudflare",
        ],
        code: 520,
        vendor: Some("Cloudflare"),
        why: "Cloudflare returns 520 when the origin's answer is empty, unknown or unexpected: a \
              crash, no status code, missing headers or headers over Cloudflare's 128 KB limit. \
              The fault is at the origin: check its logs at the failure times.",
        alternatives: &[
            Alternative {
                code: 502,
                when: "the registered code a gateway sends for an invalid upstream response",
            },
            Alternative {
                code: 500,
                when: "what the origin should send for its own failures",
            },
        ],
    },
    Situation {
        id: "cloudflare-origin-refused",
        title: "the origin refuses Cloudflare's connection",
        phrasings: &[
            "cloudflare origin down",
            "cloudflare says my server is offline",
            "origin refuses cloudflare connection",
            "nginx stopped behind cloudflare",
            "fail2ban blocking cloudflare",
            "origin port closed for cloudflare",
        ],
        code: 521,
        vendor: Some("Cloudflare"),
        why: "Cloudflare returns 521 when the origin refuses its connection: the web server \
             is not running or not listening on the port the SSL/TLS mode uses, or the \
             origin blocks Cloudflare's addresses. Start the server and allow all \
             Cloudflare IP ranges.",
        alternatives: &[
            Alternative {
                code: 502,
                when: "the registered code for the same refused connection at another proxy",
            },
            Alternative {
                code: 503,
                when: "what the origin should send itself during planned downtime",
            },
        ],
    },
    Situation {
        id: "cloudflare-no-route",
        title: "there is no network route from Cloudflare to the origin",
        phrasings: &[
            "cloudflare cannot route to origin ip",
            "stale a record after server move cloudflare",
            "origin ip changed cloudflare error",
            "no route to host from cloudflare",
            "vpc route swallowing cloudflare range",
        ],
        code: 523,
        vendor: Some("Cloudflare"),
        why: "Cloudflare returns 523 when a network device on the way has no route to the \
             origin's address, typically after an IP change or a routing fault. Check the \
             A and AAAA records against the origin's current public IP, then trace the \
             route.",
        alternatives: &[
            Alternative {
                code: 502,
                when: "the registered code for a gateway that could not reach its upstream",
            },
            Alternative {
                code: 530,
                when: "Cloudflare's code if it could not even resolve the origin's hostname",
            },
        ],
    },
    Situation {
        id: "cloudflare-origin-tls-handshake",
        title: "the TLS handshake between Cloudflare and the origin fails",
        phrasings: &[
            "cloudflare ssl error with origin",
            "full ssl mode handshake error",
            "origin has no certificate for cloudflare",
            "cloudflare sni problem at origin",
            "cipher mismatch between cloudflare and origin",
            "port 443 closed on origin in full mode",
        ],
        code: 525,
        vendor: Some("Cloudflare"),
        why: "In Full or Full (strict) mode Cloudflare connects to the origin over TLS, and \
             525 means that handshake failed: no certificate, port 443 closed, no SNI \
             support or no shared cipher suite. Test the origin with openssl s_client \
             using the site's hostname as SNI rather than falling back to Flexible mode.",
        alternatives: &[
            Alternative {
                code: 526,
                when: "Cloudflare's code in Full (strict) mode if the origin presents a \
                      certificate Cloudflare cannot verify",
            },
            Alternative {
                code: 502,
                when: "the registered code for a gateway that could not get a valid \
                      upstream response",
            },
        ],
    },
    Situation {
        id: "cloudflare-origin-cert-rejected",
        title: "in Full (strict) mode, Cloudflare rejects the origin's certificate",
        phrasings: &[
            "cloudflare full strict certificate error",
            "origin certificate expired behind cloudflare",
            "self-signed cert behind cloudflare",
            "certificate hostname mismatch at origin",
            "cloudflare origin ca certificate needed",
        ],
        code: 526,
        vendor: Some("Cloudflare"),
        why: "In Full (strict) mode Cloudflare validates the origin certificate, and 526 \
             means it is expired, revoked, self-signed without being trusted, or does not \
             cover the hostname. Install a publicly trusted or Cloudflare Origin CA \
             certificate; switching to Full mode only hides the problem.",
        alternatives: &[
            Alternative {
                code: 525,
                when: "Cloudflare's code if the handshake fails for another reason, such as \
                      no certificate installed, port 443 closed or no shared cipher suite",
            },
            Alternative {
                code: 502,
                when: "the registered code for a gateway that could not get a valid \
                      upstream response",
            },
        ],
    },
    Situation {
        id: "cloudflare-railgun-listener",
        title: "an old Cloudflare Railgun setup loses its listener connection",
        phrasings: &[
            "cloudflare railgun error",
            "rg-listener connection failed",
            "railgun listener down",
            "legacy cloudflare railgun config",
            "cloudflare wan optimisation origin error",
        ],
        code: 527,
        vendor: Some("Cloudflare (Railgun, discontinued)"),
        why: "Cloudflare returned 527 when the connection between its edge and the \
             customer's Railgun listener broke down. Railgun has been discontinued, so \
             remove the Railgun configuration and let Cloudflare connect to the origin \
             directly.",
        alternatives: &[
            Alternative {
                code: 520,
                when: "Cloudflare's current catch-all for a bad answer from the origin",
            },
            Alternative {
                code: 502,
                when: "the registered code for a gateway that could not get a valid \
                      upstream response",
            },
        ],
    },
    Situation {
        id: "cloudflare-origin-dns",
        title: "behind Cloudflare, the origin cannot be reached and a 1xxx error shows",
        phrasings: &[
            "cloudflare error 1016 origin dns error",
            "cloudflare cannot resolve origin hostname",
            "cname target does not resolve behind cloudflare",
            "cloudflare tunnel not connected",
            "cloudflared down error page",
            "origin dns record missing in cloudflare",
        ],
        code: 530,
        vendor: Some("Cloudflare"),
        why: "Cloudflare returns 530 together with one of its own 1xxx error codes, \
             typically because it cannot resolve the origin's hostname; the 1xxx code \
             names the real cause. Check that the origin hostname resolves, or that \
             cloudflared is running if the site uses a Tunnel.",
        alternatives: &[
            Alternative {
                code: 502,
                when: "the registered code for a gateway that could not reach its upstream",
            },
            Alternative {
                code: 523,
                when: "Cloudflare's code if the hostname resolves but there is no route to the address",
            },
        ],
    },
    Situation {
        id: "alb-forwarded-for-overflow",
        title: "an AWS load balancer rejects an overlong X-Forwarded-For header",
        phrasings: &[
            "alb x-forwarded-for has too many ips",
            "proxy loop grows the forwarded header",
            "cdn forwarding back to itself through alb",
            "xff header with more than 30 addresses",
            "too many proxy hops before aws load balancer",
        ],
        code: 463,
        vendor: Some("AWS Application Load Balancer"),
        why: "An Application Load Balancer returns 463 when the incoming X-Forwarded-For \
             header lists more than 30 IP addresses, usually the sign of a proxy loop or \
             of many proxy layers each appending one. Break the loop, or have an upstream \
             proxy replace the header instead of appending.",
        alternatives: &[
            Alternative {
                code: 431,
                when: "the registered code to send from your own service for oversized \
                      header fields",
            },
            Alternative {
                code: 400,
                when: "the generic code the ALB uses for other malformed or oversized \
                      requests",
            },
        ],
    },
    Situation {
        id: "alb-protocol-mismatch",
        title: "an AWS load balancer's target group expects another protocol version",
        phrasings: &[
            "grpc target group gets http/1.1 request",
            "alb protocol version mismatch",
            "http/1.1 client routed to http2 target group",
            "alb grpc error for browser traffic",
            "target group protocol version wrong",
        ],
        code: 464,
        vendor: Some("AWS Application Load Balancer"),
        why: "An Application Load Balancer returns 464 when the request's protocol does not \
             fit the target group's protocol version, for example HTTP/1.1 routed to a \
             gRPC or HTTP/2 target group. Add listener rules that send each kind of \
             traffic to a matching target group.",
        alternatives: &[Alternative {
            code: 505,
            when: "the registered code for refusing the request's HTTP major version",
        }],
    },
    Situation {
        id: "alb-idp-error",
        title: "an AWS load balancer's built-in login gets an error from the IdP",
        phrasings: &[
            "alb oidc authentication error",
            "cognito login fails at load balancer",
            "alb authenticate-oidc idp error",
            "identity provider error behind alb",
            "sso through aws load balancer fails",
            "alb oauth2 idpresponse error",
        ],
        code: 561,
        vendor: Some("AWS Application Load Balancer"),
        why: "When a listener rule uses the ALB's OIDC or Cognito authentication, the load \
             balancer returns 561 if the identity provider answers with an error. The \
             error_reason field of the access log names it; check client ID, secret and \
             callback URL at the provider.",
        alternatives: &[
            Alternative {
                code: 502,
                when: "what your own service should send when an upstream identity provider \
                      fails",
            },
            Alternative {
                code: 401,
                when: "for missing or rejected credentials in your own application",
            },
        ],
    },
    Situation {
        id: "owa-logon-failure",
        title: "logging on to Outlook Web Access on IIS fails",
        phrasings: &[
            "owa logon error exchange",
            "outlook web access cannot sign in",
            "exchange owa error after iis change",
            "owa session error page",
            "iis authentication broken for owa",
        ],
        code: 440,
        vendor: Some("Microsoft IIS / Outlook Web Access"),
        why: "Outlook Web Access shows this code when a user cannot log on; Microsoft's \
             troubleshooting articles for Exchange 2007 and 2010 trace it to IIS \
             authentication or permission problems, not to a clock running out. Check the \
             authentication settings of the OWA virtual directories in IIS.",
        alternatives: &[Alternative {
            code: 401,
            when: "what your own application should send for missing or expired \
                      credentials",
        }],
    },
    Situation {
        id: "ms-webdav-echo-request",
        title: "a Microsoft WebDAV server asks the client to resend with more data",
        phrasings: &[
            "ms-echo-request header",
            "ms-echo-reply",
            "windows webdav resend request",
            "webdav server needs more information then retry",
            "iis webdav asks to repeat request",
        ],
        code: 449,
        vendor: Some("Microsoft WebDAV (MS-WDV)"),
        why: "Microsoft's [MS-WDV] extensions define 449 with an Ms-Echo-Request header: a \
             client that supports them processes the body and repeats the request with \
             Ms-Echo-Reply. Other clients treat an unknown 4xx like 400 (RFC 9110 §15), so \
             do not send it to them.",
        alternatives: &[Alternative {
            code: 401,
            when: "the registered challenge-and-retry pattern, for credentials",
        }],
    },
    Situation {
        id: "activesync-other-server",
        title: "an Exchange ActiveSync device is sent to a different server",
        phrasings: &[
            "activesync x-ms-location",
            "exchange mailbox moved to another server",
            "eas wrong server for mailbox",
            "phone mail sync runs autodiscover again",
            "activesync points device to other endpoint",
        ],
        code: 451,
        vendor: Some("Microsoft Exchange ActiveSync"),
        why: "In Exchange ActiveSync, 451 means the device reached a server that cannot \
             serve the mailbox or knows a better one; X-MS-Location may name the new URL, \
             otherwise the client reruns Autodiscover. Outside ActiveSync 451 means \
             Unavailable For Legal Reasons (RFC 7725), so use 307 or 308 for ordinary \
             redirects.",
        alternatives: &[
            Alternative {
                code: 307,
                when: "for a temporary redirect in your own API, keeping method and body",
            },
            Alternative {
                code: 421,
                when: "if the server cannot answer for that host on this connection",
            },
        ],
    },
    Situation {
        id: "laravel-csrf-mismatch",
        title: "a Laravel form post is rejected because the CSRF token is stale",
        phrasings: &[
            "laravel csrf token mismatch",
            "form submit after session expired in laravel",
            "tokenmismatchexception",
            "ajax post fails csrf check laravel",
            "@csrf missing in blade form",
            "laravel session expired on submit",
        ],
        code: 419,
        vendor: Some("Laravel"),
        why: "Laravel's CSRF check ends in 419 when a POST, PUT, PATCH or DELETE arrives without a \
              token matching the session (Laravel 13 also lets through requests the browser marks \
              same-origin), most often because the session expired. Add @csrf or the X-CSRF-TOKEN \
              header and check the session cookie. Outside Laravel the answer varies: 403 in \
              Django and Spring Security, 422 in Rails, 400 in ASP.NET Core.",
        alternatives: &[
            Alternative {
                code: 403,
                when: "the registered code for a refused request, and what Django and \
                      Spring Security send for a failed CSRF check",
            },
            Alternative {
                code: 401,
                when: "if the login itself has expired and credentials are needed again",
            },
        ],
    },
    Situation {
        id: "spring-insufficient-space-constant",
        title: "the Spring constant INSUFFICIENT_SPACE_ON_RESOURCE is deprecated or gone",
        phrasings: &[
            "spring httpstatus insufficient_space_on_resource",
            "spring 7 removed insufficient space constant",
            "java storage full status constant deprecated",
            "spring webdav storage full code",
            "replace deprecated httpstatus constant for full storage",
        ],
        code: 507,
        vendor: None,
        why: "Spring up to 6.x mapped that constant to an unregistered 419 from an early \
             WebDAV draft and removed it in Spring 7. The registered code for a server \
             that cannot store what the request needs is 507 (RFC 4918 §11.5), \
             HttpStatus.INSUFFICIENT_STORAGE.",
        alternatives: &[Alternative {
            code: 413,
            when: "if one request's content is over a size limit rather than the store \
                      being full",
        }],
    },
    Situation {
        id: "spring-method-failure-constant",
        title: "the Spring constant METHOD_FAILURE is deprecated or gone",
        phrasings: &[
            "spring httpstatus method_failure",
            "spring 7 removed method failure constant",
            "java webdav method failed status",
            "replace deprecated httpstatus constant for failed operation",
            "spring webdav draft status code",
        ],
        code: 424,
        vendor: None,
        why: "Spring up to 6.x mapped METHOD_FAILURE to an unregistered 420 from an early \
             WebDAV draft and removed it in Spring 7. Published WebDAV reports an action \
             that failed because another one did with 424 (RFC 4918 §11.4); other failures \
             get the code that describes them.",
        alternatives: &[
            Alternative {
                code: 500,
                when: "if the method failed because of a server fault",
            },
            Alternative {
                code: 422,
                when: "if the request's instructions could not be carried out",
            },
        ],
    },
    Situation {
        id: "twitter-calm-down",
        title: "the old Twitter API tells a client to calm down",
        phrasings: &[
            "twitter api rate limited, calm down",
            "twitter search api throttled",
            "twitter v1 rate limit error",
            "twitter trends api too many calls",
            "old twitter client gets rate limit code",
        ],
        code: 420,
        vendor: Some("Twitter API v1"),
        why: "Twitter's v1 Search and Trends APIs answered 420 to clients over their rate \
             limit, and v1.1 replaced it with the registered 429. Back off, and move to \
             the current API, which answers 429.",
        alternatives: &[Alternative {
            code: 429,
            when: "for rate limiting in your own API, with Retry-After",
        }],
    },
    Situation {
        id: "shopify-suspicious-request",
        title: "requests to Shopify are refused as suspicious",
        phrasings: &[
            "shopify blocking my scraper",
            "shopify storefront requests rejected",
            "shopify bot protection block",
            "too many storefront requests to shopify",
            "shopify blocks app traffic from one ip",
        ],
        code: 430,
        vendor: Some("Shopify"),
        why: "Third-party lists say Shopify answers 430 when its security layer flags a \
             request as possibly malicious, older lists call it a rate limit, and \
             Shopify's own documentation confirms neither. Slow down, send a real \
             User-Agent and use the authenticated APIs instead of scraping.",
        alternatives: &[
            Alternative {
                code: 403,
                when: "the registered code for your own service's security refusals",
            },
            Alternative {
                code: 429,
                when: "the registered code for your own throttling",
            },
        ],
    },
    Situation {
        id: "alibaba-edge-throttled",
        title: "an Alibaba Cloud EdgeRoutine script is throttled or blocked",
        phrasings: &[
            "edgeroutine rate limited",
            "alibaba dcdn edge function blocked",
            "edge script out of memory alibaba",
            "aliyun edge routine concurrency limit",
            "esa edge function disabled after crashes",
        ],
        code: 598,
        vendor: Some("Alibaba Cloud EdgeRoutine"),
        why: "Alibaba Cloud's EdgeRoutine returns 598 when a routine cannot run because it \
             is rate limited, or blocked after abnormal behaviour such as repeated \
             out-of-memory crashes. Reduce memory use and concurrency, or ask Alibaba \
             Cloud for a higher quota.",
        alternatives: &[
            Alternative {
                code: 503,
                when: "the registered code for a service that is temporarily overloaded",
            },
            Alternative {
                code: 429,
                when: "the registered code for throttling one client",
            },
        ],
    },
    Situation {
        id: "edge-script-crash-or-no-response",
        title: "an edge script crashes, or a client library got no response",
        phrasings: &[
            "edgeroutine script threw an error",
            "tornado httpclient got no response",
            "perl http::tiny internal exception",
            "network connect timeout error status",
            "edge function error on alibaba",
            "client library reports status without a server response",
        ],
        code: 599,
        vendor: Some("Alibaba Cloud EdgeRoutine; Tornado; HTTP::Tiny"),
        why: "EdgeRoutine returns 599 when an uncaught exception stops a routine, while \
             Python's Tornado client and Perl's HTTP::Tiny report 599 themselves when no \
             HTTP response arrived at all. In the client case the server may never have \
             seen the request: read the attached network error.",
        alternatives: &[
            Alternative {
                code: 502,
                when: "what a gateway should send when its upstream gives no valid response",
            },
            Alternative {
                code: 504,
                when: "what a gateway should send when its upstream does not answer in time",
            },
            Alternative {
                code: 500,
                when: "what an edge script should return after catching its own error",
            },
        ],
    },
    Situation {
        id: "proxy-rate-limit-default",
        title: "nginx's or ASP.NET Core's rate limiter answers 503 by default",
        phrasings: &[
            "nginx limit_req returns service unavailable",
            "limit_req_status",
            "limit_conn_status",
            "asp.net core rate limiter rejection status",
            "rejectionstatuscode default",
            "rate limit response code in nginx config",
        ],
        code: 429,
        vendor: None,
        why: "nginx's limit_req and limit_conn reject excess requests with 503 unless \
             limit_req_status or limit_conn_status says otherwise, and ASP.NET Core's rate \
             limiter defaults RejectionStatusCode to 503. For a per-client limit set them \
             to 429, which tells that client to slow down (RFC 6585 §4).",
        alternatives: &[Alternative {
            code: 503,
            when: "if the limit protects the whole server's capacity rather than \
                      metering one client",
        }],
    },
    Situation {
        id: "websocket-upgrade",
        title: "a client asks to upgrade the connection to WebSocket",
        phrasings: &[
            "websocket handshake response",
            "accept websocket connection",
            "upgrade: websocket request",
            "switch connection to websockets",
            "socket.io handshake status",
            "ws upgrade behind nginx",
        ],
        code: 101,
        vendor: None,
        why: "Accepting an Upgrade request is what 101 means: the response MUST carry \
             Upgrade naming the new protocol, and the server MUST NOT switch to one the \
             client did not offer (RFC 9110 §15.2.2, §7.8). HTTP/2 has no 101 (RFC 9113 \
             §8.6); WebSocket there uses extended CONNECT (RFC 8441), answered with a 2xx.",
        alternatives: &[
            Alternative {
                code: 426,
                when: "if the endpoint only speaks WebSocket and a plain request arrives \
                      without the handshake",
            },
            Alternative {
                code: 400,
                when: "if the handshake is malformed, such as a WebSocket request without \
                      Sec-WebSocket-Key",
            },
        ],
    },
    Situation {
        id: "websocket-handshake-invalid",
        title: "a WebSocket handshake is malformed or cannot be accepted",
        phrasings: &[
            "websocket handshake failed",
            "websocket upgrade failed",
            "websocket handshake wrong method",
            "missing sec-websocket-key",
            "unsupported websocket version",
            "reject websocket connection",
        ],
        code: 400,
        vendor: None,
        why: "A handshake that does not match the opening handshake RFC 6455 describes \
              (a method other than GET, a missing Sec-WebSocket-Key or Upgrade) MUST stop \
              the handshake with an HTTP error such as 400 (RFC 6455 §4.2.1). 101 is only for \
              a handshake the server accepts. Libraries split on a plain request with no \
              upgrade at all: Go's gorilla/websocket answers 400, Node's ws answers 426 on \
              the server it creates itself.",
        alternatives: &[
            Alternative {
                code: 426,
                when: "if the client asks for a WebSocket version the server does not speak, \
                      with Sec-WebSocket-Version listing the ones it does (RFC 6455 §4.2.2), or \
                      if a plain request with no Upgrade reaches a WebSocket-only endpoint",
            },
            Alternative {
                code: 403,
                when: "if the handshake is well-formed but its Origin is not allowed",
            },
        ],
    },
    Situation {
        id: "early-hints-preload",
        title: "the server wants the browser to preload assets before the page is ready",
        phrasings: &[
            "send preload hints before html is ready",
            "link rel preload before response",
            "replacement for http2 server push",
            "preconnect to cdn early",
            "speed up page while backend renders",
            "interim response with link headers",
        ],
        code: 103,
        vendor: None,
        why: "103 is an interim response whose header fields, typically Link with \
             rel=preload, hint at what the final response will contain, so the browser can \
             start fetching during server think time (RFC 8297 §2). The hints MUST NOT \
             change how the final response is processed. Browsers differ per hint: MDN's \
             compatibility data (8.0.10, August 2026) has Chrome and Firefox acting on \
             preload and preconnect, Firefox on preload only from 123, and Safari on \
             preconnect only.",
        alternatives: &[Alternative {
            code: 200,
            when: "if there is no server think time to use and the Link headers can \
                      simply go on the final response",
        }],
    },
    Situation {
        id: "expect-continue-upload",
        title: "a large upload arrives with an Expect: 100-continue header",
        phrasings: &[
            "expect header on big upload",
            "client waits before sending body",
            "check auth before uploading a large file",
            "curl pauses before upload",
            "large put request handshake",
            "send body only if server accepts",
        ],
        code: 100,
        vendor: None,
        why: "For an HTTP/1.1 request with a 100-continue expectation, the origin server \
             MUST either send a final status at once, when the headers already decide it, \
             or send 100 to invite the body (RFC 9110 §10.1.1). Refuse early with 401, 413 \
             or 415 instead of 100 when the headers rule it out.",
        alternatives: &[
            Alternative {
                code: 413,
                when: "if the announced Content-Length is over your limit, sent instead of \
                      100",
            },
            Alternative {
                code: 417,
                when: "if the Expect header carries something other than 100-continue",
            },
            Alternative {
                code: 401,
                when: "if credentials are missing, sent before the body is uploaded",
            },
        ],
    },
    Situation {
        id: "teapot-joke",
        title: "someone wants the teapot joke code for a real error",
        phrasings: &[
            "april fools http code",
            "easter egg response code",
            "joke status for bots",
            "coffee pot protocol error",
            "funny error code for blocked scrapers",
            "htcpcp",
        ],
        code: 418,
        vendor: Some("RFC 2324 (April 1 joke)"),
        why: "418 comes from RFC 2324, an April 1 joke, and RFC 9110 §15.5.19 reserves the \
             number as (Unused) because the joke is too widely deployed to reuse. Keep it \
             for deliberate easter eggs: clients that do not know it treat it as 400 (RFC \
             9110 §15), so real errors need a registered code.",
        alternatives: &[
            Alternative {
                code: 403,
                when: "to refuse a request, such as a blocked bot or scraper",
            },
            Alternative {
                code: 429,
                when: "if the problem is the client's request volume",
            },
            Alternative {
                code: 501,
                when: "if the server does not support the method",
            },
        ],
    },
];
