import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Walls between layers (CONVENTIONS.md §1) hold only while no module reaches
// back into one that imports it. A loop, even between types only, means two
// files are one module in two pieces: neither can be read, tested or moved
// alone. This walks every import the compiler would follow (import type and
// export … from included) and names each loop it finds.

const root = resolve(import.meta.dirname, '../..')
const trees = ['shared', 'renderer/src', 'electron']
/** tsconfig.base.json `paths` (and vitest.config.ts / electron.vite.config.ts aliases). */
const aliases: Record<string, string> = { '@shared/': 'shared/' }
const extensions = ['.ts', '.tsx']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return extensions.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts') ? [path] : []
  })
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile()
}

/** The source file an import names, or null for packages and non-code (css, json, wasm). */
function resolveImport(from: string, spec: string): string | null {
  const alias = Object.keys(aliases).find((prefix) => spec.startsWith(prefix))
  const base =
    spec.startsWith('./') || spec.startsWith('../')
      ? resolve(dirname(from), spec)
      : alias !== undefined
        ? resolve(root, aliases[alias], spec.slice(alias.length))
        : null
  if (base === null) return null
  const stem = base.replace(/\.(js|jsx|mjs)$/, '')
  const candidates = [
    ...extensions.map((ext) => stem + ext),
    ...extensions.map((ext) => join(base, 'index' + ext)),
  ]
  if (extensions.some((ext) => base.endsWith(ext))) candidates.unshift(base)
  return candidates.find(isFile) ?? null
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of trees.flatMap((tree) => sourceFiles(join(root, tree)))) {
    // preProcessFile reads every import and export … from (type-only ones too)
    // and dynamic import(), without type-checking the program.
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    const targets = importedFiles
      .map((ref) => resolveImport(file, ref.fileName))
      .filter((target): target is string => target !== null)
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
function loops(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  let next = 0
  const visit = (node: string): void => {
    index.set(node, next)
    low.set(node, next)
    next++
    stack.push(node)
    onStack.add(node)
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to)
        low.set(node, Math.min(low.get(node)!, low.get(to)!))
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!))
      }
    }
    if (low.get(node) !== index.get(node)) return
    const component: string[] = []
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      component.push(member)
    } while (member !== node)
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component)
  }
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node)
  return found
}

/** One concrete loop through a component: a → b → … → a (shortest path back, by breadth-first search). */
function cycleThrough(graph: Map<string, string[]>, component: string[]): string[] {
  const members = new Set(component)
  const start = [...component].sort()[0]
  const cameFrom = new Map<string, string>()
  const queue = [start]
  while (queue.length > 0) {
    const node = queue.shift()!
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue
      if (to === start) {
        const path = [node]
        while (path[0] !== start) path.unshift(cameFrom.get(path[0])!)
        return [...path, start]
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node)
        queue.push(to)
      }
    }
  }
  return [...component, start]
}

describe('imports', () => {
  it('form no cycle between files under shared/, renderer/src/ and electron/', () => {
    const graph = importGraph()
    expect(graph.size).toBeGreaterThan(100)
    // One loop per knot of files that all reach one another; once it is
    // broken, the next run names the next loop of the knot, if any.
    const named = loops(graph).map((component) => {
      const cycle = cycleThrough(graph, component)
      const others = component.filter((file) => !cycle.includes(file))
      const text = cycle.map((file) => relative(root, file)).join(' → ')
      return others.length
        ? `${text} (in one knot with ${others.map((file) => relative(root, file)).join(', ')})`
        : text
    })
    expect(named).toEqual([])
  })
})
