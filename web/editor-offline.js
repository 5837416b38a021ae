// The editor offline after one visit, like the checker (docs/employers.md): this build's service
// worker (web/sw.js, written for the editor by scripts/editor-post-build.mjs) keeps the editor's
// folder, and nothing else. scripts/editor-post-build.mjs appends this to the editor's boot script
// (Trunk's, a module).
//
// An editor page holds its work in memory, not in any build's files, so a new build may take over
// whenever it comes: asked by a waiting worker (the editor's, or the checker's, whose folder holds
// this one) whether it has something to lose, it answers no, and a page just loaded asks a waiting
// build to take over. Its work stays on the page either way.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.addEventListener('message', ({ data, source }) => {
    if (data?.eligibilityCheckerAsks) source?.postMessage({ eligibilityCheckerAnswers: data.eligibilityCheckerAsks, busy: false });
  });
  navigator.serviceWorker.startMessages();
  navigator.serviceWorker.register(new URL('./sw.js', import.meta.url), { scope: new URL('./', import.meta.url) })
    .then((registration) => {
      const takeOver = (worker) => worker?.postMessage('take over');
      takeOver(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => worker.state === 'installed' && takeOver(worker));
      });
      return registration.active && registration.update();
    })
    .catch(() => {}); // No offline copy (a private window, say): the editor works online as ever.
}
