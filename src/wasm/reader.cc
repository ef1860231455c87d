/* reader.cc - the wabt shim: streams a wasm module's imports, exports, memory and custom sections into C facts. */
#include <string>
#include <string_view>
#include <vector>

#include <wabt/binary-reader-nop.h>
#include <wabt/binary-reader.h>

#include "util/arena.h"
#include "wasm/module.h"

namespace {

using wabt::ExternalKind;
using wabt::Index;
using wabt::Offset;
using wabt::Result;

/*
 * Collects facts while wabt walks the binary. Entry offsets: wabt calls
 * OnImportCount/OnExportCount with the reader at the first entry, and the
 * kind-specific import callbacks and OnExport just after the end of their
 * entry, so the start of each entry is where the previous one ended.
 * Section offsets are payload starts (after id and size), as wasm-objdump -h
 * prints them.
 */
class FactReader : public wabt::BinaryReaderNop {
public:
	FactReader(struct wl_arena *arena, struct wl_wasm_module *out)
	    : arena_(arena), out_(out)
	{
	}

	bool OnError(const wabt::Error &) override;
	Result BeginSection(Index, wabt::BinarySection, Offset) override;
	Result BeginCustomSection(Index, Offset, std::string_view) override;
	Result OnFuncType(Index, Index, wabt::Type *, Index,
	    wabt::Type *) override;
	Result OnImportCount(Index) override;
	Result OnImportFunc(Index, std::string_view, std::string_view, Index,
	    Index) override;
	Result OnImportTable(Index, std::string_view, std::string_view, Index,
	    wabt::Type, const wabt::Limits *) override;
	Result OnImportMemory(Index, std::string_view, std::string_view, Index,
	    const wabt::Limits *) override;
	Result OnImportGlobal(Index, std::string_view, std::string_view, Index,
	    wabt::Type, bool) override;
	Result OnImportTag(Index, std::string_view, std::string_view, Index,
	    Index) override;
	Result OnFunction(Index, Index) override;
	Result OnMemory(Index, const wabt::Limits *) override;
	Result BeginExportSection(Offset) override;
	Result OnExportCount(Index) override;
	Result OnExport(Index, ExternalKind, Index, std::string_view) override;
	Result OnStartFunction(Index) override;
	Result BeginFunctionBody(Index, Offset) override;

	void Publish();
	void Fail(std::string_view, Offset);

private:
	const char *Dup(std::string_view);
	struct wl_wasm_import *AddImport(ExternalKind, std::string_view,
	    std::string_view);
	struct wl_wasm_sig FuncSig(Index) const;
	void SetMemory(Index, const wabt::Limits *, bool imported);
	template <typename Vec> void Reserve(Vec *, Index, size_t);

	struct wl_arena			*arena_;
	struct wl_wasm_module		*out_;
	std::vector<struct wl_wasm_sig>	 types_;	/* by type index */
	std::vector<Index>		 func_types_;	/* by function index */
	Offset				 section_start_ = 0;
	Offset				 section_end_ = 0;
	Offset				 entry_start_ = 0;
	WL_VEC(struct wl_wasm_import)	 imports_ = {};
	WL_VEC(struct wl_wasm_export)	 exports_ = {};
	WL_VEC(struct wl_wasm_custom)	 customs_ = {};
};

std::string
sig_text(Index nparams, const wabt::Type *params, Index nresults,
    const wabt::Type *results)
{
	std::string s = "(";

	for (Index i = 0; i < nparams; i++)
		s += (i ? "," : "") + params[i].GetName();
	s += ")->";
	if (nresults == 1)
		return s + results[0].GetName();
	s += "(";
	for (Index i = 0; i < nresults; i++)
		s += (i ? "," : "") + results[i].GetName();
	return s + ")";
}

/* Errors are kept, warnings (about custom sections) dropped; wabt prints neither. */
bool
FactReader::OnError(const wabt::Error &e)
{
	if (e.error_level == wabt::ErrorLevel::Error)
		Fail(e.message, e.loc.offset);
	return true;
}

Result
FactReader::BeginSection(Index, wabt::BinarySection, Offset size)
{
	section_start_ = state->offset;
	section_end_ = state->offset + size;
	return Result::Ok;
}

Result
FactReader::BeginCustomSection(Index, Offset size, std::string_view name)
{
	struct wl_wasm_custom *c = WL_VEC_PUSH(arena_, &customs_);

	c->name = Dup(name);
	c->offset = section_start_;
	c->size = size;
	return Result::Ok;
}

Result
FactReader::OnFuncType(Index index, Index nparams, wabt::Type *params,
    Index nresults, wabt::Type *results)
{
	if (types_.size() <= index)
		types_.resize(index + 1);
	types_[index].text =
	    Dup(sig_text(nparams, params, nresults, results));
	types_[index].nparams = nparams;
	types_[index].nresults = nresults;
	return Result::Ok;
}

Result
FactReader::OnImportCount(Index count)
{
	Reserve(&imports_, count, 4);
	entry_start_ = state->offset;
	return Result::Ok;
}

Result
FactReader::OnImportFunc(Index, std::string_view module, std::string_view name,
    Index, Index sig_index)
{
	struct wl_wasm_import *im = AddImport(ExternalKind::Func, module, name);

	func_types_.push_back(sig_index);
	im->sig = FuncSig(func_types_.size() - 1);
	return Result::Ok;
}

Result
FactReader::OnImportTable(Index, std::string_view module, std::string_view name,
    Index, wabt::Type, const wabt::Limits *)
{
	AddImport(ExternalKind::Table, module, name);
	return Result::Ok;
}

Result
FactReader::OnImportMemory(Index, std::string_view module,
    std::string_view name, Index memory_index, const wabt::Limits *limits)
{
	AddImport(ExternalKind::Memory, module, name);
	SetMemory(memory_index, limits, true);
	return Result::Ok;
}

Result
FactReader::OnImportGlobal(Index, std::string_view module,
    std::string_view name, Index, wabt::Type, bool)
{
	AddImport(ExternalKind::Global, module, name);
	return Result::Ok;
}

Result
FactReader::OnImportTag(Index, std::string_view module, std::string_view name,
    Index, Index)
{
	AddImport(ExternalKind::Tag, module, name);
	return Result::Ok;
}

Result
FactReader::OnFunction(Index, Index sig_index)
{
	func_types_.push_back(sig_index);
	return Result::Ok;
}

Result
FactReader::OnMemory(Index memory_index, const wabt::Limits *limits)
{
	SetMemory(memory_index, limits, false);
	return Result::Ok;
}

Result
FactReader::BeginExportSection(Offset)
{
	out_->export_section_offset = state->offset;
	return Result::Ok;
}

Result
FactReader::OnExportCount(Index count)
{
	Reserve(&exports_, count, 3);
	entry_start_ = state->offset;
	return Result::Ok;
}

Result
FactReader::OnExport(Index, ExternalKind kind, Index item_index,
    std::string_view name)
{
	struct wl_wasm_export *ex = WL_VEC_PUSH(arena_, &exports_);

	ex->name = Dup(name);
	ex->kind = static_cast<enum wl_wasm_kind>(kind);
	ex->index = item_index;
	ex->offset = entry_start_;
	if (kind == ExternalKind::Func)
		ex->sig = FuncSig(item_index);
	if (kind == ExternalKind::Memory && item_index == 0)
		out_->memory.exported = true;
	entry_start_ = state->offset;
	return Result::Ok;
}

Result
FactReader::OnStartFunction(Index func_index)
{
	out_->has_start = true;
	out_->start_func = func_index;
	return Result::Ok;
}

/*
 * Skipping a body, wabt jumps to its end without checking that it lies in
 * the section, and reports a later, misleading error past the end of the
 * data; catch it at the body.
 */
Result
FactReader::BeginFunctionBody(Index, Offset size)
{
	if (state->offset + size <= section_end_)
		return Result::Ok;
	Fail("function body extends past end of code section", state->offset);
	return Result::Error;
}

/* Hands the collected arrays to the module; safe after an error. */
void
FactReader::Publish()
{
	out_->imports = imports_.v;
	out_->nimports = imports_.n;
	out_->exports = exports_.v;
	out_->nexports = exports_.n;
	out_->customs = customs_.v;
	out_->ncustoms = customs_.n;
}

const char *
FactReader::Dup(std::string_view s)
{
	return wl_arena_strndup(arena_, s.data(), s.size());
}

/* Keeps the first error only: the later ones follow from it. */
void
FactReader::Fail(std::string_view message, Offset offset)
{
	if (out_->error != nullptr)
		return;
	out_->error = Dup(message);
	out_->error_offset = offset;
}

/* Records a complete import entry, which started where the previous ended. */
struct wl_wasm_import *
FactReader::AddImport(ExternalKind kind, std::string_view module,
    std::string_view name)
{
	struct wl_wasm_import *im = WL_VEC_PUSH(arena_, &imports_);

	im->module = Dup(module);
	im->name = Dup(name);
	im->kind = static_cast<enum wl_wasm_kind>(kind);
	im->offset = entry_start_;
	entry_start_ = state->offset;
	return im;
}

/*
 * Sizes an array once for count entries, believing the count only as far as
 * the rest of the section could hold entries of at least min_size bytes.
 */
template <typename Vec>
void
FactReader::Reserve(Vec *vec, Index count, size_t min_size)
{
	size_t fit = (section_end_ - state->offset) / min_size;
	size_t n = count < fit ? count : fit;

	if (n <= vec->cap)
		return;
	vec->v = static_cast<decltype(vec->v)>(wl_arena_grow(arena_, vec->v,
	    vec->cap * sizeof *vec->v, n * sizeof *vec->v));
	vec->cap = n;
}

/* The signature of a function; text NULL when its type is unknown. */
struct wl_wasm_sig
FactReader::FuncSig(Index func_index) const
{
	Index type;

	if (func_index >= func_types_.size())
		return {};
	type = func_types_[func_index];
	return type < types_.size() ? types_[type] : wl_wasm_sig{};
}

/* Only memory 0 is described: the one plain loads and stores use. */
void
FactReader::SetMemory(Index memory_index, const wabt::Limits *limits,
    bool imported)
{
	struct wl_wasm_memory *m = &out_->memory;

	if (memory_index != 0)
		return;
	m->present = true;
	m->imported = imported;
	m->min_pages = limits->initial;
	m->has_max = limits->has_max;
	m->max_pages = limits->has_max ? limits->max : 0;
}

/* wasm/image.c leaves out what these options make wabt skip: keep them in step. */
Result
read_module(const void *data, size_t size, FactReader *reader)
{
	wabt::ReadBinaryOptions options(wabt::Features(), nullptr, false, true,
	    false);

	options.features.EnableAll();
	options.skip_function_bodies = true;
	return wabt::ReadBinary(data, size, reader, options);
}

} // namespace

extern "C" int
wl_wasm_read(const void *data, size_t size, struct wl_arena *arena,
    struct wl_wasm_module *out)
{
	FactReader reader(arena, out);
	Result	   result = Result::Error;

	*out = wl_wasm_module{};
	out->size = size;
	try {
		result = read_module(data, size, &reader);
	} catch (...) {
		reader.Fail("out of memory or internal error in wabt", 0);
	}
	reader.Publish();
	if (result == Result::Ok)
		return 0;
	/* wabt reports each failure through OnError; this keeps the contract. */
	reader.Fail("malformed module", 0);
	return -1;
}
