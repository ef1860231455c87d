// edge-modules.js - writes hand-made binary modules that probe where a structural reader and V8 may part: compare.js reads them.
//
// usage: node edge-modules.js OUTDIR STAMP
'use strict';

const fs = require('fs');
const path = require('path');

const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const str = (s) => [Buffer.byteLength(s, 'latin1'), ...Buffer.from(s, 'latin1')];
const section = (id, ...payload) => [id, payload.length, ...payload];
const voidType = section(1, 0x01, 0x60, 0x00, 0x00);	// one type: ()->()
const oneFunc = section(3, 0x01, 0x00);
const emptyBody = section(10, 0x01, 0x02, 0x00, 0x0b);

// name: the sections after the header; each comment says what is odd about it.
const modules = {
	// Read by both.
	'custom-empty-name': [section(0, 0x00, 0x61)],		// custom section named ""
	'custom-bad-name-payload': [section(0, ...str('name'), 0x01, 0x05, 0xff)],
	'leb-padded-count': [section(1, 0x81, 0x80, 0x80, 0x80, 0x00, 0x60, 0x00, 0x00)],
	'tag-section': [section(1, 0x01, 0x60, 0x01, 0x7f, 0x00), section(13, 0x01, 0x00, 0x00)],
	// Malformed: both must reject.
	'custom-name-not-utf8': [section(0, ...str('\xff\xfe'), 0x78)],
	'import-name-not-utf8': [voidType,
	    section(2, 0x01, ...str('env'), ...str('\xc3'), 0x00, 0x00)],
	'custom-size-zero': [[0x00, 0x00]],
	'section-size-truncated': [[0x01]],
	'section-longer-than-content': [section(1, 0x01, 0x60, 0x00, 0x00, 0x00)],
	'sections-out-of-order': [voidType, section(7, 0x00), section(2, 0x00)],
	'leb-too-long': [section(1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00)],
	'export-kind-unknown': [section(7, 0x01, ...str('x'), 0x05, 0x00)],
	'global-mutability-2': [section(2, 0x01, ...str('env'), ...str('g'), 0x03, 0x7f, 0x02)],
	'code-section-missing': [voidType, oneFunc],
	'code-count-mismatch': [voidType, oneFunc,
	    section(10, 0x02, 0x02, 0x00, 0x0b, 0x02, 0x00, 0x0b)],
	'data-count-mismatch': [section(5, 0x01, 0x00, 0x01), section(12, 0x02),
	    section(11, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x01, 0x61)],
	'locals-too-many': [voidType, oneFunc,
	    section(10, 0x01, 0x08, 0x01, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x7f, 0x0b)],
	// Well-formed but invalid: V8 rejects, a reader that does not validate need not.
	'import-type-out-of-range': [voidType,
	    section(2, 0x01, ...str('env'), ...str('f'), 0x00, 0x03)],
	'export-function-out-of-range': [section(7, 0x01, ...str('g'), 0x00, 0x05)],
	'export-name-twice': [voidType, oneFunc,
	    section(7, 0x02, ...str('f'), 0x00, 0x00, ...str('f'), 0x00, 0x00), emptyBody],
	'start-function-out-of-range': [section(8, 0x00)],
	'memory-min-above-max': [section(5, 0x01, 0x01, 0x05, 0x02)],
	'memory-twice': [section(5, 0x02, 0x00, 0x01, 0x00, 0x01)],
	'memory-shared-without-max': [section(5, 0x01, 0x02, 0x01)],
	'memory64': [section(5, 0x01, 0x04, 0x01)],
	'element-without-table': [voidType, oneFunc,
	    section(9, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x01, 0x00), emptyBody],
	'body-trailing-code': [voidType, oneFunc, section(10, 0x01, 0x03, 0x00, 0x0b, 0x0b)],
};

const [outdir, stamp] = process.argv.slice(2);
fs.mkdirSync(outdir, { recursive: true });
for (const [name, sections] of Object.entries(modules))
	fs.writeFileSync(path.join(outdir, name + '.wasm'),
	    Buffer.from(header.concat(...sections)));
fs.writeFileSync(stamp, '');
