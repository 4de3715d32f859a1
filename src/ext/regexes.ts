/**
 * The long regexes of the engine's modules (`SENT_REGEX_FILES`: each top-level regex literal of 12
 * characters or more, and each regex made there from strings the build reads, string literals and templates
 * of string constants, one or joined, `new RegExp([ … ].join('|'), flags)`: `topLevelRegexes` in
 * src/ext/build.ts), as [source, flags] in the order of those
 * files: what the background sends the content script with the lexicons (`cs:get-lexicons`), whose
 * build reads them from there (src/ext/content/regexes.ts) instead of shipping them to every page. The
 * extension's build puts the list in place of `[]` (wxt.config.ts); the sources, which run as written,
 * need none.
 */
export const SENT_REGEXES: readonly (readonly [string, string])[] = [];

/**
 * The modules whose long top-level regexes the content script is sent: engine modules evaluated only
 * after the background answered (the contact cues too, but not their first look, src/handles/cue-look.ts,
 * which a sub-frame evaluates before it asks); the lexicon modules among them (their entries come from
 * the background too) keep their own regexes as written until this transform, which runs before theirs.
 */
export const SENT_REGEX_FILES: readonly string[] = [
  'src/dom/comments.ts',
  'src/dom/meta.ts',
  'src/dom/model.ts',
  'src/dom/walk.ts',
  'src/dom/widgets.ts',
  'src/engine/facts.ts',
  'src/handles/channel.ts',
  'src/handles/cues.ts',
  'src/handles/disguise.ts',
  'src/handles/extract.ts',
  'src/handles/hidden.ts',
  'src/handles/split.ts',
  'src/lexicon/accusation.ts',
  'src/lexicon/advance-fee.ts',
  'src/lexicon/persona.ts',
  'src/lexicon/warning.ts',
  'src/model/model.ts',
  'src/signals/called-out.ts',
  'src/signals/chorus.ts',
  'src/signals/types.ts',
  'src/text/bidi.ts',
  'src/text/normalize.ts',
];
