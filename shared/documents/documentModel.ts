/**
 * The document model: what a printed document says, not how it is laid out.
 * Main turns it into a PDF (electron/main/services/documents); the same model
 * always gives the same bytes, so it carries its own dates and nothing else
 * about the moment it was printed.
 */

/** Contracts are set in Noto Serif SC, forms in Noto Sans SC. */
export type DocumentStyle = 'contract' | 'form'

export interface DocumentModel {
  style: DocumentStyle
  /** What kind of document this is, e.g. 销售合同; carried in the QR code. */
  type: string
  /** The document number (合同编号 …), printed in every page header. */
  number: string
  /** Printed in every page header. */
  company: string
  title: string
  /** ISO 8601; becomes the PDF's creation and modification date. */
  issuedAt: string
  /**
   * The version of what it records, from 2 on (a contract after change
   * agreements): every page header says 第N版 beside the number, and the
   * file is saved as `<number>-V<N>.pdf`, so versions are told apart on
   * paper and on disk.
   */
  version?: number
  /**
   * Not a document of record yet (a contract before its text is approved, a
   * quotation not issued): 草稿 stands large across every page and in every
   * page header, and the file is saved as `<number>-草稿.pdf`.
   */
  draft?: boolean
  blocks: DocumentBlock[]
}

export type DocumentBlock =
  HeadingBlock | ParagraphBlock | ClauseBlock | TableBlock | SignatureBlock | SpacerBlock

export interface HeadingBlock {
  kind: 'heading'
  text: string
}

export interface ParagraphBlock {
  kind: 'paragraph'
  text: string
  /** Chinese body text starts with a two-character indent. */
  indent?: boolean
}

/** A numbered clause: the number hangs to the left of its wrapped text. */
export interface ClauseBlock {
  kind: 'clause'
  /** e.g. 第一条, 1.2 */
  number: string
  text: string
}

export type ColumnAlign = 'left' | 'center' | 'right'

export interface TableColumn {
  header: string
  /** Relative width; columns share the text width in proportion. */
  width: number
  align?: ColumnAlign
}

/** A table whose header row repeats on every page it runs onto. */
export interface TableBlock {
  kind: 'table'
  columns: TableColumn[]
  rows: string[][]
}

export interface SignatureParty {
  /** e.g. 甲方, 乙方 */
  role: string
  name: string
  /**
   * The lines under the name and the room for the seal; absent means
   * 法定代表人或授权代表 and 日期. A quotation's seller signs with 经办人 instead.
   */
  lines?: string[]
}

/** Signature and seal blocks, two parties to a row; never split across pages. */
export interface SignatureBlock {
  kind: 'signatures'
  parties: SignatureParty[]
}

export interface SpacerBlock {
  kind: 'spacer'
  /** In points. */
  height: number
}
