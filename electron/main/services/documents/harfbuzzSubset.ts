/**
 * HarfBuzz subsetting with the font kept loaded. `subset-font` copies the
 * whole 15 MB font into HarfBuzz's memory and parses it again for every
 * subset (70–170 ms a call, two calls a contract); here each font is copied
 * in once per process and its face reused. The calls and flags are
 * subset-font's own (a test checks the bytes are identical to its output).
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

interface HarfBuzz {
  memory: { buffer: ArrayBuffer }
  _initialize(): void
  malloc(size: number): number
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number
  hb_blob_destroy(blob: number): void
  hb_blob_get_data(blob: number, length: number): number
  hb_blob_get_length(blob: number): number
  hb_face_create(blob: number, index: number): number
  hb_face_destroy(face: number): void
  hb_face_reference_blob(face: number): number
  hb_set_add(set: number, value: number): void
  hb_set_clear(set: number): void
  hb_subset_input_create_or_fail(): number
  hb_subset_input_destroy(input: number): void
  hb_subset_input_get_flags(input: number): number
  hb_subset_input_set_flags(input: number, flags: number): void
  hb_subset_input_set(input: number, which: number): number
  hb_subset_input_unicode_set(input: number): number
  hb_subset_or_fail(face: number, input: number): number
}

const HB_MEMORY_MODE_WRITABLE = 2
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6
const HB_SUBSET_FLAGS_NO_HINTING = 0x00000001

export interface SubsetOptions {
  /** Tables left out of the subset (four-letter tags). */
  dropTables: readonly string[]
}

/** Node's WebAssembly global (main's tsconfig has no DOM types to declare it). */
const wasmRuntime = (
  globalThis as unknown as {
    WebAssembly: { instantiate(bytes: Uint8Array): Promise<{ instance: { exports: unknown } }> }
  }
).WebAssembly

const tag = (s: string) => [...s].reduce((a, ch) => (a << 8) + ch.charCodeAt(0), 0)

let harfbuzz: Promise<HarfBuzz> | null = null

function loadHarfBuzz(): Promise<HarfBuzz> {
  harfbuzz ??= (async () => {
    const require = createRequire(import.meta.url)
    const wasm = await readFile(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'))
    const { instance } = await wasmRuntime.instantiate(wasm)
    const hb = instance.exports as unknown as HarfBuzz
    hb._initialize()
    return hb
  })()
  return harfbuzz
}

/** Faces by font, alive for the process: fonts are few and never change. */
const faces = new WeakMap<Uint8Array, Promise<number>>()

function faceOf(hb: HarfBuzz, font: Uint8Array): Promise<number> {
  let face = faces.get(font)
  if (!face) {
    const at = hb.malloc(font.byteLength)
    new Uint8Array(hb.memory.buffer).set(font, at)
    const blob = hb.hb_blob_create(at, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0)
    face = Promise.resolve(hb.hb_face_create(blob, 0))
    hb.hb_blob_destroy(blob)
    faces.set(font, face)
  }
  return face
}

/** A TrueType subset of `font` holding exactly the glyphs of `text`, no layout features, no hinting. */
export async function subsetTrueType(
  font: Uint8Array,
  text: string,
  options: SubsetOptions,
): Promise<Uint8Array> {
  const hb = await loadHarfBuzz()
  const face = await faceOf(hb, font)
  const input = hb.hb_subset_input_create_or_fail()
  if (input === 0) throw new Error('hb_subset_input_create_or_fail failed')
  let subset = 0
  try {
    // No layout features (subset-font's keepFeatures: []).
    hb.hb_set_clear(hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG))
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING)
    const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
    for (const t of options.dropTables) hb.hb_set_add(drop, tag(t))
    const unicodes = hb.hb_subset_input_unicode_set(input)
    for (const c of text) hb.hb_set_add(unicodes, c.codePointAt(0) ?? 0)
    subset = hb.hb_subset_or_fail(face, input)
    if (subset === 0) throw new Error('hb_subset_or_fail failed: is the font corrupted?')
  } finally {
    hb.hb_subset_input_destroy(input)
  }
  const blob = hb.hb_face_reference_blob(subset)
  try {
    const at = hb.hb_blob_get_data(blob, 0)
    const length = hb.hb_blob_get_length(blob)
    if (length === 0) throw new Error('HarfBuzz made an empty subset')
    // A copy: HarfBuzz's memory may grow (and move) at the next call.
    return new Uint8Array(hb.memory.buffer, at, length).slice()
  } finally {
    hb.hb_blob_destroy(blob)
    hb.hb_face_destroy(subset)
  }
}
