/*
 * Rewrites `import { ArrowSyncRegular } from '@fluentui/react-icons'` into an import of the icon's
 * own module (`@fluentui/react-icons/svg/arrow-sync`). The package's index spreads the icons over a
 * few dozen chunk modules, and webpack keeps in a chunk module every icon any screen uses: the
 * pane's first script, which needs a handful of icons, carried every lazy screen's icons that
 * share a chunk module with them. One module per icon keeps each icon with the screens that show it.
 * Names that are not icons (bundleIcon, iconFilledClassName ...) stay on the package's index.
 */
const fs = require('node:fs');
const path = require('node:path');

const atoms = path.join(path.dirname(require.resolve('@fluentui/react-icons/package.json')), 'lib', 'atoms', 'svg');
const importFromIcons = /import\s*\{([^}]*)\}\s*from\s*(['"])@fluentui\/react-icons\2;?/g;
const atomOf = new Map();

/** 'ArrowSync16Regular' -> 'arrow-sync' when that module exists; null for names that are not icons. */
function atomFor(name) {
  if (!atomOf.has(name)) {
    const base = /^([A-Z][A-Za-z0-9]*?)\d*(Regular|Filled|Color|Light)$/.exec(name)?.[1];
    const file = base?.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    atomOf.set(name, file && fs.existsSync(path.join(atoms, `${file}.js`)) ? file : null);
  }
  return atomOf.get(name);
}

module.exports = function iconAtomsLoader(source) {
  return source.replace(importFromIcons, (statement, list, quote) => {
    const rest = [];
    const byAtom = new Map();
    for (const specifier of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const atom = atomFor(specifier.split(/\s+as\s+/)[0]);
      if (atom) byAtom.set(atom, [...(byAtom.get(atom) ?? []), specifier]);
      else rest.push(specifier);
    }
    if (byAtom.size === 0) return statement;
    const imports = [...byAtom].map(([atom, names]) => `import { ${names.join(', ')} } from ${quote}@fluentui/react-icons/svg/${atom}${quote};`);
    if (rest.length > 0) imports.push(`import { ${rest.join(', ')} } from ${quote}@fluentui/react-icons${quote};`);
    // As many lines as the statement had, so the lines after it keep their numbers in source maps.
    return imports.join(' ') + '\n'.repeat(statement.split('\n').length - 1);
  });
};
