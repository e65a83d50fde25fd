// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

const MONACO_CSS = '\0monaco-css:';

/**
 * Astro links every CSS file that any lazily imported module imports into every page as a
 * render-blocking <link> (withastro/astro#9495, #11404), so Monaco's 27 KB gzip of CSS would land on
 * pages that never show an editor. This plugin turns each CSS file imported from inside monaco-editor
 * into a module that injects a <style> when the lazy Monaco chunk runs: pages without an editor
 * request nothing of Monaco, and editor pages fetch its CSS only with Monaco itself.
 * @returns {import('vite').Plugin}
 */
function monacoCssAsInjectedStyle() {
  return {
    name: 'pml:monaco-css-as-injected-style',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('.css') || !importer || !importer.includes('/node_modules/monaco-editor/')) {
        return null;
      }
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      // The id must not end in .css, or Vite's own CSS plugins would take it back.
      return resolved ? `${MONACO_CSS}${resolved.id}.js` : null;
    },
    load(id) {
      if (!id.startsWith(MONACO_CSS)) return null;
      const file = id.slice(MONACO_CSS.length, -'.js'.length);
      // `?inline` gives the processed CSS as a string (url()s rewritten to emitted assets).
      return [
        `import css from ${JSON.stringify(file + '?inline')};`,
        `const style = document.createElement('style');`,
        `style.dataset.monaco = '';`,
        `style.textContent = css;`,
        `document.head.append(style);`,
      ].join('\n');
    },
  };
}

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // Content-Security-Policy as a <meta> in every page's <head> (a static site sends no headers).
  // Scripts: our own files plus Astro's hashes of any inline script; never 'unsafe-eval'.
  // 'wasm-unsafe-eval' is for Pagefind's WebAssembly search index only (it allows no JS eval).
  // Styles need 'unsafe-inline': Monaco creates <style> elements and style attributes at run time,
  // Shiki's highlighted code uses style attributes, and our Monaco CSS plugin injects a <style>.
  // frame-ancestors and report-uri are ignored in a <meta> policy, so they are not set.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  // One small stylesheet: inlining it saves a render-blocking request on every page.
  build: { inlineStylesheets: 'always' },
  vite: {
    plugins: [monacoCssAsInjectedStyle()],
    worker: { format: 'es' },
    // Monaco is one deliberately large lazy chunk.
    build: { chunkSizeWarningLimit: 4000 },
  },
});
