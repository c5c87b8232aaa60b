/**
 * The always-on content script's files, in injection order: the manifest's `content_scripts` lists the same
 * (scripts/manifest.test.ts checks it), and the background injects them into tabs that have none.
 * detect.js first: content.js takes its detector (src/content/detector.ts).
 */
export const CONTENT_SCRIPT_FILES = ['detect.js', 'content.js'];
