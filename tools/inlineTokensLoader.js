/*
 * Replaces `tokens.colorNeutralForeground2` with its value, the string 'var(--colorNeutralForeground2)',
 * in modules that import `tokens` from Fluent. makeStyles calls are compiled to class names at build
 * time, but Fluent's style modules also read a few tokens outside them (a select's padding, a
 * button's border width), and each such read kept the whole tokens object, ~470 names and values,
 * in the pane's first script. The values are the same strings: only where they come from changes.
 */
const { tokens } = require('@fluentui/tokens');

const importsTokens = /import\s*\{[^}]*\btokens\b[^}]*\}\s*from\s*['"]@fluentui\/(react-theme|react-components|tokens)['"]/;
// A read of one token: not a property of something else (`x.tokens.a`) and not a longer name.
const tokenRead = /(?<![\w$.])tokens\.([A-Za-z]\w*)\b/g;

module.exports = function inlineTokensLoader(source) {
  if (!importsTokens.test(source)) return source;
  return source.replace(tokenRead, (read, name) => (Object.hasOwn(tokens, name) ? JSON.stringify(tokens[name]) : read));
};
