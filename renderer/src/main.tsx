// Dev only: the inline React-refresh preamble is blocked by our CSP, so the entry starts it.
import '@vitejs/plugin-react/preamble'
import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/dropzone/styles.css'
import '@mantine/spotlight/styles.css'
import './i18n'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'

createRoot(document.getElementById('root') as HTMLElement).render(<App />)
