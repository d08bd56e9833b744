#ifndef PARTNERMAP_CFUZZDRIVER_H
#define PARTNERMAP_CFUZZDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, LLVM ≥ 13), linked in by -sanitize=fuzzer. SwiftPM names an
/// executable's entry point `<Module>_main` on Linux and aliases `main` to it, so libFuzzer's own
/// `main` is never used: each target's `<Module>_main` calls this instead.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
