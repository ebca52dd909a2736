/**
 * One 对账单: the customer, the period, the figures frozen when it was
 * produced, where it stands (已发出, the 回执 and its difference, how the
 * difference was settled), the step panel with the actions this user may
 * take (StatementStepActions), the PDF to print and send, and the period's
 * contracts, invoices and receipts as the statement lists them.
 */
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { formatFen } from '@shared/kernel/money'
import { statementChecklists } from '@shared/procedures/collections/checklist'
import { orderedEntries } from '@shared/procedures/collections/documents/statementDocument'
import { statementMachine } from '@shared/procedures/collections/machines/statement'
import type { StatementRecord } from '@shared/procedures/collections/records'
import { answerDueOn } from '@shared/procedures/collections/statements'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { readStatementEntries } from '../../../data/repositories/collections/statementsReads'
import { useActor } from '../../../stores/session'
import { DocumentButton } from '../../contracts/documents/DocumentButton'
import { StepBox } from '../../shipping/orders/StepBox'
import { whoMayAct } from '../../shipping/orders/shippingView'
import { periodLabel, statementModelById } from './statementModels'
import { StatementStepActions } from './StatementStepActions'
import { statementStepColor } from './statementView'

const FIGURES = ['openingFen', 'contractsFen', 'invoicedFen', 'receivedFen', 'closingFen'] as const

export function StatementPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const actor = useActor()
  const loaded = useLiveQuery(async () => {
    const db = appDb()
    const statement = await db.statements.get(id)
    if (!statement || statement.deletedAt) return null
    const [customer, entries] = await Promise.all([
      db.customers.get(statement.customerId),
      readStatementEntries(db, statement.customerId, statement.period),
    ])
    return { statement, customerName: String(customer?.name ?? ''), entries: orderedEntries(entries) }
  }, [id])
  if (loaded === undefined) return <Loader />
  if (!loaded) return <Text c="red">{t('errors.data.notFound')}</Text>
  const { statement: s, customerName, entries } = loaded
  const open = statementMachine.actionsAt(s.step, actor.roles)

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to={`/statements?period=${s.period}`} size="sm">
          {t('statementsScreen.title')}
        </Anchor>
        <Text size="sm">{s.number}</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={3}>
            {t('statementsScreen.one')} {s.number}
          </Title>
          <Badge color={statementStepColor[s.step]} data-testid="statement-step">
            {t(`collections.statements.steps.${s.step}`)}
          </Badge>
        </Group>
        <DocumentButton label={t('statementsScreen.print')} build={() => statementModelById(appDb(), s.id)} />
      </Group>
      <Text size="sm">
        {t('statementFields.customerId')}：{customerName}
        {'\u3000'}
        {t('statementFields.period')}：{periodLabel(t, s.period)}
      </Text>
      <Paper withBorder p="md" data-testid="statement-figures">
        <Text size="sm" fw={600} mb="xs">
          {t('statementsScreen.figures', { asOf: s.asOf })}
        </Text>
        <SimpleGrid cols={5}>
          {FIGURES.map((f) => (
            <Stack key={f} gap={0}>
              <Text size="xs" c="dimmed">
                {t(`statementFields.${f}`)}
              </Text>
              <Text fw={f === 'closingFen' ? 700 : 400}>{formatFen(s[f])}</Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Paper>
      <Facts s={s} />
      {!statementMachine.isEnded(s.step) && (
        <StepBox
          title={t(`collections.statements.steps.${s.step}`)}
          checklist={statementChecklists[s.step] ?? []}
          whoMay={whoMayAct(statementMachine, s.step)}
          hasActions={open.length > 0}
        >
          {open.length > 0 && <StatementStepActions key={s.step} statement={s} open={open} />}
        </StepBox>
      )}
      <Paper withBorder p="md">
        <Text size="sm" fw={600} mb="xs">
          {t('statementsScreen.entries')}
        </Text>
        {entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('statementsScreen.noEntries')}
          </Text>
        ) : (
          <Table withTableBorder fz="sm" data-testid="statement-entries">
            <Table.Thead>
              <Table.Tr>
                {(['date', 'kind', 'number', 'text'] as const).map((c) => (
                  <Table.Th key={c}>{t(`statementsScreen.entryColumns.${c}`)}</Table.Th>
                ))}
                <Table.Th ta="right">{t('statementsScreen.entryColumns.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={`${e.kind}:${e.number}:${e.date}`}>
                  <Table.Td>{e.date}</Table.Td>
                  <Table.Td>{t(`statementsScreen.entryKinds.${e.kind}`)}</Table.Td>
                  <Table.Td>{e.number}</Table.Td>
                  <Table.Td>{e.text}</Table.Td>
                  <Table.Td ta="right">{formatFen(e.amountFen)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  )
}

/** What has happened to it: sent, the 回执 with its difference, the settlement. */
function Facts({ s }: { s: StatementRecord }) {
  const { t } = useTranslation()
  if (!s.sentOn) return null
  return (
    <Stack gap={2} data-testid="statement-facts">
      <Text size="sm">
        {t('statementsScreen.sentFacts', { sentOn: s.sentOn, dueOn: answerDueOn(s.sentOn) })}
      </Text>
      {s.answer && (
        <Text size="sm">
          {t('statementsScreen.answerFacts', {
            returnedOn: s.returnedOn,
            answer: t(`collections.statements.answers.${s.answer}`),
          })}
        </Text>
      )}
      {s.answer === 'differ' && (
        <Text size="sm">
          {t('statementsScreen.differenceFacts', {
            difference: formatFen(s.differenceFen),
            explanation: s.explanation,
          })}
        </Text>
      )}
      {s.resolvedOn && (
        <Text size="sm">
          {t('statementsScreen.resolvedFacts', { resolvedOn: s.resolvedOn, resolution: s.resolution })}
        </Text>
      )}
    </Stack>
  )
}
