/**
 * What the layout hands to the PDF writer: absolutely placed text, boxes and
 * rules per page, in PDF points with the origin at the bottom left. Keeping
 * layout and writing apart lets tests place glyphs in known boxes and lets
 * the writer subset fonts to exactly the text the ops hold.
 */
import type { FontWeight } from './fontFaces'

export interface TextOp {
  op: 'text'
  x: number
  /** Baseline. */
  y: number
  size: number
  weight: FontWeight
  text: string
  /** Extra space after every glyph (PDF Tc), for justified lines. */
  charSpacing?: number
  /** Gray level 0 (black, the default) … 1 (white). */
  gray?: number
  /** Degrees counter-clockwise about (x, y). */
  rotate?: number
}

export interface RectOp {
  op: 'rect'
  x: number
  y: number
  width: number
  height: number
  /** Gray level 0 (black) … 1 (white); absent = not filled. */
  fill?: number
  /** Gray level of the border; absent = no border. */
  stroke?: number
  lineWidth?: number
}

export interface LineOp {
  op: 'line'
  x1: number
  y1: number
  x2: number
  y2: number
  lineWidth: number
  gray: number
}

export type DrawOp = TextOp | RectOp | LineOp

export type PageOps = DrawOp[]
