// A content file as Decap CMS saves it on a hosted backend: parsed and written back by Decap's own
// front-matter code path (decap-cms-core/src/formats/yaml.ts and frontmatter.ts, restated here
// with the same `yaml` and `gray-matter` packages Decap depends on, from node_modules), keys in
// the collection's field order. Usage: node decap_yaml.cjs '["title","date",...]' < in > out
// An optional second argument is a JSON object merged into the data before saving (an edit).
'use strict';
const fs = require('fs');
const yaml = require('yaml');
const matter = require('gray-matter');

const timestampTag = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: '!timestamp',
  test: RegExp('^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2}(\\.[0-9]+)?)Z$'),
  resolve: (str) => new Date(str),
  stringify: (value) => value.toISOString(),
};

function sortKeys(sortedKeys) {
  return (a, b) => {
    const idxA = sortedKeys.indexOf(a.key && a.key.toString());
    const idxB = sortedKeys.indexOf(b.key && b.key.toString());
    if (idxA === -1 || idxB === -1) return 0;
    return idxA > idxB ? 1 : idxA < idxB ? -1 : 0;
  };
}

const engine = {
  parse(content) {
    if (content && content.trim().endsWith('---')) content = content.trim().slice(0, -3);
    const doc = yaml.parseDocument(content, { customTags: [timestampTag], prettyErrors: true });
    if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join('\n'));
    return doc.toJSON();
  },
  stringify(data, opts) {
    const contents = yaml.createNode(data);
    contents.items.sort(sortKeys((opts && opts.sortedKeys) || []));
    const doc = new yaml.Document();
    doc.contents = contents;
    return doc.toString();
  },
};

const sortedKeys = JSON.parse(process.argv[2] || '[]');
const edit = JSON.parse(process.argv[3] || '{}');
const input = fs.readFileSync(0, 'utf8');
const parsed = matter(input, { engines: { yaml: engine }, language: 'yaml', delimiters: '---' });
const data = { ...parsed.data, ...(parsed.content.trim() && { body: parsed.content }), ...edit };
const { body = '', ...meta } = data;
const file = matter.stringify(body, meta, { engines: { yaml: engine }, sortedKeys,
  language: 'yaml', delimiters: '---' });
process.stdout.write(body.slice(-1) !== '\n' && file.slice(-1) === '\n' ? file.slice(0, -1) : file);
