/** The line that says a record became a contract, with the link to open it. */
import { Anchor, Group, Text } from '@mantine/core'
import { useNavigate } from 'react-router'

interface Props {
  text: string
  openLabel: string
  contractId: string
}

export function ContractLink({ text, openLabel, contractId }: Props) {
  const navigate = useNavigate()
  return (
    <Group gap="sm">
      <Text size="sm">{text}</Text>
      <Anchor size="sm" onClick={() => navigate(`/contracts/${contractId}`)}>
        {openLabel}
      </Anchor>
    </Group>
  )
}
