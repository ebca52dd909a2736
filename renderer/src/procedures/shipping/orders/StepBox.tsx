/**
 * The current step of a purchase order or shipment, as a contract's step
 * panel shows it: what the department's rules require here (each quoted
 * with its clause) on the left, the actions this user may take on the
 * right; when the user may take none, who does.
 */
import { List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Role } from '@shared/auth/roles'
import type { ChecklistItem } from '@shared/procedures/kit/checklist'

interface Props {
  title: string
  checklist: readonly ChecklistItem[]
  /** Roles that act at this step, shown when `children` offer this user nothing. */
  whoMay: readonly Role[]
  hasActions: boolean
  children?: ReactNode
}

export function StepBox({ title, checklist, whoMay, hasActions, children }: Props) {
  const { t } = useTranslation()
  return (
    <Paper withBorder p="md" data-testid="step-panel">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <Title order={5}>{title}</Title>
          {checklist.length > 0 && (
            <div>
              <Text size="sm" fw={600}>
                {t('shippingOrders.checklist')}
              </Text>
              <List size="sm" spacing={4} mt={4}>
                {checklist.map((c) => (
                  <List.Item key={c.id}>
                    <Text size="sm">
                      「{c.rule}」
                      <Text span size="xs" c="dimmed" ml={4}>
                        {c.source}
                      </Text>
                    </Text>
                  </List.Item>
                ))}
              </List>
            </div>
          )}
        </Stack>
        <Stack gap="sm">
          {children}
          {!hasActions && whoMay.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('shippingOrders.noAction', { roles: whoMay.map((r) => t(`roles.${r}`)).join('、') })}
            </Text>
          )}
        </Stack>
      </SimpleGrid>
    </Paper>
  )
}
