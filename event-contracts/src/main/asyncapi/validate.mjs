// Validates asyncapi.yaml with the AsyncAPI parser and fails (exit 1) on any error-severity diagnostic.
// Run by the event-contracts Maven build through node-check.sh where node is on the PATH (AsyncApiValidationTest makes
// the same checks in Java on every build); by hand: `node npm-ci.mjs && node validate.mjs` (--verbose: info-level hints).
import { Parser, fromFile, DiagnosticSeverity } from '@asyncapi/parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const verbose = process.argv.includes('--verbose');
const document = path.join(here, process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'asyncapi.yaml');

// The parser checks AsyncAPI Schema (draft-07) payloads itself, but in AsyncAPI 3 it only *parses* a payload of
// another schemaFormat and never validates it. Our payload schemas are JSON Schema 2020-12 (the files in
// ../resources/schemas, resolved through the message's $ref), so check each against that meta-schema here.
const schemaProblems = [];
let schemasChecked = 0;
const JSON_SCHEMA_2020_12 = {
  getMimeTypes: () => ['application/schema+json;version=2020-12', 'application/schema+yaml;version=2020-12'],
  async validate() {
    return []; // not called for AsyncAPI 3 documents; see parse()
  },
  async parse(input) {
    schemasChecked++;
    const at = input.path.join('.');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    if (!ajv.validateSchema(input.data)) {
      ajv.errors.forEach((e) => schemaProblems.push(`not a JSON Schema 2020-12: ${e.instancePath || '/'} ${e.message} at ${at}`));
    } else {
      try {
        ajv.compile(input.data);
      } catch (e) {
        schemaProblems.push(`JSON Schema 2020-12 does not compile: ${e.message} at ${at}`);
      }
    }
    return input.data;
  },
};

const SEVERITY = ['error', 'warning', 'info', 'hint'];

const parser = new Parser({ schemaParsers: [JSON_SCHEMA_2020_12] });
const { document: parsed, diagnostics } = await fromFile(parser, document).parse();

const where = (d) => {
  const at = d.path?.length ? d.path.join('.') : '(document)';
  const line = d.range ? ` (line ${d.range.start.line + 1})` : '';
  const file = d.source && path.resolve(d.source) !== document ? ` in ${path.relative(here, d.source)}` : '';
  return `${at}${line}${file}`;
};
// Warnings here, errors with the verdict below; info and hints (such as "3.1.0 exists": this document stays on
// 3.0 on purpose) only with --verbose.
const shown = (d) => d.severity === DiagnosticSeverity.Warning || (verbose && d.severity > DiagnosticSeverity.Warning);
for (const d of diagnostics.filter(shown)) {
  console.log(`${SEVERITY[d.severity] ?? d.severity} ${d.code}: ${d.message} at ${where(d)}`);
}

const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
const problems = [...errors.map((d) => `${d.code}: ${d.message} at ${where(d)}`), ...schemaProblems];

// Beyond the spec: each channel that carries messages has exactly one producer, sending all of them.
if (parsed) {
  for (const channel of parsed.channels()) {
    const carried = channel.messages().all().map((m) => m.id());
    if (carried.length === 0) continue;
    const senders = channel.operations().filterBySend();
    if (senders.length !== 1) {
      problems.push(`channel ${channel.id()} (${channel.address()}) needs exactly one send operation, has ${senders.length}`);
      continue;
    }
    const sent = new Set(senders[0].messages().all().map((m) => m.id()));
    for (const message of carried.filter((id) => !sent.has(id))) {
      problems.push(`message ${message} of channel ${channel.id()} is not in send operation ${senders[0].id()}`);
    }
  }
}

const name = path.relative(process.cwd(), document) || document;
if (!parsed || problems.length > 0) {
  console.error(`${name} is NOT valid (${problems.length || 'unparseable'} problem(s)):`);
  problems.forEach((p) => console.error(`  - ${p}`));
  process.exit(1);
}
const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
console.log(
  `${name}: valid AsyncAPI ${parsed.version()} "${parsed.info().title()}" ${parsed.info().version()}: ` +
    `${count(parsed.channels().length, 'channel')}, ${count(parsed.messages().length, 'message')}, ` +
    `${count(parsed.operations().length, 'operation')}, ${count(schemasChecked, 'JSON Schema 2020-12 payload')} checked, ` +
    `${count(diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning).length, 'warning')}`,
);
