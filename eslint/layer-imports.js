// Which folders a layer's relative imports may reach. no-restricted-imports matches import
// strings with gitignore patterns, so `../../cli/x` or `../../../scripts/x` slip past a list
// of folder names; this rule resolves each relative import against the importing file and
// checks where it lands. Bare package names are left to no-restricted-imports.
import path from 'node:path';

/** Whether `file` is `dir` itself or inside it (both absolute). */
function within(file, dir) {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** A source like `../shared/api` names the module file or its folder; both count. */
function landsIn(resolved, entry) {
  return within(resolved, entry) || within(`${resolved}.ts`, entry) || within(`${resolved}.tsx`, entry);
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'A layer imports by relative path only from the folders it is allowed.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          allow: { type: 'array', items: { type: 'string' } },
          deny: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
          message: { type: 'string' },
        },
        required: ['root', 'allow', 'message'],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    // `packages`, when given, is the whole list of bare imports allowed (the preload's: electron).
    const { root, allow, deny = [], packages, message } = context.options[0];
    const allowed = allow.map((entry) => path.resolve(root, entry));
    const denied = deny.map((entry) => path.resolve(root, entry));
    function check(source) {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) {
        if (packages && !packages.includes(source.value)) context.report({ node: source, message: `'${source.value}': ${message}` });
        return;
      }
      const resolved = path.resolve(path.dirname(context.filename), source.value);
      const ok = allowed.some((entry) => landsIn(resolved, entry)) && !denied.some((entry) => landsIn(resolved, entry));
      if (!ok) context.report({ node: source, message: `'${source.value}' is ${path.relative(root, resolved)}: ${message}` });
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { 'allowed-relative-imports': rule } };
