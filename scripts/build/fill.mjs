// The one way build-time values enter the JavaScript that ships (web/boot.js, web/sw.js): each file
// holds `const BUILD = /* @build */ {};`, valid JavaScript as it stands, so the file can be linted
// and read as it is; the build replaces that marked `{}` with the build's values as JSON. Nothing
// is spliced into code, so a file name or a hash can never change what the code does.

/** The placeholder, exactly as each file writes it once. */
export const BUILD_MARKER = '/* @build */ {}';

/**
 * `source` with each key of `replacements` replaced by its value: each must occur exactly once,
 * or the build stops, naming `file` (a placeholder renamed by hand would otherwise ship as `{}`).
 */
export function fill(source, file, replacements) {
  let text = source;
  for (const [placeholder, value] of Object.entries(replacements)) {
    const parts = text.split(placeholder);
    if (parts.length !== 2) {
      throw new Error(`${file}: expected ${placeholder} once, found it ${parts.length - 1} times`);
    }
    text = parts.join(value);
  }
  return text;
}

