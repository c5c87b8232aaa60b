// The package's index pulls in all of Readability (CJS, not tree-shaken); the always-on script only
// needs the small readerable check, so we import that file directly and type it here.
declare module '@mozilla/readability/Readability-readerable.js' {
  function isProbablyReaderable(
    doc: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
  export = isProbablyReaderable;
}
