/**
 * Every due check, registered by importing this module once: the backup
 * reminder, the archives' checks, and every procedure's deadlines.
 */
import '../backup/backupDueCheck'
import '../archives/archiveDueChecks'
import './procedureDeadlines'
