/** i18next with zh-CN as the default and source language; dayjs follows. */
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '@shared/types/records'
import { en } from './en'
import { zhCN } from './zh-CN'

export const i18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  initAsync: false,
})
dayjs.locale('zh-cn')

export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language)
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn')
  document.documentElement.lang = language
}
