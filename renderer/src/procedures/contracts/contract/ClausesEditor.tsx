/** The contract's clauses: copied from the clause library, editable per contract. */
import { ActionIcon, Button, Group, Menu, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ContractClause } from '@shared/procedures/contracts/records'
import type { FieldErrors } from '../shared/fieldErrors'

interface Props {
  clauses: ContractClause[]
  library: readonly ContractClause[]
  onChange?: (clauses: ContractClause[]) => void
  errors?: FieldErrors
}

export function ClausesEditor({ clauses, library, onChange, errors = {} }: Props) {
  const { t } = useTranslation()
  const err = (path: string) => (errors[path] ? t(errors[path].key, errors[path].params) : undefined)
  const set = (i: number, patch: Partial<ContractClause>) =>
    onChange?.(clauses.map((c, k) => (k === i ? { ...c, ...patch } : c)))
  if (!onChange)
    return (
      <Stack gap={6}>
        {clauses.map((c, i) => (
          <Text key={i} size="sm">
            <b>{c.title}</b>：{c.text}
          </Text>
        ))}
      </Stack>
    )
  return (
    <Stack gap="xs" data-testid="clauses">
      {clauses.map((c, i) => (
        <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            w={140}
            size="xs"
            aria-label={t('contracts.clauses.title')}
            value={c.title}
            error={err(`clauses.${i}.title`)}
            onChange={(e) => set(i, { title: e.currentTarget.value })}
          />
          <Textarea
            style={{ flex: 1 }}
            size="xs"
            autosize
            minRows={1}
            aria-label={t('contracts.clauses.text')}
            value={c.text}
            error={err(`clauses.${i}.text`)}
            onChange={(e) => set(i, { text: e.currentTarget.value })}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('contracts.clauses.remove')}
            onClick={() => onChange(clauses.filter((_, k) => k !== i))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group gap="xs">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...clauses, { title: '', text: '' }])}
        >
          {t('contracts.clauses.add')}
        </Button>
        {library.length > 0 && (
          <Menu>
            <Menu.Target>
              <Button size="xs" variant="default">
                {t('contracts.clauses.fromLibrary')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {library.map((c, i) => (
                <Menu.Item key={i} onClick={() => onChange([...clauses, { ...c }])}>
                  {c.title}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
    </Stack>
  )
}
