// Forms marked data-confirm="question" ask before they are sent; the Content-Security-Policy
// allows no inline handlers, so this same-origin script does it for every page.
document.addEventListener('submit', event => {
    const question = event.target.dataset.confirm;
    if (question && !window.confirm(question)) {
        event.preventDefault();
    }
});
