/**
 * The product lines of a quotation, contract, change agreement or phone
 * order: pick a product (found by name, pinyin, code or model; its name,
 * spec, unit, list price and tax rate are filled in) or type one, then
 * quantity, unit price, discount and tax. The amount and the totals (with
 * 人民币大写) follow every keystroke. Problems are shown in the cell they
 * belong to. Lines can be entered from the keyboard alone (useLinesKeyboard).
 */
import { Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { amountInWords, formatFen } from '@shared/kernel/money'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { tradeTotals } from '@shared/procedures/contracts/lines'
import type { LineInput } from '@shared/procedures/contracts/schema'
import type { FieldErrors } from './fieldErrors'
import { RecordSelect } from './RecordSelect'
import { AddRowButton, patchRow, RemoveRowCell, TableProblem } from './RowTableParts'
import { ScaledTextInput } from './ScaledTextInput'
import { useLinesKeyboard } from './useLinesKeyboard'

interface Props {
  lines: LineInput[]
  onChange?: (lines: LineInput[]) => void
  /** Problems by field path, e.g. 'lines.0.qty'. */
  errors?: FieldErrors
  /** Contracts show each line's quoted price beside the negotiated one. */
  showQuoted?: boolean
}

/**
 * Widths (px) of the number inputs, each enough for the largest value a
 * clerk types there at the xs size (数量 1000000, 含税单价 1234567.89 after ¥,
 * a rate like 12.55 before %). A table cell gives a 100 %-wide input no width
 * of its own, so without these the columns squeeze to their headers and the
 * values are cut off ("43200.0…"); with them, the product column takes what
 * is left and the table scrolls in its box when the window is narrower still.
 */
const INPUT_W = { unit: 52, qty: 72, money: 106, percent: 64 } as const
/** The ¥ and % beside a number: narrower than Mantine's square section. */
const SECTION_W = 22

export function emptyLine(): LineInput {
  return {
    productId: '',
    name: '',
    spec: '',
    unit: '台',
    qty: 1,
    quotedUnitFen: null,
    unitFen: 0,
    discountBp: 0,
    taxRateBp: 1300,
    note: '',
  }
}

/** Totals of lines that may still hold half-typed values: those are left out. */
export function safeTotals(lines: readonly LineInput[]) {
  const ok = lines.filter(
    (l) =>
      Number.isSafeInteger(l.qty) &&
      l.qty > 0 &&
      Number.isSafeInteger(l.unitFen) &&
      l.unitFen >= 0 &&
      Number.isInteger(l.discountBp) &&
      l.discountBp >= 0 &&
      l.discountBp <= 10_000 &&
      Number.isInteger(l.taxRateBp) &&
      l.taxRateBp >= 0 &&
      l.taxRateBp <= 10_000,
  )
  return tradeTotals(ok)
}

const text = (v: unknown) => (typeof v === 'string' ? v : '')
/** A product as its option and the box read it: name and spec. */
const productLabel = (p: AnyRecord) => [text(p.name), text(p.spec)].filter(Boolean).join(' ')
/** Beside it, dimmed: what else a clerk may have typed to find it. */
const productNote = (p: AnyRecord) => [text(p.model), text(p.code)].filter(Boolean).join(' · ')

export function LinesEditor({ lines, onChange, errors = {}, showQuoted }: Props) {
  const { t } = useTranslation()
  const readOnly = !onChange
  const { tableRef, focusAfterRender, append, onKeyDown, onBlur } = useLinesKeyboard(
    lines,
    onChange,
    emptyLine,
  )
  const err = (i: number, f: string) => {
    const e = errors[`lines.${i}.${f}`]
    return e ? t(e.key, e.params) : undefined
  }
  const set = (i: number, patch: Partial<LineInput>) => onChange?.(patchRow(lines, i, patch))
  const pick = (i: number, p: AnyRecord | undefined) => {
    if (!p) return set(i, { productId: '' })
    // 数量 next: name, spec, unit, price and rate came from the catalogue.
    focusAfterRender(i, 'qty')
    set(i, {
      productId: p.id,
      name: text(p.name),
      spec: text(p.spec),
      unit: text(p.unit) || '台',
      unitFen: typeof p.listPriceFen === 'number' ? p.listPriceFen : 0,
      taxRateBp: typeof p.taxRateBp === 'number' ? p.taxRateBp : 1300,
    })
  }
  const totals = safeTotals(lines)

  return (
    <div ref={tableRef} onBlur={onBlur}>
      <Table.ScrollContainer minWidth={980} scrollAreaProps={{ type: 'auto' }}>
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={4}
          horizontalSpacing={6}
          fz="sm"
          data-testid="lines"
          style={{ whiteSpace: 'nowrap' }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>{t('contracts.line.no')}</Table.Th>
              <Table.Th miw={300}>{t('contracts.line.product')}</Table.Th>
              <Table.Th>{t('contracts.line.unit')}</Table.Th>
              <Table.Th>{t('contracts.line.qty')}</Table.Th>
              {showQuoted && <Table.Th>{t('contracts.line.quoted')}</Table.Th>}
              <Table.Th>{t('contracts.line.unitPrice')}</Table.Th>
              <Table.Th>{t('contracts.line.discount')}</Table.Th>
              <Table.Th>{t('contracts.line.taxRate')}</Table.Th>
              <Table.Th ta="right">{t('contracts.line.amount')}</Table.Th>
              {!readOnly && <Table.Th w={40} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody onKeyDown={onKeyDown}>
            {lines.map((l, i) => (
              <Table.Tr key={l.id ?? `new-${i}`} data-line={i}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  {readOnly ? (
                    <Text size="sm">{[l.name, l.spec].filter(Boolean).join(' ')}</Text>
                  ) : (
                    <Stack gap={4}>
                      <RecordSelect
                        table="products"
                        size="xs"
                        clearable
                        allowDeselect={false}
                        placeholder={t('contracts.line.pick')}
                        optionLabel={productLabel}
                        optionNote={productNote}
                        value={l.productId}
                        onChange={(_, p) => pick(i, p)}
                        aria-label={t('contracts.line.pick')}
                        data-cell="product"
                        nothingFoundMessage={t('archives.noMatch')}
                      />
                      <Group gap={4} wrap="nowrap" align="flex-start">
                        <TextInput
                          size="xs"
                          style={{ flex: 1 }}
                          aria-label={t('contracts.line.name')}
                          placeholder={t('contracts.line.name')}
                          value={l.name}
                          error={err(i, 'name')}
                          onChange={(e) => set(i, { name: e.currentTarget.value })}
                        />
                        <TextInput
                          size="xs"
                          style={{ flex: 1 }}
                          aria-label={t('contracts.line.spec')}
                          placeholder={t('contracts.line.spec')}
                          value={l.spec}
                          onChange={(e) => set(i, { spec: e.currentTarget.value })}
                        />
                      </Group>
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td>
                  {readOnly ? (
                    l.unit
                  ) : (
                    <TextInput
                      size="xs"
                      w={INPUT_W.unit}
                      aria-label={t('contracts.line.unit')}
                      value={l.unit}
                      onChange={(e) => set(i, { unit: e.currentTarget.value })}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {readOnly ? (
                    l.qty
                  ) : (
                    <NumberInput
                      size="xs"
                      w={INPUT_W.qty}
                      hideControls
                      allowDecimal={false}
                      aria-label={t('contracts.line.qty')}
                      data-cell="qty"
                      value={l.qty}
                      error={err(i, 'qty')}
                      onChange={(v) => set(i, { qty: typeof v === 'number' ? v : Number.NaN })}
                    />
                  )}
                </Table.Td>
                {showQuoted && (
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {l.quotedUnitFen === null ? '—' : formatFen(l.quotedUnitFen)}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td>
                  {readOnly ? (
                    formatFen(l.unitFen)
                  ) : (
                    <ScaledTextInput
                      size="xs"
                      w={INPUT_W.money}
                      leftSectionWidth={SECTION_W}
                      scale="money"
                      aria-label={t('contracts.line.unitPrice')}
                      value={l.unitFen}
                      error={err(i, 'unitFen')}
                      onValue={(v) => set(i, { unitFen: v ?? 0 })}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {readOnly ? (
                    `${l.discountBp / 100}%`
                  ) : (
                    <ScaledTextInput
                      size="xs"
                      w={INPUT_W.percent}
                      rightSectionWidth={SECTION_W}
                      scale="percent"
                      aria-label={t('contracts.line.discount')}
                      value={l.discountBp}
                      error={err(i, 'discountBp')}
                      onValue={(v) => set(i, { discountBp: v ?? 0 })}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {readOnly ? (
                    `${l.taxRateBp / 100}%`
                  ) : (
                    <ScaledTextInput
                      size="xs"
                      w={INPUT_W.percent}
                      rightSectionWidth={SECTION_W}
                      scale="percent"
                      aria-label={t('contracts.line.taxRate')}
                      value={l.taxRateBp}
                      error={err(i, 'taxRateBp')}
                      onValue={(v) => set(i, { taxRateBp: v ?? 0 })}
                    />
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatFen(safeTotals([l]).totalFen)}</Table.Td>
                {onChange && (
                  <RemoveRowCell
                    label={t('contracts.line.remove', { n: i + 1 })}
                    onRemove={() => onChange(lines.filter((_, k) => k !== i))}
                  />
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TableProblem errors={errors} field="lines" />
      {!readOnly && (
        <Text size="xs" c="dimmed" mt={4} data-testid="lines-keys-hint">
          {t('contracts.line.keysHint')}
        </Text>
      )}
      <Group justify="space-between" mt="xs" align="flex-start">
        <AddRowButton label={t('contracts.line.add')} onAdd={onChange && (() => append(false))} />
        <div style={{ textAlign: 'right' }} data-testid="totals">
          <Text size="sm">
            {t('contracts.totals.net')} {formatFen(totals.netFen)} · {t('contracts.totals.tax')}{' '}
            {formatFen(totals.taxFen)}
          </Text>
          <Text fw={600}>
            {t('contracts.totals.total')} {formatFen(totals.totalFen)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('contracts.totals.inWords')}：{amountInWords(totals.totalFen)}
          </Text>
        </div>
      </Group>
    </div>
  )
}
