/**
 * Every procedure's due checks, registered by importing them here once. A new
 * procedure adds its line; the dashboard page stays unchanged.
 */
import '../backup/backupDueCheck'
import '../archives/archiveDueChecks'
import './contractDueChecks'
