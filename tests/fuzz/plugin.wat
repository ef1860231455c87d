;; plugin.wat - the smallest plugin Istio 1.8 and later load: the module the fuzzed manifests refer to.
(module
  (memory (export "memory") 1)
  (func (export "proxy_abi_version_0_2_1"))
  (func (export "proxy_on_memory_allocate") (param i32) (result i32) i32.const 0)
  (func (export "proxy_on_context_create") (param i32 i32))
  (func (export "_initialize")))
