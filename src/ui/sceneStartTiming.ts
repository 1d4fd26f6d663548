// After the page has loaded, the 3D waits this long for the browser to be quiet before it starts
// by itself; a picture of the body stands in until then. (Its own module, free of imports, so the
// e2e specs can read it without the app's words, which only the build can compile.)
export const IDLE_START_MS = 4000;
