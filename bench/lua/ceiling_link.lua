-- The ceiling app's POST: a link body parsed and answered with a constant.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"dev_user":"DEVU-2","issuer":"github","id":"ada-gh","display_name":"ada"}'
