/** What 测试文件夹 found: 可写, 重命名, 时钟偏差, and whether the folder already is a share. */
import { Alert, Badge, Group, Stack, Table, Text } from '@mantine/core'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { ShareProbe } from '@shared/ipc/shareContract'
import { judgeClock } from '../../sync/publishGuard'

function Verdict({ ok }: { ok: boolean }) {
  const { t } = useTranslation()
  return (
    <Badge color={ok ? 'teal' : 'red'} variant="light">
      {t(ok ? 'sync.probeResult.ok' : 'sync.probeResult.failed')}
    </Badge>
  )
}

/** `notShareText`: what a folder without a share is called (settings offers 新建 there; the wizard's join refuses it). */
export function ProbeResult({ probe, notShareText }: { probe: ShareProbe; notShareText?: string }) {
  const { t } = useTranslation()
  const clock = judgeClock(probe.clockOffsetMs)
  const seconds = probe.clockOffsetMs === null ? null : Math.round(probe.clockOffsetMs / 1000)
  return (
    <Stack gap="xs" data-testid="probe-result">
      <Table withTableBorder maw={520} aria-label={t('sync.probeResult.title')}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={140}>{t('sync.probeResult.writable')}</Table.Th>
            <Table.Td>
              <Verdict ok={probe.writable} />
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('sync.probeResult.rename')}</Table.Th>
            <Table.Td>
              <Verdict ok={probe.renameWorks} />
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('sync.probeResult.clock')}</Table.Th>
            <Table.Td>
              <Group gap="xs">
                <Text size="sm">
                  {seconds === null
                    ? t('sync.probeResult.unknown')
                    : t('sync.probeResult.seconds', { seconds })}
                </Text>
                {seconds !== null && <Verdict ok={clock !== 'stop'} />}
              </Group>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('sync.probeResult.share')}</Table.Th>
            <Table.Td>
              <Text size="sm">
                {probe.format
                  ? t('sync.probeResult.isShare', {
                      date: dayjs(probe.format.createdAt).format('YYYY-MM-DD'),
                    })
                  : (notShareText ?? t('sync.probeResult.notShare'))}
              </Text>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {clock !== 'ok' && (
        <Alert color={clock === 'stop' ? 'red' : 'yellow'} variant="light">
          {t(clock === 'stop' ? 'sync.probeResult.clockStop' : 'sync.probeResult.clockWarn')}
        </Alert>
      )}
    </Stack>
  )
}
