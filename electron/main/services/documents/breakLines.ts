/**
 * Line breaking for Chinese text with Latin mixed in.
 *
 * Every Han character may break on either side, except that closing
 * punctuation never starts a line and opening punctuation never ends one
 * (GB/T 15834 禁则). Latin words and numbers stay whole unless a word alone is
 * wider than the line. A line that would break badly pushes its last unit
 * down to the next line instead.
 */

/** Must not start a line. */
export const NO_LINE_START = new Set('，。、；：？！）」』】》〉’”…—·,.;:?!)]}%'.split(''))
/** Must not end a line: opening brackets, and the currency sign, which belongs to its figure. */
export const NO_LINE_END = new Set('（「『【《〈‘“([{¥￥'.split(''))

/** Width of a string in points. */
export type Measure = (text: string) => number

export interface BrokenLine {
  text: string
  /** Last line of a paragraph: set ragged, never stretched to the margin. */
  end: boolean
}

/**
 * Splits text into units that must stay together: one Han character or
 * punctuation mark, one run of Latin letters / digits, or one run of spaces.
 */
export function breakUnits(text: string): string[] {
  // A Latin run may hold inner punctuation (HT-2025-001, 1,234.50, a/b) but
  // ends on a letter, digit or %, so a trailing comma can still be kept off
  // the next line's start by the kinsoku rule.
  return text.match(/[A-Za-z0-9](?:[A-Za-z0-9@#&_\-+.,/'’:%]*[A-Za-z0-9%])?| +|[\s\S]/gu) ?? []
}

/**
 * Breaks one paragraph (hard newlines are honoured) into lines no wider than
 * `width`. `firstIndent` narrows the first line (the 两字缩进 of body text).
 */
export function breakLines(text: string, width: number, measure: Measure, firstIndent = 0): BrokenLine[] {
  const lines: BrokenLine[] = []
  text.split('\n').forEach((paragraph, index) => {
    const texts: string[] = []
    breakParagraph(paragraph, width, measure, index === 0 ? firstIndent : 0, texts)
    texts.forEach((line, i) => lines.push({ text: line, end: i === texts.length - 1 }))
  })
  return lines
}

function breakParagraph(text: string, width: number, measure: Measure, indent: number, out: string[]): void {
  const units = breakUnits(text)
  if (units.length === 0) {
    out.push('')
    return
  }
  let line: string[] = []
  let lineWidth = 0
  let available = width - indent
  const flush = () => {
    out.push(line.join('').trimEnd())
    line = []
    lineWidth = 0
    available = width
  }
  let i = 0
  while (i < units.length) {
    const unit = units[i]
    // Spaces never open a line.
    if (line.length === 0 && unit.trim() === '') {
      i++
      continue
    }
    const w = measure(unit)
    const fits = lineWidth + w <= available || (unit.trim() === '' && line.length > 0)
    if (fits) {
      line.push(unit)
      lineWidth += w
      i++
      continue
    }
    if (line.length === 0) {
      // A single unit wider than the line: a long word is cut by characters.
      const [head, tail] = cutToWidth(unit, available, measure)
      line.push(head)
      flush()
      units[i] = tail
      continue
    }
    // Kinsoku: while the next line would start with a closing mark, or this
    // line ends with an opening one, move this line's last unit down.
    let next = i
    while (line.length > 1 && (NO_LINE_START.has(units[next][0]) || NO_LINE_END.has(lastChar(line)))) {
      const moved = line.pop()!
      lineWidth -= measure(moved)
      next--
    }
    i = next
    flush()
  }
  if (line.length > 0) flush()
}

function lastChar(line: string[]): string {
  const unit = line[line.length - 1]
  return unit[unit.length - 1]
}

/** Cuts a too-wide word after its last fitting - or /, else after its last fitting character. */
function cutToWidth(word: string, width: number, measure: Measure): [string, string] {
  const chars = Array.from(word)
  let n = 1
  while (n < chars.length && measure(chars.slice(0, n + 1).join('')) <= width) n++
  for (let k = n; k > 1; k--) {
    if (chars[k - 1] === '-' || chars[k - 1] === '/') {
      n = k
      break
    }
  }
  return [chars.slice(0, n).join(''), chars.slice(n).join('')]
}
