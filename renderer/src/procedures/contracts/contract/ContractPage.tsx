/**
 * One sales contract: where it stands in the procedure (起草 → … → 已结算),
 * its content, the current step's checklist and actions, and in tabs its
 * approvals, scans, change agreements and history.
 */
import { Anchor, Badge, Breadcrumbs, Group, Loader, Stack, Stepper, Tabs, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { formatFen } from '@shared/kernel/money'
import { contractMachine } from '@shared/procedures/contracts/machines/contract'
import type { SettingValues } from '@shared/settings/settingKeys'
import { appDb } from '../../../data/db'
import { useLandingTab } from '../../../components/useLandingTab'
import { useLiveQuery } from '../../../data/live'
import { readSettings } from '../../../data/repositories/settingsRepo'
import { AttachmentsSection } from '../../archives/AttachmentsSection'
import { RecordHistory } from '../../archives/RecordHistory'
import { ChangesSection } from '../changes/ChangesSection'
import { ApprovalPanel } from '../shared/ApprovalPanel'
import { DuplicateWarning } from '../../sync/DuplicateWarning'
import { RecordPanelBodies, RecordPanelTabs } from '../../recordPanels'
import { approvalFormModel, contractModel } from '../documents/documentModels'
import { DocumentButton } from '../documents/DocumentButton'
import { ContractForm } from './ContractForm'
import { contractFormValues, newContractValues } from './contractForm'
import { approvalsNotFixed, cutShort, performed, stepColor, stepperSteps } from './contractStepView'
import { PerformancePanel } from './PerformancePanel'
import { StepPanel } from './StepPanel'
import { useContract } from './useContract'

export function ContractPage() {
  const { id = 'new' } = useParams()
  const settings = useLiveQuery(() => readSettings(appDb()), [])
  if (!settings) return <Loader />
  if (id === 'new') return <NewContract settings={settings} />
  return <ExistingContract id={id} settings={settings} />
}

function Crumbs({ title }: { title: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Breadcrumbs>
      <Anchor onClick={() => navigate('/contracts')}>{t('contracts.title')}</Anchor>
      <Text>{title}</Text>
    </Breadcrumbs>
  )
}

function NewContract({ settings }: { settings: SettingValues }) {
  const { t } = useTranslation()
  return (
    <Stack gap="md">
      <Crumbs title={t('contracts.create')} />
      <Title order={3}>{t('contracts.create')}</Title>
      <ContractForm
        contract={null}
        initial={newContractValues(settings['contracts.clauseLibrary'])}
        editable
        settings={settings}
      />
    </Stack>
  )
}

function ExistingContract({ id, settings }: { id: string; settings: SettingValues }) {
  const { t } = useTranslation()
  const loaded = useContract(id)
  const { tab, setTab, scrollRef } = useLandingTab('approvals')
  if (loaded === undefined) return <Loader />
  if (loaded === null) return <Text c="red">{t('errors.data.notFound')}</Text>
  const { contract: c, lines, milestones } = loaded
  const ended = cutShort(c.step)
  // A contract carried through to its end shows every step done.
  const active = contractMachine.isEnded(c.step) ? stepperSteps.length : stepperSteps.indexOf(c.step)
  return (
    <Stack gap="md">
      <Crumbs title={c.number} />
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={3}>
            {c.number} · {c.title}
          </Title>
          <Badge color={stepColor(c.step)} data-testid="contract-step">
            {t(`contracts.steps.${c.step}`)}
          </Badge>
          <Badge variant="outline" data-testid="contract-version">
            {t('contracts.version', { n: c.version })}
          </Badge>
        </Group>
        <Group gap="md">
          <Text fw={600}>
            {t('contracts.amount')} {formatFen(c.totalFen)}
          </Text>
          <DocumentButton
            label={t('contracts.documents.contract')}
            build={() => contractModel(appDb(), c.id, new Date().toISOString())}
          />
          {c.requiredApprovals.length > 0 && (
            <DocumentButton
              label={t('contracts.documents.approvalForm')}
              build={() => approvalFormModel(appDb(), 'contracts', c.id, new Date().toISOString())}
            />
          )}
        </Group>
      </Group>
      <DuplicateWarning table="contracts" id={c.id} />
      {ended ? (
        <Text c="dimmed">
          {t(`contracts.steps.${c.step}`)}：{c.reason}（{c.endedOn}）
        </Text>
      ) : (
        <Stepper active={active} size="xs" iconSize={24}>
          {stepperSteps.map((s) => (
            <Stepper.Step key={s} label={t(`contracts.steps.${s}`)} />
          ))}
        </Stepper>
      )}
      <StepPanel contract={c} />
      {c.legalBy && (
        <Text size="sm" c="dimmed">
          {t('contracts.legal.by', { name: c.legalBy, date: c.legalOn })}：{c.legalOpinion}
          {c.riskAssessment ? `；${t('contracts.legal.risk')}：${c.riskAssessment}` : ''}
        </Text>
      )}
      <ContractForm
        key={`${c.id}:${c.step}:${c.version}`}
        contract={c}
        initial={contractFormValues(c, lines, milestones)}
        editable={contractMachine.isEditable(c.step)}
        settings={settings}
      />
      {performed(c.step) && <PerformancePanel contract={c} milestones={milestones} />}
      <Tabs ref={scrollRef} value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="approvals">{t('contracts.tabs.approvals')}</Tabs.Tab>
          <Tabs.Tab value="attachments">{t('contracts.tabs.attachments')}</Tabs.Tab>
          <Tabs.Tab value="changes">{t('contracts.tabs.changes')}</Tabs.Tab>
          {/* Other procedures' tabs: shipping's 发货 (purchase orders, shipments, vouchers). */}
          <RecordPanelTabs table="contracts" />
          <Tabs.Tab value="history">{t('contracts.tabs.history')}</Tabs.Tab>
        </Tabs.List>
        <RecordPanelBodies table="contracts" id={c.id} />
        <Tabs.Panel value="approvals" pt="sm">
          {approvalsNotFixed(c.step) ? (
            <Text c="dimmed" size="sm">
              {t('contracts.approvals.afterLegal')}
            </Text>
          ) : (
            <ApprovalPanel table="contracts" subject={c} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="attachments" pt="sm">
          <AttachmentsSection owner={{ table: 'contracts', id: c.id }} ownerArchived={ended} />
        </Tabs.Panel>
        <Tabs.Panel value="changes" pt="sm">
          <ChangesSection contract={c} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="sm">
          <RecordHistory table="contracts" rowId={c.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
