// The page's first Intl number formatter costs 60-400 ms on this project's 2-core test machine (the engine's number
// formatting data are set up on first use; a second formatter, in any locale, costs ~0.1 ms). The snapshot's headline
// needs one in its first render. Built here, as soon as this small file arrives, it overlaps the app's JavaScript
// still downloading and compiling instead of following it. A plain script, not bundled: Vite would fold a module
// script into the app's own chunk, after the download.
try {
  new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(1234);
} catch {
  // No Intl: the app reports that itself.
}
