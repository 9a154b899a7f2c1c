// While work is in progress (a rebuild, "Verify the record"), a page whose main carries
// data-live="true" fetches itself every 2 s and swaps in the fresh content, so progress shows
// without a click; it stops once the work is done. Bar widths are set here because the
// Content-Security-Policy allows no inline styles.
(function () {
    const REFRESH_MS = 2000;

    function showWidths() {
        document.querySelectorAll('.progress-bar[data-percent]').forEach(bar => {
            bar.style.width = Math.min(100, Number(bar.dataset.percent)) + '%';
        });
    }

    function live() {
        return document.querySelector('main[data-live="true"]') !== null;
    }

    async function refresh() {
        try {
            const response = await fetch(window.location.href, {credentials: 'same-origin'});
            const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('main');
            if (response.ok && fresh) {
                document.querySelector('main').replaceWith(fresh);
                showWidths();
            }
        } finally {
            // a failed fetch (a restart, a network blip) only delays the next one
            if (live()) {
                window.setTimeout(refresh, REFRESH_MS);
            }
        }
    }

    showWidths();
    if (live()) {
        window.setTimeout(refresh, REFRESH_MS);
    }
})();
