/**
 * A compile cache for Nunjucks template strings.
 *
 * Eleventy 3.1 no longer caches Nunjucks compiles itself (its Nunjucks engine
 * is not `cacheable`; it relies on Nunjucks' own cache, which only covers
 * files loaded by name: layouts, includes, imports). Every page of a paginated
 * template therefore compiles the template's body, its permalink and each
 * `eleventyComputed` string again: parse, compile to JavaScript source and
 * `new Function`, per page. On a 5,000-page agency that was about a sixth of
 * the build's CPU time.
 *
 * This keeps the compiled result of each distinct (path, source) per Nunjucks
 * environment and lets later Template objects with the same source reuse it,
 * the way Nunjucks reuses precompiled templates (`tmplProps`). The compiled
 * functions hold no state of their own: everything they use (context, frame,
 * environment, runtime) is passed in at render time. A changed file has a
 * different source and so a different key; Eleventy's watch mode makes a new
 * environment, which starts with an empty cache.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";

/** The parts of nunjucks' Template that the cache touches (nunjucks/src/environment.js). */
interface NunjucksTemplate {
  env: object;
  path?: string | null;
  tmplStr?: string;
  tmplProps?: Record<string, unknown>;
  blocks?: Record<string, unknown>;
  rootRenderFunc?: unknown;
  _compile(): void;
}
interface NunjucksLib {
  Template: { prototype: NunjucksTemplate };
}

const patched = new WeakSet<object>();

export default function nunjucksCompileCache(eleventyConfig: UserConfig) {
  eleventyConfig.on("eleventy.engine.njk", ({ nunjucks }: { nunjucks: NunjucksLib }) => {
    const proto = nunjucks.Template.prototype;
    if (patched.has(proto)) return;
    patched.add(proto);
    const compile = proto._compile;
    // per environment: the compiled code depends on its async filters and extensions
    const cache = new WeakMap<object, Map<string, Record<string, unknown>>>();
    proto._compile = function (this: NunjucksTemplate) {
      if (this.tmplProps || typeof this.tmplStr !== "string") return compile.call(this);
      let byKey = cache.get(this.env);
      if (!byKey) cache.set(this.env, (byKey = new Map()));
      const key = `${this.path ?? ""}\u0000${this.tmplStr}`;
      const props = byKey.get(key);
      if (props) {
        this.tmplProps = props;
        return compile.call(this);
      }
      compile.call(this);
      // the same shape Nunjucks builds a Template from: root plus b_<name> for each block
      const compiled: Record<string, unknown> = { root: this.rootRenderFunc };
      for (const [name, fn] of Object.entries(this.blocks ?? {})) compiled[`b_${name}`] = fn;
      byKey.set(key, compiled);
    };
  });
}
