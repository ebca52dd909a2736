/**
 * Esc in a date field with its calendar open closes the calendar only, so a
 * dialog around the field — 录入纸质审批, 添加借阅 — keeps what was typed; the
 * next Esc closes the dialog as usual. Mantine's dialogs listen for Esc on
 * the window in the capture phase and leave alone an event whose target says
 * `data-mantine-stop-propagation`: this listener, installed before any
 * dialog opens, marks a date field's Esc that way while a calendar is open.
 */
const STOP = 'data-mantine-stop-propagation'

function markCalendarEscape(event: KeyboardEvent): void {
  const target = event.target
  if (event.key !== 'Escape' || !(target instanceof HTMLElement) || !target.hasAttribute('data-dates-input')) return
  if (!document.querySelector('[data-dates-dropdown]')) return
  target.setAttribute(STOP, 'true')
  // Only this keystroke: the field's own handler closes the calendar as it bubbles.
  setTimeout(() => target.removeAttribute(STOP), 0)
}

let installed = false

export function installCalendarEscape(): void {
  if (installed) return
  installed = true
  window.addEventListener('keydown', markCalendarEscape, { capture: true })
}
