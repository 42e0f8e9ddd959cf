/**
 * Wrapping the page's own functions so that the page cannot tell: a Proxy keeps the
 * wrapped function's `name`, `length`, own properties and prototype, and the page's
 * `Function.prototype.toString` (itself wrapped the same way) answers for each wrapper
 * what it answered for the original, `function fetch() { [native code] }`.
 * Every built-in used here is taken once, before any page script runs.
 */

/** The part of a window the disguise needs (the page's window, or a test's stand-in). */
export type DisguiseWorld = { Function: { prototype: { toString: () => string } } };

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any function of the page
type AnyFunction = Function;

export type Wrap = <T extends AnyFunction>(original: T, handler: ProxyHandler<T>) => T;

/** Installs the toString disguise once and returns `wrap`, which makes disguised wrappers. */
export function disguiser(win: DisguiseWorld): Wrap {
  const apply = Reflect.apply;
  const getSource = WeakMap.prototype.get;
  const setSource = WeakMap.prototype.set;
  const sources = new WeakMap<object, string>();
  const proto = win.Function.prototype;
  const nativeToString = proto.toString;

  const disguise = <T extends AnyFunction>(original: T, handler: ProxyHandler<T>): T => {
    const wrapper = new Proxy(original, handler);
    apply(setSource, sources, [wrapper, apply(nativeToString, original, [])]);
    return wrapper;
  };

  proto.toString = disguise(nativeToString, {
    apply(target, self, args) {
      let source: string | undefined;
      try {
        source = apply(getSource, sources, [self]) as string | undefined;
      } catch {
        source = undefined;
      }
      // Anything but our wrappers: the browser's own answer (and its own TypeError).
      return source ?? apply(target, self, args);
    },
  });
  return disguise;
}
