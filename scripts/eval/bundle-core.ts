/**
 * Our core modules bundled into one classic script that defines `globalName`, for the dev loops that run the
 * same code cold (a fresh vm context, a fresh Chromium page) as the pipeline does. `exports` maps each exported
 * name to its module path under `src`.
 */
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const repo = join(import.meta.dirname, '../..');

export function bundleCore(src: string, exports: Record<string, string>, globalName: string): string {
  const entry = Object.entries(exports)
    .map(([name, path]) => `export { ${name} } from ${JSON.stringify(join(src, path))};`)
    .join('\n');
  const out = buildSync({
    stdin: { contents: entry, resolveDir: src, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    target: 'chrome120',
    nodePaths: [join(repo, 'node_modules')],
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

/**
 * The command line the A/B dev loops share: `args`, `opt('--name')` for a valued option, and the source trees
 * given by each `--src <dir>` (default: this repo's src/).
 */
export function abArgs(argv = process.argv.slice(2)): { args: string[]; opt(name: string): string | undefined; srcs: string[]; repo: string } {
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const srcs = argv.flatMap((a, i) => (argv[i - 1] === '--src' ? [resolve(a)] : []));
  if (srcs.length === 0) srcs.push(join(repo, 'src'));
  return { args: argv, opt, srcs, repo };
}
