/** The way back from a purchase order or a shipment to its list. */
import { Anchor, Breadcrumbs, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'

export function ShippingCrumbs({ list, labelKey, title }: { list: string; labelKey: string; title: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Breadcrumbs>
      <Anchor onClick={() => navigate(list)}>{t(labelKey)}</Anchor>
      <Text>{title}</Text>
    </Breadcrumbs>
  )
}
