/**
 * One user action as a row of 操作日志 or 变更记录: when, who, the action's
 * word, the record (in the log) and what changed, a long list folded.
 * Fixed column widths: the time, the name and the action's badge keep their
 * one line at 1366 px whatever the changes hold; long values wrap in theirs.
 */
import { Badge, Button, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ActionView } from './changeText'
import { timeText } from './recordText'

/** Above this many lines an action folds to its first SHOWN. */
const FOLD = 8
const SHOWN = 6

const nowrap = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const

/** The columns' widths and headers; the changes take the rest. */
export function AuditColumns({ withRecord = false }: { withRecord?: boolean }) {
  const { t } = useTranslation()
  return (
    <>
      <colgroup>
        <col style={{ width: 150 }} />
        <col style={{ width: 110 }} />
        <col style={{ width: 110 }} />
        {withRecord && <col style={{ width: 230 }} />}
        <col />
      </colgroup>
      <Table.Thead>
        <Table.Tr>
          <Table.Th style={nowrap}>{t('audit.at')}</Table.Th>
          <Table.Th style={nowrap}>{t('audit.actor')}</Table.Th>
          <Table.Th style={nowrap}>{t('audit.action')}</Table.Th>
          {withRecord && <Table.Th style={nowrap}>{t('audit.target')}</Table.Th>}
          <Table.Th>{t('audit.changes')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
    </>
  )
}

export function ActionRow({ view, withRecord = false }: { view: ActionView; withRecord?: boolean }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const items = [
    ...view.lines.map((line) => ({ head: '', line })),
    ...view.parts.map((p) => ({
      head: `${p.action} ${p.record}`,
      line: p.lines.join(t('common.clauseSep')),
    })),
  ]
  const folded = !open && items.length > FOLD
  const shown = folded ? items.slice(0, SHOWN) : items
  return (
    <Table.Tr data-testid="audit-row">
      <Table.Td style={nowrap}>{timeText(view.at)}</Table.Td>
      <Table.Td style={nowrap} title={view.actorName}>
        {view.actorName}
      </Table.Td>
      <Table.Td>
        <Badge
          variant="light"
          size="sm"
          data-testid="audit-action"
          // Wraps between words (English) rather than cutting to "…".
          styles={{ root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal' } }}
        >
          {view.action}
        </Badge>
      </Table.Td>
      {withRecord && (
        <Table.Td data-testid="audit-record">
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {view.record}
          </Text>
        </Table.Td>
      )}
      <Table.Td data-testid="audit-changes" style={{ overflowWrap: 'anywhere' }}>
        {shown.map((item, i) => (
          <Text key={i} size="sm">
            {item.head && (
              <Text span size="sm" fw={500}>
                {item.head}
                {item.line && '：'}
              </Text>
            )}
            {item.line}
          </Text>
        ))}
        {items.length > FOLD && (
          <Button variant="subtle" size="compact-xs" px={0} onClick={() => setOpen((o) => !o)}>
            {open ? t('audit.less') : t('audit.more', { count: items.length - SHOWN })}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  )
}
