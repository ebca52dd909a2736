/**
 * 重复编号与档案: records of one kind sharing a business key (a contract
 * number, a 统一社会信用代码, an account) — made on two PCs and met through
 * sync, or kept on purpose before — listed on every PC, side by side, for
 * whoever may edit that kind of record to settle. Read live: settled on
 * another PC, a group goes once that has synced.
 */
import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { readDevice } from '../../data/deviceMeta'
import { refreshDuplicates } from '../../data/duplicates'
import { useLiveQuery } from '../../data/live'
import {
  keepDuplicates,
  mergeDuplicate,
  renameDuplicate,
  renumberDuplicate,
} from '../../data/repositories/duplicatesRepo'
import { useActor, useWriteContext } from '../../stores/session'
import { useSyncStatus } from '../../stores/syncStatus'
import { procedureScreens } from '../registry'
import { pathOf } from '../screens'
import { maySettle } from './conflictText'
import { type DuplicateAction, DuplicateGroupCard, keyLabel, shownName } from './DuplicateGroupCard'
import { type DuplicateView, loadDuplicateViews } from './duplicateView'

type Asking = { view: DuplicateView; action: Extract<DuplicateAction, { how: 'rename' | 'keepBoth' }> }

export function DuplicatesPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const write = useWriteContext()
  const views = useLiveQuery(() => loadDuplicateViews(appDb()), [])
  const self = useLiveQuery(() => readDevice(appDb()), [])?.deviceId
  const [busy, setBusy] = useState<string | null>(null)
  const [asking, setAsking] = useState<Asking | null>(null)
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)

  // Records written since the list was last worked out (this PC's, or another's through sync).
  useEffect(() => {
    void refreshDuplicates(appDb())
  }, [])

  const run = async (view: DuplicateView, work: () => Promise<string>): Promise<boolean> => {
    setBusy(view.group.id)
    try {
      notifications.show({ color: 'green', message: await work() })
      await refreshDuplicates(appDb())
      useSyncStatus.getState().requestSync()
      return true
    } catch (err) {
      setError(errorText(t, err))
      notifications.show({ color: 'red', message: errorText(t, err) })
      return false
    } finally {
      setBusy(null)
    }
  }

  const act = (view: DuplicateView, action: DuplicateAction) => {
    const { t: table, key } = view.group
    setError(null)
    if (action.how === 'renumber')
      void run(view, async () => {
        const number = await renumberDuplicate(appDb(), { table, key: key.name, id: action.id }, write())
        return t('sync.duplicates.renumbered', { number })
      })
    else if (action.how === 'merge') {
      const others = view.group.rows.filter((r) => r.id !== action.keepId).map((r) => String(r.id))
      modals.openConfirmModal({
        title: t('sync.duplicates.mergeTitle'),
        children: (
          <Text size="sm">
            {t('sync.duplicates.mergeBody', {
              kept: shownName(view, action.keepId),
              others: others.map((id) => shownName(view, id)).join(t('common.listSep')),
            })}
          </Text>
        ),
        labels: { confirm: t('sync.duplicates.merge'), cancel: t('common.cancel') },
        onConfirm: () =>
          void run(view, async () => {
            for (const retireId of others)
              await mergeDuplicate(
                appDb(),
                { table, key: key.name, keepId: action.keepId, retireId },
                write(),
              )
            return t('sync.duplicates.merged')
          }),
      })
    } else {
      setText(action.how === 'rename' ? view.group.valueText : '')
      setAsking({ view, action })
    }
  }

  const submitAsked = async () => {
    if (!asking) return
    const { view, action } = asking
    const { t: table, key } = view.group
    const ok = await run(view, async () => {
      if (action.how === 'rename') {
        await renameDuplicate(appDb(), { table, key: key.name, id: action.id, value: text }, write())
        return t('sync.duplicates.renamed')
      }
      const ids = view.group.rows.map((r) => String(r.id))
      await keepDuplicates(appDb(), { table, key: key.name, ids, reason: text }, write())
      return t('sync.duplicates.kept')
    })
    if (ok) setAsking(null)
  }

  return (
    <Stack>
      <Title order={3}>{t('sync.duplicates.title')}</Title>
      <Text size="sm" c="dimmed" maw={860}>
        {t('sync.duplicates.intro')}
      </Text>
      {views?.length === 0 && (
        <Alert color="teal" variant="light">
          {t('sync.duplicates.none')}
        </Alert>
      )}
      {views?.map((v) => (
        <DuplicateGroupCard
          key={v.group.id}
          view={v}
          self={self}
          allowed={maySettle(actor, v.group.t)}
          busy={busy === v.group.id}
          placeOf={(id) => {
            const path = pathOf(procedureScreens, { table: v.group.t, id })
            return path === '/' ? null : path
          }}
          onAction={(a) => act(v, a)}
          onOpen={(path) => navigate(path)}
        />
      ))}
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={
          asking?.action.how === 'rename'
            ? t('sync.duplicates.renameTitle', { name: shownName(asking.view, asking.action.id) })
            : t('sync.duplicates.keepTitle')
        }
      >
        {asking && (
          <form
            onSubmit={(e) => {
              e.preventDefault()
              void submitAsked()
            }}
          >
            <Stack>
              {asking.action.how === 'rename' ? (
                <TextInput
                  label={t('sync.duplicates.renameLabel', { field: keyLabel(t, asking.view) })}
                  value={text}
                  error={error}
                  data-autofocus
                  onChange={(e) => setText(e.currentTarget.value)}
                />
              ) : (
                <>
                  <Text size="sm">{t('sync.duplicates.keepBody')}</Text>
                  <Textarea
                    label={t('sync.duplicates.reason')}
                    value={text}
                    error={error}
                    autosize
                    minRows={2}
                    data-autofocus
                    onChange={(e) => setText(e.currentTarget.value)}
                  />
                </>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setAsking(null)}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={busy === asking.view.group.id}>
                  {t('common.confirm')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </Stack>
  )
}
