/**
 * Lays a document model out on A4 pages: title, headings, indented and
 * justified paragraphs, numbered clauses with hanging numbers, tables,
 * signature and seal blocks, then the verification line with its QR code;
 * finally the running header (company, document number) and the footer
 * 第 X 页 共 Y 页 on every page, once the page count is known.
 */
import type {
  ClauseBlock,
  DocumentBlock,
  DocumentModel,
  ParagraphBlock,
  SignatureBlock,
} from '../../../../shared/documents/documentModel'
import { type BrokenLine, breakLines } from './breakLines'
import type { PageOps } from './drawOps'
import { type Advance, LayoutFlow } from './layoutFlow'
import { layoutTable } from './layoutTable'
import {
  BODY_SIZE,
  FOOTER_BASELINE,
  HEADER_BASELINE,
  HEADER_RULE_Y,
  HEADING_SIZE,
  LINE_HEIGHT,
  MARGIN_LEFT,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  RUNNING_SIZE,
  TEXT_WIDTH,
  TITLE_SIZE,
  VERIFY_SIZE,
} from './pageGeometry'
import { qrRects } from './qrModules'

const BODY_LINE = BODY_SIZE * LINE_HEIGHT
const QR_SIZE = 62

export interface Verification {
  /** SHA-256 (hex) of the document's canonical content. */
  sha256: string
  /** What the QR code carries. */
  qrText: string
}

export function layoutDocument(
  model: DocumentModel,
  verification: Verification,
  advance: Advance,
): PageOps[] {
  const flow = new LayoutFlow(advance)
  layoutTitle(flow, model.title)
  const numberWidth = clauseNumberWidth(flow, model.blocks)
  model.blocks.forEach((block, i) => layoutBlock(flow, block, model.blocks[i + 1], numberWidth))
  layoutVerification(flow, verification)
  addRunningHeads(flow, model)
  if (model.draft) addDraftMarks(flow)
  return flow.pages
}

function layoutTitle(flow: LayoutFlow, title: string): void {
  const measure = flow.measure('bold', TITLE_SIZE)
  for (const line of breakLines(title, TEXT_WIDTH, measure)) {
    flow.text(
      line.text,
      MARGIN_LEFT + (TEXT_WIDTH - measure(line.text)) / 2,
      TITLE_SIZE,
      TITLE_SIZE * 1.8,
      'bold',
    )
  }
  flow.y -= BODY_LINE * 0.5
}

/**
 * One hanging width for every clause number of the document, the widest
 * (第十一条) setting it, so the clause texts start at one left edge.
 */
function clauseNumberWidth(flow: LayoutFlow, blocks: DocumentBlock[]): number {
  const measure = flow.measure('bold', BODY_SIZE)
  const widest = Math.max(0, ...blocks.map((b) => (b.kind === 'clause' ? measure(b.number) : 0)))
  return widest + BODY_SIZE * 0.5
}

function layoutBlock(
  flow: LayoutFlow,
  block: DocumentBlock,
  next: DocumentBlock | undefined,
  numberWidth: number,
): void {
  switch (block.kind) {
    case 'heading': {
      const lineHeight = HEADING_SIZE * 2
      // A heading keeps at least two lines of what follows on its page.
      flow.ensure(lineHeight + 4 + (next ? BODY_LINE * 2 : 0))
      if (!flow.atPageTop) flow.y -= 4
      flow.text(block.text, MARGIN_LEFT, HEADING_SIZE, lineHeight, 'bold')
      return
    }
    case 'paragraph':
      return layoutParagraph(flow, block)
    case 'clause':
      return layoutClause(flow, block, numberWidth)
    case 'table':
      return layoutTable(flow, block)
    case 'signatures':
      return layoutSignatures(flow, block)
    case 'spacer':
      flow.y -= Math.min(block.height, flow.remaining)
      return
  }
}

function layoutParagraph(flow: LayoutFlow, block: ParagraphBlock): void {
  const measure = flow.measure('regular', BODY_SIZE)
  const indent = block.indent ? BODY_SIZE * 2 : 0
  const lines = breakLines(block.text, TEXT_WIDTH, measure, indent)
  setLines(flow, lines, MARGIN_LEFT, TEXT_WIDTH, indent)
}

function layoutClause(flow: LayoutFlow, block: ClauseBlock, numberWidth: number): void {
  const x = MARGIN_LEFT + numberWidth
  const width = TEXT_WIDTH - numberWidth
  const lines = breakLines(block.text, width, flow.measure('regular', BODY_SIZE))
  flow.ensure(BODY_LINE)
  // The number shares the first line's box and hangs left of the wrapped text.
  flow.text(block.number, MARGIN_LEFT, BODY_SIZE, BODY_LINE, 'bold')
  flow.y += BODY_LINE
  setLines(flow, lines, x, width, 0)
}

/** Body lines, justified to both margins except each paragraph's last. */
function setLines(
  flow: LayoutFlow,
  lines: BrokenLine[],
  x: number,
  width: number,
  firstIndent: number,
): void {
  const measure = flow.measure('regular', BODY_SIZE)
  lines.forEach((line, i) => {
    flow.ensure(BODY_LINE)
    const indent = i === 0 ? firstIndent : 0
    flow.text(line.text, x + indent, BODY_SIZE, BODY_LINE)
    const glyphs = Array.from(line.text).length
    if (!line.end && glyphs > 1) {
      const slack = width - indent - measure(line.text)
      // Stretch only what line breaking left over, never a short line.
      if (slack > 0 && slack < BODY_SIZE * 3) {
        const op = flow.ops[flow.ops.length - 1]
        if (op.op === 'text') op.charSpacing = slack / (glyphs - 1)
      }
    }
  })
}

const DEFAULT_SIGNATURE_LINES = ['法定代表人或授权代表：', '日期：　　　　年　　月　　日']
/**
 * Blank lines left for the seal between a party's name and its lines. The
 * seal is pressed over the name, so a lone signer (a quotation) needs less.
 */
const SEAL_LINES = 3
const LONE_SEAL_LINES = 2

/**
 * Two parties to a row, each box: the name (wrapped inside its own column so
 * a long name never runs into the other party's), room for the seal, then its
 * lines — started at one height across the row so they read as a form. A
 * party alone in its row signs on the right, where Chinese forms put the seal.
 * Signatures stay with the text they sign when they fit; the verification
 * line after them may go over to the next page.
 */
function layoutSignatures(flow: LayoutFlow, block: SignatureBlock): void {
  const column = TEXT_WIDTH / 2
  const measure = flow.measure('regular', BODY_SIZE)
  flow.y -= BODY_LINE
  for (let i = 0; i < block.parties.length; i += 2) {
    const alone = block.parties.length - i === 1
    // A lone party takes the right three fifths, so an address rarely wraps.
    const left = alone ? TEXT_WIDTH * 0.4 : 0
    const width = (alone ? TEXT_WIDTH * 0.6 : column) - BODY_SIZE
    const wrap = (text: string) => breakLines(text, width, measure).map((l) => l.text)
    const boxes = block.parties.slice(i, i + 2).map((party) => ({
      name: wrap(`${party.role}（盖章）：${party.name}`),
      lines: (party.lines ?? DEFAULT_SIGNATURE_LINES).flatMap(wrap),
    }))
    const nameRows = Math.max(...boxes.map((b) => b.name.length))
    const seal = alone ? LONE_SEAL_LINES : SEAL_LINES
    const rows = nameRows + seal + Math.max(...boxes.map((b) => b.lines.length))
    // The whole row of boxes stays on one page: a seal is never parted from its name.
    const rowHeight = BODY_LINE * (rows + 1)
    flow.ensure(rowHeight)
    const top = flow.y
    boxes.forEach((box, j) => {
      const x = MARGIN_LEFT + (alone ? left : j * column)
      flow.y = top
      for (const text of box.name) flow.text(text, x, BODY_SIZE, BODY_LINE)
      flow.y = top - BODY_LINE * (nameRows + seal)
      for (const text of box.lines) flow.text(text, x, BODY_SIZE, BODY_LINE)
    })
    flow.y = top - rowHeight
  }
}

function layoutVerification(flow: LayoutFlow, verification: Verification): void {
  const height = QR_SIZE + 12
  flow.ensure(height)
  const top = flow.y - 6
  flow.ops.push({
    op: 'line',
    x1: MARGIN_LEFT,
    y1: top,
    x2: MARGIN_LEFT + TEXT_WIDTH,
    y2: top,
    lineWidth: 0.5,
    gray: 0.5,
  })
  const qrLeft = MARGIN_LEFT + TEXT_WIDTH - QR_SIZE
  flow.ops.push(...qrRects(verification.qrText, qrLeft, top - 6, QR_SIZE))
  flow.y = top - 12
  flow.text(
    '文件校验：扫描右侧二维码或核对下列 SHA-256 值，与系统存档一致即为原件。',
    MARGIN_LEFT,
    VERIFY_SIZE,
    14,
  )
  flow.text(`SHA-256：${verification.sha256}`, MARGIN_LEFT, VERIFY_SIZE, 14)
  flow.y = top - height
}

function addRunningHeads(flow: LayoutFlow, model: DocumentModel): void {
  const total = flow.pages.length
  const measure = flow.measure('regular', RUNNING_SIZE)
  const right = MARGIN_LEFT + TEXT_WIDTH
  const numberText = runningNumber(model)
  flow.pages.forEach((ops, index) => {
    const footer = `第 ${index + 1} 页 共 ${total} 页`
    ops.push(
      {
        op: 'text',
        x: MARGIN_LEFT,
        y: HEADER_BASELINE,
        size: RUNNING_SIZE,
        weight: 'regular',
        text: model.company,
      },
      {
        op: 'text',
        x: right - measure(numberText),
        y: HEADER_BASELINE,
        size: RUNNING_SIZE,
        weight: 'regular',
        text: numberText,
      },
      {
        op: 'line',
        x1: MARGIN_LEFT,
        y1: HEADER_RULE_Y,
        x2: right,
        y2: HEADER_RULE_Y,
        lineWidth: 0.75,
        gray: 0,
      },
      {
        op: 'text',
        x: (PAGE_WIDTH - measure(footer)) / 2,
        y: FOOTER_BASELINE,
        size: RUNNING_SIZE,
        weight: 'regular',
        text: footer,
      },
    )
  })
}

const DRAFT_MARK = '草稿'

/** 编号：HT-202612-0001, with 第2版 from version 2 on and 草稿 before it for a draft. */
function runningNumber(model: Pick<DocumentModel, 'number' | 'version' | 'draft'>): string {
  const gap = '\u3000' // an ideographic space, as between the other header items
  const version = model.version && model.version > 1 ? `${gap}第${model.version}版` : ''
  return `${model.draft ? `${DRAFT_MARK}${gap}` : ''}编号：${model.number}${version}`
}

const DRAFT_SIZE = 120
const DRAFT_GRAY = 0.82
const DRAFT_ANGLE = 35

/**
 * 草稿 large and light across the middle of every page, drawn first so the
 * text stays black on top of it; a photocopy still shows it, and nobody can
 * take the page for the document of record.
 */
function addDraftMarks(flow: LayoutFlow): void {
  const width = flow.measure('bold', DRAFT_SIZE)(DRAFT_MARK)
  const angle = (DRAFT_ANGLE * Math.PI) / 180
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)]
  // The glyphs' middle is 0.38 em above the baseline (ascent 0.88, descent 0.12).
  const lift = DRAFT_SIZE * 0.38
  const x = PAGE_WIDTH / 2 - (width / 2) * cos + lift * sin
  const y = PAGE_HEIGHT / 2 - (width / 2) * sin - lift * cos
  for (const ops of flow.pages) {
    ops.unshift({
      op: 'text',
      x,
      y,
      size: DRAFT_SIZE,
      weight: 'bold',
      text: DRAFT_MARK,
      gray: DRAFT_GRAY,
      rotate: DRAFT_ANGLE,
    })
  }
}
