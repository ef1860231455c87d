/* validate.cc - --validate: a module's full validation (bodies included) by wabt, behind a nesting pre-check that keeps wabt's IR reader from asserting. */
#include <string>
#include <string_view>

#include <wabt/binary-reader-ir.h>
#include <wabt/binary-reader-nop.h>
#include <wabt/binary-reader.h>
#include <wabt/ir.h>
#include <wabt/validator.h>

#include "util/arena.h"
#include "wasm/module.h"

namespace {

using wabt::Index;
using wabt::Offset;
using wabt::Result;

/*
 * wabt 1.0.32's binary reader does not check that blocks nest: a function
 * body only has to end with an end opcode (BinaryReader::ReadFunctionBody),
 * and a constant expression without an end runs to the end of its section
 * and is accepted (ReadInstructions). BinaryReaderIR keeps one label stack
 * for the whole module, so a label left open in one body or constant
 * expression is still there in the next, and an end there takes the last
 * expression of an empty list: the assertion in intrusive_list::back()
 * under BinaryReaderIR::OnEndExpr (WebAssembly/wabt, src/binary-reader-ir.cc,
 * tag 1.0.32), which aborts the process. This pass counts the labels the IR
 * reader would push and pop (a body or constant expression is one, each
 * block, loop, if and try another; end and delegate pop one) and rejects,
 * before the IR is built, a body or constant expression that leaves one
 * open and an instruction after a body's final end. Modules that pass it
 * leave the IR reader's stack empty between bodies, where it holds.
 */
class NestingCheck : public wabt::BinaryReaderNop {
public:
	explicit NestingCheck(wabt::Errors *errors) : errors_(errors) {}

	bool OnError(const wabt::Error &e) override
	{
		errors_->push_back(e);
		return true;
	}

	Result BeginFunctionBody(Index, Offset) override
	{
		return Open("function body");
	}
	Result EndFunctionBody(Index) override { return Close(); }
	Result BeginGlobalInitExpr(Index) override
	{
		return Open("global's initializer");
	}
	Result EndGlobalInitExpr(Index) override { return Close(); }
	Result BeginElemSegmentInitExpr(Index) override
	{
		return Open("element segment's offset");
	}
	Result EndElemSegmentInitExpr(Index) override { return Close(); }
	Result BeginDataSegmentInitExpr(Index) override
	{
		return Open("data segment's offset");
	}
	Result EndDataSegmentInitExpr(Index) override { return Close(); }

	Result OnOpcode(wabt::Opcode) override;
	Result OnBlockExpr(wabt::Type) override { return Push(); }
	Result OnLoopExpr(wabt::Type) override { return Push(); }
	Result OnIfExpr(wabt::Type) override { return Push(); }
	Result OnTryExpr(wabt::Type) override { return Push(); }
	Result OnEndExpr() override { return Pop(); }
	Result OnDelegateExpr(Index) override { return Pop(); }

private:
	Result Open(const char *what);
	Result Close();
	Result Push();
	Result Pop();
	Result Error(Offset, const std::string &);

	wabt::Errors	*errors_;
	const char	*what_ = "";
	Offset		 start_ = 0;	/* where the body or expression begins */
	Offset		 closed_ = 0;	/* just after the end that closed it */
	Index		 depth_ = 0;	/* labels open */
};

Result
NestingCheck::Open(const char *what)
{
	what_ = what;
	start_ = state->offset;
	depth_ = 1;
	return Result::Ok;
}

Result
NestingCheck::Close()
{
	if (depth_ == 0)
		return Result::Ok;
	return Error(start_, std::string(what_) + " ends with " +
	    std::to_string(depth_) + " block(s) not closed by an end");
}

/* Every instruction comes here first; none may follow the closing end. */
Result
NestingCheck::OnOpcode(wabt::Opcode)
{
	if (depth_ != 0)
		return Result::Ok;
	return Error(closed_, std::string("instruction after the end of the ") +
	    what_);
}

Result
NestingCheck::Push()
{
	depth_++;
	return Result::Ok;
}

Result
NestingCheck::Pop()
{
	if (--depth_ == 0)
		closed_ = state->offset;
	return Result::Ok;
}

Result
NestingCheck::Error(Offset offset, const std::string &message)
{
	errors_->emplace_back(wabt::ErrorLevel::Error, wabt::Location(offset),
	    message);
	return Result::Error;
}

Result
validate_module(const void *data, size_t size, wabt::Errors *errors)
{
	wabt::Features		 features;
	wabt::Module		 module;
	NestingCheck		 nesting(errors);

	features.EnableAll();
	wabt::ReadBinaryOptions options(features, nullptr, false, true, false);
	if (wabt::ReadBinary(data, size, &nesting, options) != Result::Ok)
		return Result::Error;
	if (wabt::ReadBinaryIr("module", data, size, options, errors,
	    &module) != Result::Ok)
		return Result::Error;
	return wabt::ValidateModule(&module, errors,
	    wabt::ValidateOptions(features));
}

/* The first error of a failed validation, for the module. */
void
set_invalid(const wabt::Errors &errors, struct wl_arena *arena,
    struct wl_wasm_module *m)
{
	std::string_view message = "not valid";

	m->invalid_offset = 0;
	if (!errors.empty()) {
		message = errors.front().message;
		if (errors.front().loc.offset != wabt::kInvalidOffset)
			m->invalid_offset = errors.front().loc.offset;
	}
	m->invalid = wl_arena_strndup(arena, message.data(), message.size());
}

} // namespace

extern "C" int
wl_wasm_validate(const void *data, size_t size, struct wl_arena *arena,
    struct wl_wasm_module *m)
{
	wabt::Errors	errors;
	Result		result = Result::Error;

	m->invalid = nullptr;
	try {
		result = validate_module(data, size, &errors);
	} catch (...) {
		errors.clear();
		errors.emplace_back(wabt::ErrorLevel::Error, wabt::Location(),
		    "out of memory or internal error in wabt");
	}
	if (result == Result::Ok)
		return 0;
	set_invalid(errors, arena, m);
	return -1;
}
