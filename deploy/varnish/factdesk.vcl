# Varnish in front of Factdesk's app servers (docs/scaling.md, docs/decisions/023-cdn-purge.md).
# Caches public HTML that names its cache tags (Surrogate-Key), for as long as the app's
# s-maxage says, and drops every page carrying a tag when the app purges it:
#   CDN_PURGE=varnish:http://<this varnish>  →  PURGE /  with  xkey-purge: <tags, space separated>
# Needs the xkey vmod (Debian: varnish-modules). Set the backend (or a director over several app
# servers) and the addresses allowed to purge (the app servers) below. Signed-in staff send a
# session cookie and always reach the app (Varnish's built-in rule for requests with cookies).
vcl 4.1;

import xkey;

backend default {
  .host = "127.0.0.1";
  .port = "3000";
}

acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Not allowed to purge"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "xkey-purge header missing"));
    }
    set req.http.x-purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.x-purged));
  }
}

sub vcl_backend_response {
  if (beresp.http.Surrogate-Key) {
    # xkey indexes the object under each space-separated key of this header.
    set beresp.http.xkey = beresp.http.Surrogate-Key;
  } elsif (beresp.http.Content-Type ~ "^text/html") {
    # HTML without tags could not be purged: never keep it.
    set beresp.uncacheable = true;
    set beresp.ttl = 0s;
    return (deliver);
  }
}

sub vcl_deliver {
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  unset resp.http.xkey;
}
