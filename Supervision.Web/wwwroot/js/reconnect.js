// Unattended screens must come back by themselves after a server restart. Pages whose layout renders
// #components-reconnect-modal with data-reload-when-back get Blazor's reconnection events on that
// element; the event does not bubble, so listen in the capture phase on the document.
(function () {
    "use strict";
    var polling = false;

    function serverIsUp() {
        return fetch("healthz", { cache: "no-store" }).then(function (r) { return r.ok; }, function () { return false; });
    }

    // The circuit is gone for good: wait until the server answers again, then start afresh.
    function reloadWhenBack() {
        if (polling) {
            return;
        }
        polling = true;
        (function poll() {
            serverIsUp().then(function (up) {
                if (up) {
                    location.reload();
                } else {
                    setTimeout(poll, 3000);
                }
            });
        })();
    }

    document.addEventListener("components-reconnect-state-changed", function (event) {
        var target = event.target;
        if (!(target instanceof Element) || target.getAttribute("data-reload-when-back") !== "true") {
            return;
        }
        var state = event.detail && event.detail.state;
        if (state === "rejected") {
            // The server is back but no longer knows this circuit (it restarted).
            location.reload();
        } else if (state === "failed") {
            reloadWhenBack();
        }
    }, true);
})();
