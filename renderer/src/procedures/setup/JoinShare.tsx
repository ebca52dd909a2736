/**
 * The wizard's 加入已有共享文件夹: the folder, why it cannot be joined (at
 * the field), the first sync's progress, then what arrived and 去登录.
 * Nothing is created on this PC: company, users and records all come from
 * the share.
 */
import { Alert, Button, Group, Progress, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconArrowLeft, IconCloudDownload, IconLogin } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorText } from '../../components/errorText'
import type { JoinProgress } from '../../sync/joinFromStart'
import { ProbeResult } from '../sync/ProbeResult'
import { useJoinShare } from './useJoinShare'

/** The first sync's bar: counted once segments are found; `finished`: the join is over. */
function ProgressView({ progress, finished = false }: { progress: JoinProgress; finished?: boolean }) {
  const { t } = useTranslation()
  const counted = progress.phase === 'segments' && progress.total > 0
  const label =
    progress.phase === 'segments'
      ? t(finished ? 'join.applied' : 'join.segments', { done: progress.done, total: progress.total })
      : t(`join.${progress.phase}`)
  return (
    <Stack gap={6} data-testid="join-progress">
      <Text size="sm">{label}</Text>
      <Progress
        aria-label={label}
        size="lg"
        value={counted ? (100 * progress.done) / progress.total : 100}
        striped={!counted && !finished}
        animated={!counted && !finished}
      />
    </Stack>
  )
}

export function JoinShare({ initialRoot, onBack }: { initialRoot: string; onBack: () => void }) {
  const { t } = useTranslation()
  const join = useJoinShare()
  const [root, setRoot] = useState(initialRoot)
  const [missing, setMissing] = useState(false)
  const { state } = join
  const busy = state.step === 'probing' || state.step === 'joining'
  const done = state.step === 'done' ? state.result : null
  const tried = join.refusal !== null || join.failure !== null

  const submit = () => {
    const path = root.trim()
    setMissing(path === '')
    if (path) void join.start(path)
  }

  const fieldError = missing
    ? t('sync.rootRequired')
    : join.refusal
      ? t(join.refusal.key, join.refusal.params)
      : null

  return (
    <Stack gap="md">
      <div>
        <Title order={4}>{t('join.title')}</Title>
        <Text size="sm" c="dimmed" mt={4}>
          {t('join.intro')}
        </Text>
      </div>
      {initialRoot && !done && !tried && (
        <Alert color="yellow" variant="light">
          {t('join.resume')}
        </Alert>
      )}
      <Group align="flex-start" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label={t('sync.root')}
          description={t('sync.rootHint')}
          placeholder="\\服务器\商务部"
          value={root}
          onChange={(e) => {
            setRoot(e.currentTarget.value)
            setMissing(false)
            join.clear()
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !busy && !done) submit()
          }}
          error={fieldError}
          disabled={busy || done !== null}
          spellCheck={false}
          data-autofocus
        />
        {!done && (
          <Button mt={46} leftSection={<IconCloudDownload size={16} />} loading={busy} onClick={submit}>
            {tried ? t('join.retry') : t('join.submit')}
          </Button>
        )}
      </Group>
      {join.failure !== null && (
        <Alert color="red" variant="light">
          {errorText(t, join.failure)}
        </Alert>
      )}
      {/* What the last test found, while the folder is still the one tested. */}
      {join.probe && join.probe.root === root.trim() && !done && (
        <ProbeResult probe={join.probe} notShareText={t('join.probeNotShare')} />
      )}
      {state.step === 'joining' && <ProgressView progress={state.progress} />}
      {done && (
        <Stack gap="sm" data-testid="join-done">
          <ProgressView
            progress={{ phase: 'segments', done: done.segments, total: done.segments + done.waiting }}
            finished
          />
          <Alert color="teal" variant="light">
            <Text size="sm">{t('join.summary', { users: done.users, records: done.records })}</Text>
            {done.waiting > 0 && <Text size="sm">{t('join.waitingNote', { count: done.waiting })}</Text>}
            <Text size="sm" fw={500} mt={4}>
              {t('join.signInHint')}
            </Text>
          </Alert>
        </Stack>
      )}
      <Group justify="space-between" mt="md">
        {done ? (
          <span />
        ) : (
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} disabled={busy} onClick={onBack}>
            {t('join.back')}
          </Button>
        )}
        {done && (
          <Button leftSection={<IconLogin size={16} />} onClick={join.finish}>
            {t('join.toSignIn')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
