// compare.js - differential test: the imports, exports and validity wasmlint reads from every fixture module must equal V8's.
//
// usage: node compare.js [--validate] WASMLINT PATH...
//        (a PATH is a .wasm file or a directory searched for *.wasm)
//
// For every module, `wasmlint inspect --format json` (with --validate when given) is compared with
// what V8 (through Node's WebAssembly API) reports:
//   - validity. Without --validate wasmlint reads sections and entries (function bodies skipped)
//     but does not validate them (indices in range, limits, unique export names, instructions):
//     its JSON says "valid": null. So a module wasmlint rejects (well_formed false) must be
//     rejected by V8; a module wasmlint read without validating may still be rejected by V8, which
//     is printed and not a difference. With --validate, "valid" must equal V8's verdict.
//   - when both accept: imports (module, name, kind) and exports (name, kind), in section order;
//     function signatures, and the limits of memory 0 where it is imported or exported (V8 reports
//     types only with its type-reflection flag, set below; without it they are not compared);
//     and for every custom section name wasmlint lists, how many sections have that name.
// Prints a line per module, then "N passed, N failed"; exits 1 on any difference that is not
// listed in `known` below, and on a listed one that no longer differs (so the list stays true).
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
require('v8').setFlagsFromString('--experimental-wasm-type-reflection');

// Differences found and not fixed yet, by module as printed: why they differ.
const known = {
	'edge/memory-twice.wasm': 'wasmlint --validate enables every wabt feature, ' +
	    'multi-memory included; this V8 allows one memory',
	'edge/memory64.wasm': 'wasmlint --validate enables every wabt feature, ' +
	    'memory64 included; this V8 does not without a flag',
};

// Every .wasm below each PATH, sorted, with a short name to print.
function modules(paths) {
	const found = [];
	const walk = (dir, shown) => {
		for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort(
		    (a, b) => a.name < b.name ? -1 : 1)) {
			const p = path.join(dir, e.name);
			if (e.isDirectory())
				walk(p, path.join(shown, e.name));
			else if (e.name.endsWith('.wasm'))
				found.push({ file: p, name: path.join(shown, e.name) });
		}
	};
	for (const p of paths) {
		const shown = path.basename(fs.statSync(p).isDirectory() ? p :
		    path.dirname(p));
		if (fs.statSync(p).isDirectory())
			walk(p, shown);
		else
			found.push({ file: p, name: path.join(shown, path.basename(p)) });
	}
	return found;
}

// wasmlint's view; inspect exits 1 for a malformed module and still prints it.
function wasmlint(exe, file, validate) {
	const args = ['inspect', file, '--format', 'json'];
	let out;
	try {
		out = execFileSync(exe, validate ? args.concat('--validate') : args,
		    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	} catch (e) {
		if (e.status !== 1)
			throw new Error(`wasmlint inspect exited ${e.status}: ${e.stderr}`);
		out = e.stdout;
	}
	return JSON.parse(out);
}

// V8's view: the module, or why it was rejected.
function v8(file) {
	const bytes = fs.readFileSync(file);
	const valid = WebAssembly.validate(bytes);
	try {
		const mod = new WebAssembly.Module(bytes);
		return { valid, mod };
	} catch (e) {
		return { valid, error: e.message, compiled: false };
	}
}

function sigText(type) {
	const name = (t) => t === 'anyfunc' ? 'funcref' : t;
	const params = type.parameters.map(name).join(',');
	const results = type.results.map(name);
	return `(${params})->` + (results.length === 1 ? results[0] :
	    `(${results.join(',')})`);
}

function limits(type) {
	return `${type.minimum}..${type.maximum === undefined ? '' : type.maximum}`;
}

// Differences between wasmlint's entries and V8's, paired in section order.
function compareEntries(what, ours, theirs, key, diffs) {
	if (ours.length !== theirs.length) {
		diffs.push(`${what}: wasmlint reads ${ours.length}, V8 ${theirs.length}`);
		return;
	}
	ours.forEach((o, i) => {
		const t = theirs[i];
		if (key(o) !== key(t))
			diffs.push(`${what} ${i}: wasmlint ${key(o)}, V8 ${key(t)}`);
		else if (o.kind === 'function' && t.type &&
		    o.signature !== sigText(t.type))
			diffs.push(`${what} ${key(o)}: wasmlint ${o.signature}, ` +
			    `V8 ${sigText(t.type)}`);
	});
}

// The V8 type of memory 0, where wasmlint says it is imported or exported.
function memoryType(wl, imports, exports) {
	if (wl.memory === null)
		return undefined;
	if (wl.memory.imported)
		return imports.find((t) => t.kind === 'memory').type;
	const i = wl.exports.findIndex((e) => e.kind === 'memory' && e.index === 0);
	return i >= 0 ? exports[i].type : undefined;
}

function compareMemory(wl, imports, exports, diffs) {
	const type = memoryType(wl, imports, exports);
	const ours = wl.memory && `${wl.memory.min_pages}..` +
	    (wl.memory.max_pages === null ? '' : wl.memory.max_pages);
	if (type !== undefined && ours !== limits(type))
		diffs.push(`memory 0: wasmlint ${ours} pages, V8 ${limits(type)}`);
}

function compareCustoms(wl, mod, diffs) {
	const counts = new Map();
	for (const c of wl.custom_sections)
		counts.set(c.name, (counts.get(c.name) || 0) + 1);
	for (const [name, n] of counts) {
		const theirs = WebAssembly.Module.customSections(mod, name).length;
		if (theirs !== n)
			diffs.push(`custom section "${name}": wasmlint ${n}, V8 ${theirs}`);
	}
}

// Differences, and what was compared (or why not).
function compare(wl, v) {
	const diffs = [];
	if (!wl.well_formed) {
		if (v.valid)
			diffs.push(`wasmlint rejects it (${wl.error.message} at ` +
			    `0x${wl.error.offset.toString(16)}), V8 accepts it`);
		return { diffs, what: `both reject it (wasmlint: ${wl.error.message}; ` +
		    `V8: ${v.error})` };
	}
	if (wl.valid === false && v.valid)
		diffs.push(`wasmlint finds it not valid (${wl.invalid.message}), ` +
		    'V8 accepts it');
	if (!v.valid) {
		if (wl.valid === true)
			diffs.push(`wasmlint finds it valid, V8 rejects it: ${v.error}`);
		return { diffs, what: wl.valid === false ? 'both find it not valid ' +
		    `(wasmlint: ${wl.invalid.message}; V8: ${v.error})` :
		    `V8 rejects it (${v.error}); wasmlint read it without ` +
		    'validating, so this is not a difference' };
	}
	const imports = WebAssembly.Module.imports(v.mod);
	const exports = WebAssembly.Module.exports(v.mod);
	compareEntries('import', wl.imports, imports,
	    (e) => `${e.module}.${e.name} ${e.kind}`, diffs);
	compareEntries('export', wl.exports, exports,
	    (e) => `${e.name} ${e.kind}`, diffs);
	if (diffs.length === 0)
		compareMemory(wl, imports, exports, diffs);
	compareCustoms(wl, v.mod, diffs);
	const entries = imports.concat(exports);
	const typed = entries.length === 0 || entries.some((e) => e.type) ? '' :
	    ' (signatures not compared: this V8 has no type reflection)';
	return { diffs, what: `${imports.length} imports, ${exports.length} ` +
	    `exports, ${wl.custom_sections.length} custom sections agree${typed}` };
}

function main(argv) {
	const validate = argv[0] === '--validate';
	if (validate)
		argv = argv.slice(1);
	if (argv.length < 2) {
		console.error('usage: node compare.js [--validate] WASMLINT PATH...');
		return 2;
	}
	const found = modules(argv.slice(1));
	let passed = 0, failed = 0;
	for (const m of found) {
		let r;
		try {
			r = compare(wasmlint(argv[0], m.file, validate), v8(m.file));
		} catch (e) {
			r = { diffs: [e.message], what: '' };
		}
		const why = validate ? known[m.name] : undefined;
		if (r.diffs.length === 0 && why === undefined) {
			passed++;
			console.log(`ok    ${m.name}: ${r.what}`);
		} else if (r.diffs.length === 0) {
			failed++;
			console.log(`FIXED ${m.name}: no longer differs; remove it from known`);
		} else if (why !== undefined) {
			passed++;
			console.log(`KNOWN ${m.name}: ${r.diffs.join('; ')} (${why})`);
		} else {
			failed++;
			console.log(`DIFF  ${m.name}:`);
			r.diffs.forEach((d) => console.log(`        ${d}`));
		}
	}
	if (found.length === 0) {
		console.log('no modules found');
		failed++;
	}
	console.log(`${passed} passed, ${failed} failed`);
	return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
