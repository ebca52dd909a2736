/** Mantine's calendars in the user's language: 十二月, 一 二 三 … in Chinese, the first day Monday. */
import { DatesProvider } from '@mantine/dates'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en' : 'zh-cn'
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>
}
