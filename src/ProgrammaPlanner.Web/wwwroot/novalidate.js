// The app shows its own Dutch message at each field; the browser's own bubbles ("Please fill out this field.") are in
// the browser's language and never shown: every form, also one Blazor adds later, is marked novalidate.
(() => {
  const mark = () => document.querySelectorAll('form:not([novalidate])').forEach(f => { f.noValidate = true; });
  mark();
  new MutationObserver(mark).observe(document.documentElement, { childList: true, subtree: true });
})();
