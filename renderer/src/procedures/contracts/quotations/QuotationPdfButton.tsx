/** 报价单 PDF: the quotation as the customer receives it, previewed, then saved or printed. */
import { Button } from '@mantine/core'
import { IconFileTypePdf } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { quotationDocument } from '@shared/procedures/contracts/documents'
import type { QuotationRecord } from '@shared/procedures/contracts/records'
import { DocumentPreviewModal } from '../../../components/documents/DocumentPreviewModal'
import { appDb } from '../../../data/db'
import { quotationPdfInput } from './quotationPdf'

export function QuotationPdfButton({ quotation }: { quotation: QuotationRecord }) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  return (
    <>
      <Button variant="default" leftSection={<IconFileTypePdf size={16} />} onClick={() => setOpened(true)}>
        {t('quotations.document')}
      </Button>
      <DocumentPreviewModal
        opened={opened}
        onClose={() => setOpened(false)}
        document={async () =>
          quotationDocument(await quotationPdfInput(appDb(), quotation, dayjs().format()))
        }
      />
    </>
  )
}
